/**
 * Inline marks on (issue 14 item 4): the 1,000-post feeds scrolled as in feed.ts, with the setting
 * on and every 10th author a contact (100 marks per feed). Two attributions of the extension's
 * script time per 1,000 posts: the CPU profile's self time of `chrome-extension://` functions (as
 * feed.ts), and the mark engine's own timing of its slices and observer callbacks, read in the
 * content script's isolated world (components/marks/mark-engine.ts `stats`). Long tasks are
 * anyone's (the page's and the machine's too); the engine's longest slice is its own.
 *
 * The contacts stay in the profile afterwards (100 per site); the setting is turned off again so
 * later feed runs measure the default.
 */
import type { BenchBrowser } from './browser';
import { FEED_POSTS, FEEDS, recordLongTasks, scrollToEnd, selfTime, type FeedSite, type LongTaskLog } from './feed';
import { markStats } from '../../tests/e2e/marks';

export interface MarksSample {
  profiledExtensionMs: number;
  /** The engine's slices plus its observer callbacks (ms), by its own clock. */
  engineMs: number;
  maxSliceMs: number;
  slices: number;
  lookups: number;
  marks: number;
  longTasks: number;
}

const SAMPLING_US = 250;
const seeded = new WeakMap<BenchBrowser, Set<FeedSite>>();

/** The feed fixtures' author handles for every 10th post (bench/fixtures/*.html name them so). */
export function knownAuthors(site: FeedSite): string[] {
  return Array.from({ length: FEED_POSTS / 10 }, (_, k) => (k * 10).toString(36)).map((id) => (site === 'linkedin' ? `member-${id}` : `user_${id}`));
}

async function sendFromExtensionPage(browser: BenchBrowser, messages: unknown[]): Promise<void> {
  const page = await browser.openExtensionPage('options.html');
  try {
    const ok = await page.evaluate(async (ms) => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).chrome.runtime;
      const replies = await Promise.all(ms.map((m) => runtime.sendMessage(m)));
      return replies.every((r) => r?.ok);
    }, messages);
    if (!ok) throw new Error('bench: a marks setup message was refused');
  } finally {
    await page.close();
  }
}

const setMarks = (browser: BenchBrowser, on: boolean) => sendFromExtensionPage(browser, [{ type: 'settings:save', payload: { patch: { inlineMarks: on } } }]);

export async function measureMarksOnce(browser: BenchBrowser, site: FeedSite): Promise<MarksSample> {
  if (!browser.extensionId) throw new Error('bench: marks need the extension');
  const done = seeded.get(browser) ?? new Set<FeedSite>();
  seeded.set(browser, done);
  if (!done.has(site)) {
    await sendFromExtensionPage(
      browser,
      knownAuthors(site).map((handle) => ({
        type: 'contact:set-last-contact',
        payload: { profile: { site, handle, name: handle, headline: null, company: null, location: null, avatarUrl: null }, at: Date.now() - 30 * 86_400_000 },
      })),
    );
    done.add(site);
  }
  await setMarks(browser, true);
  const page = await browser.context.newPage();
  try {
    await page.addInitScript(recordLongTasks);
    await page.goto(FEEDS[site].blank);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
    await cdp.send('Profiler.start');
    await page.goto(FEEDS[site].url, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    await page.evaluate(scrollToEnd, FEED_POSTS);
    const deadline = Date.now() + 30_000;
    let stats = await markStats(page, browser.extensionId);
    while ((stats?.marks ?? 0) < knownAuthors(site).length && Date.now() < deadline) {
      await page.waitForTimeout(250);
      stats = await markStats(page, browser.extensionId);
    }
    await page.waitForTimeout(500);
    stats = await markStats(page, browser.extensionId);
    const { profile } = await cdp.send('Profiler.stop');
    const longTasks = await page.evaluate(() => (window as unknown as { __kkLongTasks: LongTaskLog }).__kkLongTasks);
    await cdp.detach();
    if (!stats) throw new Error('bench: the mark engine reported nothing (marks off?)');
    return {
      profiledExtensionMs: selfTime(profile, (url) => url.startsWith('chrome-extension://')),
      engineMs: stats.totalMs + stats.observerMs,
      maxSliceMs: stats.maxSliceMs,
      slices: stats.slices,
      lookups: stats.lookups,
      marks: stats.marks,
      longTasks: longTasks.count,
    };
  } finally {
    await page.close();
    await setMarks(browser, false);
  }
}
