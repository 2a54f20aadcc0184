/**
 * Popup: from opening `popup.html` to the suggestion card and the due list being in the page.
 *
 * Timed inside the page: an init script (verified to run in extension pages on Chromium 156) starts
 * a MutationObserver before any of the popup's code, and records `performance.now()` — which counts
 * from the navigation start — when both `[data-testid=suggestion]` (or `suggestion-none`) and
 * `[data-testid=due-list][data-state=ready]` are present. So the figure includes loading the page,
 * waking the service worker and the background's indexed queries; it excludes only paint (one frame).
 */
import type { Page } from 'playwright-core';
import type { BenchBrowser } from './browser';

export interface PopupSample {
  /** Navigation start → suggestion + due list in the DOM. */
  readyMs: number;
  /** Navigation start → the first recent contact (`li.contact`), loaded separately. */
  recentMs: number | null;
  /** Navigation start → DOMContentLoaded end: the page's fixed cost, before any data. */
  domContentLoadedMs: number;
  /** The same span seen from Node (page.goto → selector), round trips included. */
  nodeMs: number;
  dueItems: number;
  hasSuggestion: boolean;
}

interface PopupWatch {
  readyAt: number | null;
  recentAt: number | null;
}

/** Runs in the popup before its own scripts. Self-contained: it is serialised into the page. */
function watchPopup(): void {
  const state: PopupWatch = { readyAt: null, recentAt: null };
  (window as unknown as { __kkPopup: PopupWatch }).__kkPopup = state;
  const check = () => {
    const now = performance.now();
    // An empty database shows the first-run next step instead of the suggestion and the due list.
    const filled =
      document.querySelector('[data-testid="due-list"][data-state="ready"]') &&
      document.querySelector('[data-testid="suggestion"], [data-testid="suggestion-none"], [data-testid="suggestion-needs-industry"]');
    if (state.readyAt === null && (filled || document.querySelector('[data-testid="empty-state"]'))) {
      state.readyAt = now;
    }
    if (state.recentAt === null && document.querySelector('li.contact')) state.recentAt = now;
    if (state.readyAt !== null && state.recentAt !== null) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-state'] });
}

async function readWatch(page: Page): Promise<PopupWatch> {
  return page.evaluate(() => (window as unknown as { __kkPopup: PopupWatch }).__kkPopup);
}

/** Opens the popup once in a new tab and times it. */
export async function measurePopupOnce(browser: BenchBrowser): Promise<PopupSample> {
  const page = await browser.context.newPage();
  try {
    await page.addInitScript(watchPopup);
    const start = performance.now();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.waitForFunction(() => (window as unknown as { __kkPopup?: PopupWatch }).__kkPopup?.readyAt != null, null, {
      timeout: 120_000,
      polling: 'raf',
    });
    const nodeMs = performance.now() - start;
    // The recent list loads on its own; give it a moment so its time is recorded too.
    await page.waitForSelector('li.contact, [data-testid="empty-state"]', { timeout: 30_000 }).catch(() => undefined);
    const watch = await readWatch(page);
    const facts = await page.evaluate(() => ({
      dcl: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventEnd ?? NaN,
      dueItems: document.querySelectorAll('[data-testid="due-list"] .due-item').length,
      hasSuggestion: document.querySelector('[data-testid="suggestion"]') !== null,
    }));
    return {
      readyMs: watch.readyAt!,
      recentMs: watch.recentAt,
      domContentLoadedMs: facts.dcl,
      nodeMs,
      dueItems: facts.dueItems,
      hasSuggestion: facts.hasSuggestion,
    };
  } finally {
    await page.close();
  }
}
