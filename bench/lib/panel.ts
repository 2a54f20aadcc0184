/**
 * Panel: from the person's profile header being in the page to the panel showing that person's
 * note (`.note .body` inside the panel's closed shadow root), on a first load and after an
 * in-app navigation (pushState, then the site swaps the DOM: tests/e2e/panel.ts `navigateInApp`).
 *
 * An init script in the page's main world watches the document with a MutationObserver and stamps
 * `performance.now()` at the first mutation where the header (a selector whose text contains the
 * person's name or handle) appears. The panel's root is closed, so no page script can watch it;
 * the note is watched from the content script's own isolated world instead (`installNoteWatch`,
 * evaluated there through DevTools the moment that world exists, and re-armed before each
 * pushState): observers on `<html>` and on the panel's root, plus a check every frame, stamp
 * `performance.now()` (the same clock) when the note first has a layout box. The page keeps
 * running meanwhile; the bench only reads the stamp afterwards.
 *
 * (It used to sample the root through DevTools back to back and stamp the sample that found the
 * note. On a busy machine a DevTools round trip took hundreds of milliseconds, and the first
 * sample also had to find the host with `DOM.getDocument`: at 10,000 contacts the panel had been
 * on screen for ~0.3–1 s before a sample saw it, so the figure was mostly the bench's own lag.)
 */
import type { CDPSession, Page } from 'playwright-core';
import { bodyOf } from '../../tests/e2e/fixtures';
import { navigateInApp } from '../../tests/e2e/panel';
import type { BenchBrowser } from './browser';

export interface PanelTarget {
  url: string;
  path: string;
  html: string;
  /** Matches the profile header; `headerText` tells this person's header from the previous one. */
  headerSelector: string;
  headerText: string;
  noteText: string;
}

interface PanelWatch {
  headerAt: number | null;
  /** When the site's router last called history.pushState (in-app navigation). */
  pushAt: number | null;
}

type WatchConfig = Pick<PanelTarget, 'headerSelector' | 'headerText'>;

/**
 * Installed as an init script: defines `__kkWatchHeader(config)` and, when given a config, starts
 * watching at once (first load). Self-contained: it is serialised into the page.
 */
function installHeaderWatch(initial: WatchConfig | null): void {
  const w = window as unknown as { __kkPanel: PanelWatch; __kkWatchHeader: (c: WatchConfig) => void };
  let stop = () => {};
  const pushState = history.pushState.bind(history);
  history.pushState = (...args: Parameters<History['pushState']>) => {
    if (w.__kkPanel) w.__kkPanel.pushAt = performance.now();
    pushState(...args);
  };
  w.__kkWatchHeader = (config) => {
    stop();
    const state: PanelWatch = { headerAt: null, pushAt: null };
    w.__kkPanel = state;
    const check = () => {
      for (const el of document.querySelectorAll(config.headerSelector)) {
        if (el.textContent?.includes(config.headerText)) {
          state.headerAt = performance.now();
          stop();
          return;
        }
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, characterData: true });
    stop = () => observer.disconnect();
    check();
  };
  if (initial) w.__kkWatchHeader(initial);
}

function extensionIdOf(browser: BenchBrowser): string {
  if (!browser.extensionId) throw new Error('the panel figures need the browser with the extension');
  return browser.extensionId;
}

const configOf = (t: PanelTarget): WatchConfig => ({ headerSelector: t.headerSelector, headerText: t.headerText });

/**
 * Watches the panel for `noteText` from inside the content script's own isolated world, where
 * `chrome.dom.openOrClosedShadowRoot` opens the closed root: a MutationObserver on `<html>`'s
 * children finds each panel host as it is attached, one on its root sees every render, and a check
 * on each animation frame catches a note that gains its layout box without a mutation. The first
 * check that sees the note with a box stamps `performance.now()` (the page's clock, the same as the
 * header's). Self-contained: it is sent as source and evaluated through DevTools in that world.
 * It never touches the page's world, and the page cannot see it.
 */
