/**
 * Inline marks on one page (DESIGN.md, "People on this page"), while the setting is on: finds the
 * known people's name links as the site adds them, and keeps one mark after each.
 *
 * Why built this way: a feed adds posts as the reader scrolls, replaces nodes, and navigates in
 * place, and none of that may cost a long task. So the MutationObserver callback only queues the
 * added elements (it runs inside the site's own task); the work happens in at most one slice per
 * animation frame, each stopped after `SLICE_BUDGET_MS` and resumed in the next frame, and each
 * slice sends at most one lookup message (mark-lookup.ts batches and caches the handles). Every
 * slice is timed (`stats`) so tests and the bench see what the extension itself costs.
 */
import type { MarkInfo } from '@/utils/db/on-page';
import type { ProfileKey, Site } from '@/utils/model';
import { createScanner, isNameLink, type PeopleRules } from '@/utils/sites/people-scanner';
import { isPageDark, watchPageTheme } from '../panel/theme';
import { SLICE_BUDGET_MS } from './budget';
import { createMarkLookup, type LookupSend } from './mark-lookup';
import { createMark, type MarkView } from './mark-view';

/** How many links between two looks at the clock. */
const CLOCK_EVERY = 16;

export interface MarkStats {
  /** Slices run, the longest one and all of them together (ms). */
  slices: number;
  maxSliceMs: number;
  totalMs: number;
  /** The observer's callbacks (inside the site's tasks): the longest and the sum (ms). */
  maxObserverMs: number;
  observerMs: number;
  lookups: number;
  /** Marks on the page now. */
  marks: number;
  /** The most recent slices' durations (ms), oldest first, at most `RECENT_SLICES` of them. */
  recentMs: number[];
}

const RECENT_SLICES = 2000;

export interface MarkEngine {
  /** Forget the page and read it again (an in-app navigation to `url`). */
  navigate(url: URL): void;
  /** Re-render every mark's words (the language changed). */
  relabel(): void;
  /** Remove every mark at once and stop watching. */
  stop(): void;
}

/** The one site a content script serves: its people-link rules and its profile URLs (no other site's code). */
export interface MarkSite {
  site: Site;
  rules: PeopleRules;
  profileKeyFromUrl: (url: URL) => ProfileKey | null;
}

export function newMarkStats(): MarkStats {
  return { slices: 0, maxSliceMs: 0, totalMs: 0, maxObserverMs: 0, observerMs: 0, lookups: 0, marks: 0, recentMs: [] };
}

