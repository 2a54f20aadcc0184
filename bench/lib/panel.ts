/**
 * Panel: from the person's profile header being in the page to the panel showing that person's
 * note (`.note .body` inside the panel's closed shadow root), on a first load and after an
 * in-app navigation (pushState, then the site swaps the DOM: tests/e2e/panel.ts `navigateInApp`).
 *
 * An init script in the page's main world watches the document with a MutationObserver and stamps
 * `performance.now()` at the first mutation where the header (a selector whose text contains the
 * person's name or handle) appears. The panel's root is closed, so no page script can watch it:
 * the bench samples it through DevTools back to back (one `Runtime.callFunctionOn` per sample on
 * the root found with tests/e2e/panel.ts `panelHosts`), and the sample that finds the note stamps
 * `performance.now()` in the page, on the same clock. The note time is therefore late by at most
 * one sample (a DevTools round trip).
 */
import type { Page } from 'playwright-core';
import { bodyOf } from '../../tests/e2e/fixtures';
import { navigateInApp, panelHosts } from '../../tests/e2e/panel';
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

const configOf = (t: PanelTarget): WatchConfig => ({ headerSelector: t.headerSelector, headerText: t.headerText });

/**
 * `performance.now()` in the page when a DevTools sample first finds `noteText` shown in the
 * panel. The root is resolved once per host, then each sample is one `Runtime.callFunctionOn`.
 */
async function noteShownAt(page: Page, noteText: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const deadline = Date.now() + 60_000;
  try {
    while (Date.now() < deadline) {
      const [host] = await panelHosts(page);
      if (!host) continue;
      const resolved = await cdp.send('DOM.resolveNode', { backendNodeId: host.rootBackendNodeId }).catch(() => null);
      const objectId = resolved?.object.objectId;
      if (!objectId) continue;
      for (;;) {
        const { result } = await cdp.send('Runtime.callFunctionOn', {
          objectId,
          functionDeclaration: `function (text) {
            if (!this.host.isConnected) return 'gone';
            for (const body of this.querySelectorAll('.note .body')) {
              if (body.textContent.includes(text) && body.getClientRects().length > 0) return performance.now();
            }
            return null;
          }`,
          arguments: [{ value: noteText }],
          returnByValue: true,
        });
        if (typeof result.value === 'number') return result.value;
        if (result.value === 'gone' || Date.now() > deadline) break; // remounted: find the new host
      }
      await cdp.send('Runtime.releaseObject', { objectId }).catch(() => undefined);
    }
    throw new Error(`the panel never showed the note "${noteText}" within 60 s`);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

async function waitForData(page: Page, noteText: string): Promise<{ headerToData: number; pushToData: number | null; dataAt: number }> {
  const dataAt = await noteShownAt(page, noteText);
  await page.waitForFunction(() => (window as unknown as { __kkPanel?: PanelWatch }).__kkPanel?.headerAt != null, null, { timeout: 60_000, polling: 100 });
  const s = await page.evaluate(() => (window as unknown as { __kkPanel: PanelWatch }).__kkPanel);
  return { headerToData: dataAt - s.headerAt!, pushToData: s.pushAt === null ? null : dataAt - s.pushAt, dataAt };
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
    await page.addInitScript(installHeaderWatch, configOf(target));
    await page.goto(target.url);
    const r = await waitForData(page, target.noteText);
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
    await page.addInitScript(installHeaderWatch, configOf(from));
    await page.goto(from.url);
    await waitForData(page, from.noteText);
    const samples: PanelInAppSample[] = [];
    for (let run = 0; run < runs; run++) {
      const target = run % 2 === 0 ? to : from;
      await page.evaluate((c) => (window as unknown as { __kkWatchHeader: (c: WatchConfig) => void }).__kkWatchHeader(c), configOf(target));
      await navigateInApp(page, target.path, bodyOf(target.html));
      const r = await waitForData(page, target.noteText);
      samples.push({ headerToDataMs: r.headerToData, pushToDataMs: r.pushToData ?? NaN });
    }
    return samples;
  } finally {
    await page.close();
  }
}