function installNoteWatch(noteText: string): { hostBefore: boolean } {
  interface NoteWatch { text: string; at: number | null; check: () => void }
  const w = window as unknown as { __kkNoteWatch?: NoteWatch };
  const dom = (globalThis as unknown as { chrome: { dom: { openOrClosedShadowRoot: (el: Element) => ShadowRoot | null } } }).chrome.dom;
  const rootsOf = () => [...(document.documentElement?.children ?? [])].flatMap((el) => dom.openOrClosedShadowRoot(el) ?? []);
  const hostBefore = rootsOf().length > 0;
  if (w.__kkNoteWatch) {
    Object.assign(w.__kkNoteWatch, { text: noteText, at: null });
    w.__kkNoteWatch.check();
    return { hostBefore };
  }
  const watched = new WeakSet<Node>();
  const state: NoteWatch = {
    text: noteText,
    at: null,
    check: () => {
      if (state.at !== null) return;
      const html = document.documentElement;
      if (html && !watched.has(html)) {
        watched.add(html);
        new MutationObserver(state.check).observe(html, { childList: true });
      }
      for (const root of rootsOf()) {
        if (!watched.has(root)) {
          watched.add(root);
          new MutationObserver(state.check).observe(root, { childList: true, subtree: true, characterData: true });
        }
        for (const body of root.querySelectorAll('.note .body')) {
          if (body.textContent?.includes(state.text) && body.getClientRects().length > 0) {
            state.at = performance.now();
            return;
          }
        }
      }
    },
  };
  w.__kkNoteWatch = state;
  new MutationObserver(state.check).observe(document, { childList: true });
  const frame = () => {
    state.check();
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  state.check();
  return { hostBefore };
}

/** The content script's isolated world in `page`'s main frame, as DevTools names it. */
interface ContentWorld {
  cdp: CDPSession;
  /** Resolves with the world's context id once the extension's content script has started in the page. */
  context: () => Promise<number>;
  /** The first install's answer: true when a panel host was already there (the time is then an upper bound). */
  firstInstall: () => Promise<{ hostBefore: boolean }>;
}

const installExpression = (noteText: string) => `(${installNoteWatch.toString()})(${JSON.stringify(noteText)})`;

async function evaluateInstall(cdp: CDPSession, contextId: number, noteText: string): Promise<{ hostBefore: boolean }> {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { contextId, expression: installExpression(noteText), returnByValue: true });
  if (exceptionDetails) throw new Error(`the note watch failed in the content script's world: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value as { hostBefore: boolean };
}

/**
 * Starts following the extension's isolated world of the main frame; call before `goto`. With
 * `installFor`, the watch for that note is installed the moment DevTools reports that world, i.e.
 * as soon as the content script has started (the panel itself mounts only after its answer and
 * `<body>`). Under load that DevTools round trip can lose the race: the first install then says
 * `hostBefore`, and the sample is an upper bound (the note was shown by the time of the install).
 */
async function followContentWorld(page: Page, extensionId: string, installFor?: string): Promise<ContentWorld> {
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  let current: number | null = null;
  let waiters: Array<(id: number) => void> = [];
  let installed: Promise<{ hostBefore: boolean }> | null = null;
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { frameId?: string; type?: string } | undefined;
    if (aux?.frameId !== frameTree.frame.id || aux.type !== 'isolated' || context.origin !== `chrome-extension://${extensionId}`) return;
    current = context.id;
    if (installFor !== undefined) installed ??= evaluateInstall(cdp, context.id, installFor);
    for (const resolve of waiters) resolve(context.id);
    waiters = [];
  });
  cdp.on('Runtime.executionContextsCleared', () => (current = null));
  await cdp.send('Runtime.enable');
  const context = () => (current !== null ? Promise.resolve(current) : new Promise<number>((resolve) => waiters.push(resolve)));
  return {
    cdp,
    context,
    firstInstall: async () => installed ?? evaluateInstall(cdp, await context(), installFor ?? ''),
  };
}