export function startMarkEngine(on: MarkSite, hostName: string, send: LookupSend, stats: MarkStats, doc: Document = document): MarkEngine {
  const { site, profileKeyFromUrl } = on;
  const win = doc.defaultView ?? window;
  const scanner = createScanner(on.rules);
  const lookup = createMarkLookup(send);
  const marks = new Map<Element, MarkView>();
  const byHost = new Map<Element, MarkView>();
  const waiting = new Map<string, Set<Element>>();
  let queue: Array<{ links: ArrayLike<Element>; next: number }> = [];
  let url = new URL(doc.location.href);
  let profileHandle = profileHandleOf(url);
  let orphans = false;
  let frame = 0;
  let dark = isPageDark(doc);
  let stopped = false;

  function profileHandleOf(at: URL): string | null {
    const key = profileKeyFromUrl(at);
    // On a profile the panel speaks for that person; marks are for everyone else.
    return key?.site === site ? key.handle : null;
  }

  const schedule = () => {
    if (!frame && !stopped) frame = win.requestAnimationFrame(slice);
  };

  const enqueue = (el: Element) => {
    if (el.localName === 'a') queue.push({ links: [el], next: 0 });
    else queue.push({ links: el.getElementsByTagName('a'), next: 0 });
  };

  const drop = (view: MarkView) => {
    view.remove();
    marks.delete(view.link);
    byHost.delete(view.host);
  };

  const markedBeside = (link: Element, handle: string) => {
    for (const sibling of link.parentElement?.children ?? []) {
      if (sibling.localName === hostName && byHost.get(sibling)?.handle === handle) return true;
    }
    return false;
  };

  const place = (link: Element, info: MarkInfo): boolean => {
    if (markedBeside(link, info.handle)) return false;
    const view = createMark(hostName, link, info, dark);
    marks.set(link, view);
    byHost.set(view.host, view);
    return true;
  };

  /** Queues or marks one link; true when a mark was made. */
  const consider = (link: Element, own: ReadonlySet<string>): boolean => {
    if (marks.has(link) || !link.isConnected) return false;
    const handle = scanner.personOf(link, url, own);
    if (!handle || handle === profileHandle || !isNameLink(link)) return false;
    const info = lookup.get(handle);
    if (info === undefined) {
      lookup.want(handle);
      let links = waiting.get(handle);
      if (!links) waiting.set(handle, (links = new Set()));
      links.add(link);
      return false;
    }
    return info !== null && place(link, info);
  };

  /** Marks whose link left the page go; marks the site dropped while keeping the link come back. */
  const sweep = () => {
    for (const view of [...marks.values()]) {
      if (view.host.isConnected && view.host.previousSibling === view.link) continue;
      drop(view);
      if (view.link.isConnected) queue.push({ links: [view.link], next: 0 });
    }
  };

  function slice() {
    frame = 0;
    const start = performance.now();
    const deadline = start + SLICE_BUDGET_MS;
    const own = scanner.ownHandles(doc, url);
    if (orphans) {
      orphans = false;
      sweep();
    }
    let count = 0;
    while (queue.length > 0) {
      const item = queue[0]!;
      while (item.next < item.links.length) {
        const link = item.links[item.next++];
        // A mark made costs far more than a link passed over: look at the clock after each one.
        const placed = link ? consider(link, own) : false;
        if ((placed || ++count % CLOCK_EVERY === 0) && performance.now() >= deadline) break;
      }
      if (item.next >= item.links.length) queue.shift();
      if (performance.now() >= deadline) break;
    }
    const asked = lookup.flush();
    if (asked) {
      stats.lookups++;
      void asked.then((handles) => {
        if (!handles || stopped) return;
        for (const handle of handles) {
          const links = waiting.get(handle);
          waiting.delete(handle);
          if (links && lookup.get(handle)) queue.push({ links: [...links], next: 0 });
        }
        schedule();
      });
    }
    if (queue.length > 0 || lookup.hasWanted) schedule();
    const took = performance.now() - start;
    stats.slices++;
    stats.totalMs += took;
    stats.maxSliceMs = Math.max(stats.maxSliceMs, took);
    if (stats.recentMs.push(took) > RECENT_SLICES) stats.recentMs.shift();
    stats.marks = marks.size;
  }

  const observer = new MutationObserver((records) => {
    const start = performance.now();
    for (const record of records) {
      if (record.removedNodes.length > 0) orphans = true;
      for (const node of record.addedNodes) {
        if (node.nodeType === 1 && (node as Element).localName !== hostName) enqueue(node as Element);
      }
    }
    schedule();
    const took = performance.now() - start;
    stats.observerMs += took;
    stats.maxObserverMs = Math.max(stats.maxObserverMs, took);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  const stopTheme = watchPageTheme(() => {
    const next = isPageDark(doc);
    if (next === dark) return;
    dark = next;
    for (const view of marks.values()) view.setTheme(dark);
  }, doc);

  const forgetPage = () => {
    for (const view of [...marks.values()]) drop(view);
    waiting.clear();
    lookup.clear();
    queue = [];
    stats.marks = 0;
  };

  if (doc.body) enqueue(doc.body);
  schedule();

  return {
    navigate(next) {
      forgetPage();
      url = next;
      profileHandle = profileHandleOf(next);
      if (doc.body) enqueue(doc.body);
      schedule();
    },
    relabel() {
      for (const view of marks.values()) {
        const info = lookup.get(view.handle);
        if (info) view.update(info);
      }
    },
    stop() {
      stopped = true;
      observer.disconnect();
      stopTheme();
      win.cancelAnimationFrame(frame);
      frame = 0;
      forgetPage();
    },
  };
}
