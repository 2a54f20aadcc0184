/**
 * "On this page" on the 1,000-post feeds: the content script does nothing while the feed scrolls
 * (no observer; that cost is in the feed figures, with − without), and its work is one scan of the
 * page's links when the popup asks. This measures that scan as the popup triggers it (an extension
 * page sends `page:people` to the feed's tab), attributed by a CPU profile of the feed's renderer,
 * plus the background's lookup of every handle found and the long tasks during both.
 */
import type { BenchBrowser } from './browser';
import { FEED_POSTS, FEEDS, recordLongTasks, scrollToEnd, selfTime, type FeedSite, type LongTaskLog } from './feed';

export interface OnPageSample {
  /** popup → content script → reply, wall clock. */
  askMs: number;
  /** Self time of `chrome-extension://` functions in the feed's renderer during the ask. */
  profiledExtensionMs: number;
  /** Distinct people the content script found (every post has its own author). */
  handles: number;
  /** The background's `contacts:on-page` answer for all of them, wall clock. */
  lookupMs: number;
  /** Long tasks (> 50 ms) in the feed page during the ask. */
  longTasks: number;
}

interface AskResult {
  askMs: number;
  handles: number;
  lookupMs: number;
}

type Chromeish = {
  chrome: {
    tabs: {
      query(q: object): Promise<Array<{ id?: number }>>;
      sendMessage(tabId: number, message: unknown): Promise<{ site: string; handles: string[] }>;
    };
    runtime: { sendMessage(message: unknown): Promise<{ ok: boolean }> };
  };
};

/** Asks the current tab's content script who is on the page, as the popup does, and times it. */
async function askFromExtensionPage(): Promise<AskResult> {
  const { chrome } = globalThis as unknown as Chromeish;
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('no active tab');
  const t0 = performance.now();
  const reply = await chrome.tabs.sendMessage(tab.id, { type: 'page:people', payload: {} });
  const askMs = performance.now() - t0;
  const t1 = performance.now();
  const rows = await chrome.runtime.sendMessage({ type: 'contacts:on-page', payload: { site: reply.site, handles: reply.handles } });
  if (!rows.ok) throw new Error('contacts:on-page was refused');
  return { askMs, handles: reply.handles.length, lookupMs: performance.now() - t1 };
}

export async function measureOnPageOnce(browser: BenchBrowser, site: FeedSite): Promise<OnPageSample> {
  const asker = await browser.openExtensionPage('options.html');
  const page = await browser.context.newPage();
  try {
    await page.addInitScript(recordLongTasks);
    await page.goto(FEEDS[site].url, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    await page.evaluate(scrollToEnd, FEED_POSTS);
    const longTasks = () => page.evaluate(() => (window as unknown as { __kkLongTasks: LongTaskLog }).__kkLongTasks.count);
    const before = await longTasks();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await page.bringToFront();
    await cdp.send('Profiler.start');
    const asked = await asker.evaluate(askFromExtensionPage);
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.detach();
    await page.waitForTimeout(100); // let a long task that just ended reach the observer
    return {
      ...asked,
      profiledExtensionMs: selfTime(profile, (url) => url.startsWith('chrome-extension://')),
      longTasks: (await longTasks()) - before,
    };
  } finally {
    await page.close();
    await asker.close();
  }
}