/** Re-arms the watch for `noteText` (before an in-app navigation). */
async function watchNote(world: ContentWorld, noteText: string): Promise<void> {
  await evaluateInstall(world.cdp, await world.context(), noteText);
}

/** `performance.now()` in the page when the watch first saw the note shown. */
async function noteShownAt(world: ContentWorld, noteText: string): Promise<number> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const contextId = await world.context();
    const { result } = await world.cdp.send('Runtime.evaluate', { contextId, expression: 'window.__kkNoteWatch?.at ?? null', returnByValue: true });
    if (typeof result.value === 'number') return result.value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`the panel never showed the note "${noteText}" within 60 s`);
}

async function waitForData(page: Page, world: ContentWorld, noteText: string): Promise<{ headerToData: number; pushToData: number | null; dataAt: number }> {
  const dataAt = await noteShownAt(world, noteText);
  await page.waitForFunction(() => (window as unknown as { __kkPanel?: PanelWatch }).__kkPanel?.headerAt != null, null, { timeout: 60_000, polling: 100 });
  const s = await page.evaluate(() => (window as unknown as { __kkPanel: PanelWatch }).__kkPanel);
  return { headerToData: dataAt - s.headerAt!, pushToData: s.pushAt === null ? null : dataAt - s.pushAt, dataAt };
}

export interface PanelFirstLoadSample {
  /** Header in the DOM (parsed) → note shown. */
  headerToDataMs: number;
  /** Navigation start → note shown. */
  navigationToDataMs: number;
  /** The watch reached the content script's world only after the panel was mounted: an upper bound. */
  watchLate: boolean;
}

/** Opens `target` in a new tab (a full page load) and times the panel. */
export async function measurePanelFirstLoad(browser: BenchBrowser, target: PanelTarget): Promise<PanelFirstLoadSample> {
  const page = await browser.context.newPage();
  try {
    await page.addInitScript(installHeaderWatch, configOf(target));
    const world = await followContentWorld(page, extensionIdOf(browser), target.noteText);
    await page.goto(target.url);
    const { hostBefore } = await world.firstInstall();
    const r = await waitForData(page, world, target.noteText);
    await world.cdp.detach().catch(() => undefined);
    return { headerToDataMs: r.headerToData, navigationToDataMs: r.dataAt, watchLate: hostBefore };
  } finally {
    await page.close();
  }
}

export interface PanelInAppSample {
  /** New header in the DOM → that person's note shown; negative when the note came first. */
  headerToDataMs: number;
  /** pushState → that person's note shown (the site renders the new header 100 ms after it). */
  pushToDataMs: number;
}

/**
 * Loads `from`, waits for its panel, then navigates in-app to `to` and back, `runs` times in all;
 * each hop is one sample.
 */
export async function measurePanelInApp(browser: BenchBrowser, from: PanelTarget, to: PanelTarget, runs: number): Promise<PanelInAppSample[]> {
  const page = await browser.context.newPage();
  try {
    await page.addInitScript(installHeaderWatch, configOf(from));
    const world = await followContentWorld(page, extensionIdOf(browser));
    await page.goto(from.url);
    await watchNote(world, from.noteText);
    await waitForData(page, world, from.noteText);
    const samples: PanelInAppSample[] = [];
    for (let run = 0; run < runs; run++) {
      const target = run % 2 === 0 ? to : from;
      await page.evaluate((c) => (window as unknown as { __kkWatchHeader: (c: WatchConfig) => void }).__kkWatchHeader(c), configOf(target));
      // Armed before pushState: the watch is in place before the panel can react.
      await watchNote(world, target.noteText);
      await navigateInApp(page, target.path, bodyOf(target.html));
      const r = await waitForData(page, world, target.noteText);
      samples.push({ headerToDataMs: r.headerToData, pushToDataMs: r.pushToData ?? NaN });
    }
    await world.cdp.detach().catch(() => undefined);
    return samples;
  } finally {
    await page.close();
  }
}
