/**
 * Panel: from the person's profile header being in the page to the panel showing that person's
 * note (`kakehashi-panel .note .body`, inside its open shadow root), on a first load and after an
 * in-app navigation (pushState, then the site swaps the DOM: tests/e2e/panel.ts `navigateInApp`).
 *
 * An init script in the page's main world watches the document — and the panel's shadow root once
 * it exists — with MutationObservers, stamping `performance.now()` at the first mutation where the
 * header (a selector whose text contains the person's name or handle) and then the note appear.
 */
import type { Page } from 'playwright-core';
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
  dataAt: number | null;
  /** When the site's router last called history.pushState (in-app navigation). */
  pushAt: number | null;
}

type WatchConfig = Pick<PanelTarget, 'headerSelector' | 'headerText' | 'noteText'>;

/**
 * Installed as an init script: defines `__kkWatchPanel(config)` and, when given a config, starts
 * watching at once (first load). Self-contained: it is serialised into the page.
 */
function installPanelWatch(initial: WatchConfig | null): void {
  const w = window as unknown as { __kkPanel: PanelWatch; __kkWatchPanel: (c: WatchConfig) => void };
  let stop = () => {};
  const pushState = history.pushState.bind(history);
  history.pushState = (...args: Parameters<History['pushState']>) => {
    if (w.__kkPanel) w.__kkPanel.pushAt = performance.now();
    pushState(...args);
  };
  w.__kkWatchPanel = (config) => {
    stop();
    const state: PanelWatch = { headerAt: null, dataAt: null, pushAt: null };
    w.__kkPanel = state;
    const observers: MutationObserver[] = [];
    const watched = new WeakSet<Node>();
    const watch = (root: Node) => {
      if (watched.has(root)) return;
      watched.add(root);
      const observer = new MutationObserver(check);
      observer.observe(root, { childList: true, subtree: true, characterData: true });
      observers.push(observer);
    };
    function check() {
      const now = performance.now();
      if (state.headerAt === null) {
        for (const el of document.querySelectorAll(config.headerSelector)) {
          if (el.textContent?.includes(config.headerText)) {
            state.headerAt = now;
            break;
          }
        }
      }
      if (state.dataAt === null) {
        const root = document.querySelector('kakehashi-panel')?.shadowRoot;
        if (root) {
          watch(root);
          for (const body of root.querySelectorAll('.note .body')) {
            if (body.textContent?.includes(config.noteText) && body.getClientRects().length > 0) {
              state.dataAt = now;
              break;
            }
          }
        }
      }
      if (state.headerAt !== null && state.dataAt !== null) stop();
    }
    stop = () => observers.forEach((o) => o.disconnect());
    watch(document);
    check();
  };
  if (initial) w.__kkWatchPanel(initial);
}

const configOf = (t: PanelTarget): WatchConfig => ({ headerSelector: t.headerSelector, headerText: t.headerText, noteText: t.noteText });

async function waitForData(page: Page): Promise<{ headerToData: number; pushToData: number | null; dataAt: number }> {
  await page.waitForFunction(() => {
    const s = (window as unknown as { __kkPanel?: PanelWatch }).__kkPanel;
    return s?.headerAt != null && s.dataAt != null;
  }, null, { timeout: 60_000, polling: 100 });
  const s = await page.evaluate(() => (window as unknown as { __kkPanel: PanelWatch }).__kkPanel);
  return { headerToData: s.dataAt! - s.headerAt!, pushToData: s.pushAt === null ? null : s.dataAt! - s.pushAt, dataAt: s.dataAt! };
}

export interface PanelFirstLoadSample {
  /** Header in the DOM (parsed) → note shown. */
  headerToDataMs: number;
  /** Navigation start → note shown. */
  navigationToDataMs: number;
}

/** Opens `target` in a new tab (a full page load) and times the panel. */
export async function measurePanelFirstLoad(browser: BenchBrowser, target: PanelTarget): Promise<PanelFirstLoadSample> {
  const page = await browser.context.newPage();
  try {
    await page.addInitScript(installPanelWatch, configOf(target));
    await page.goto(target.url);
    const r = await waitForData(page);
    return { headerToDataMs: r.headerToData, navigationToDataMs: r.dataAt };
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
    await page.addInitScript(installPanelWatch, configOf(from));
    await page.goto(from.url);
    await waitForData(page);
    const samples: PanelInAppSample[] = [];
    for (let run = 0; run < runs; run++) {
      const target = run % 2 === 0 ? to : from;
      await page.evaluate((c) => (window as unknown as { __kkWatchPanel: (c: WatchConfig) => void }).__kkWatchPanel(c), configOf(target));
      await navigateInApp(page, target.path, bodyOf(target.html));
      const r = await waitForData(page);
      samples.push({ headerToDataMs: r.headerToData, pushToDataMs: r.pushToData ?? NaN });
    }
    return samples;
  } finally {
    await page.close();
  }
}
