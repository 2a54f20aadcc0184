/**
 * Feed: the work done on the main thread while a synthetic 1,000-post feed (bench/fixtures/) grows
 * by scrolling. The content scripts match the whole site, so they run on feeds too; what they cost
 * there is the difference between a browser with the extension and one without (same fixture, same
 * scrolling), because neither long tasks nor CDP's ScriptDuration say whose script ran.
 *
 * - long tasks: `PerformanceObserver({ type: 'longtask', buffered: true })` started by an init
 *   script, counted over the page's whole life (load, content-script start, scrolling);
 * - ScriptDuration / TaskDuration: CDP `Performance.getMetrics` deltas over the feed's life;
 * - and, because the differences above are within run-to-run noise when the extension does little,
 *   a direct attribution: a CPU profile (CDP Profiler) of the same run, summing the self time of
 *   functions whose script URL is `chrome-extension://…` (the content script).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchBrowser } from './browser';
import { panelHosts } from '../../tests/e2e/panel';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');
export const FEED_POSTS = 1000;

export const FEEDS = {
  linkedin: { url: 'https://www.linkedin.com/feed/', file: 'linkedin-feed.html', blank: 'https://www.linkedin.com/bench-blank/' },
  x: { url: 'https://x.com/home', file: 'x-home.html', blank: 'https://x.com/i/bench-blank' },
} as const;
const BLANK = '<!doctype html><title>blank</title>';
/** CPU-profile sampling interval (µs): fine enough for a few ms of content script, cheap enough. */
const SAMPLING_US = 250;
export type FeedSite = keyof typeof FEEDS;

export interface FeedSample {
  longTasks: number;
  longTaskMs: number;
  scriptMs: number;
  taskMs: number;
  /** Self time of functions from `chrome-extension://` URLs in a CPU profile of the page. */
  profiledExtensionMs: number;
  /** The same for the page's own inline script (a sanity check that the profile saw the feed). */
  profiledPageMs: number;
  /** Whether a panel was mounted on the feed (it must not be: a feed is not a profile). */
  panelShown: boolean;
}

export interface LongTaskLog {
  count: number;
  total: number;
}

export function recordLongTasks(): void {
  const log: LongTaskLog = { count: 0, total: 0 };
  (window as unknown as { __kkLongTasks: LongTaskLog }).__kkLongTasks = log;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      log.count += 1;
      log.total += entry.duration;
    }
  }).observe({ type: 'longtask', buffered: true });
}

/** Scrolls like a reader flicking a wheel, one step a frame, until all posts are in and shown. */
export function scrollToEnd(total: number): Promise<void> {
  return new Promise((resolve) => {
    const step = () => {
      window.scrollBy(0, 800);
      const done =
        Number(document.body.dataset.posts) >= total &&
        window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
      if (done) resolve();
      else requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
}

export function serveFeeds(browser: BenchBrowser): void {
  browser.serve(
    Object.fromEntries(
      Object.values(FEEDS).flatMap((f) => [
        [f.url, readFileSync(path.join(FIXTURES, f.file), 'utf8')],
        [f.blank, BLANK],
      ]),
    ),
  );
}

export interface CpuProfile {
  nodes: { id: number; callFrame: { url: string } }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Milliseconds of samples whose top frame matches `test` (self time). */
export function selfTime(profile: CpuProfile, test: (url: string) => boolean): number {
  const matching = new Set(profile.nodes.filter((n) => test(n.callFrame.url)).map((n) => n.id));
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let us = 0;
  // timeDeltas[i + 1] is how long the sample i was current.
  for (let i = 0; i < samples.length; i++) if (matching.has(samples[i]!)) us += deltas[i + 1] ?? 0;
  return us / 1000;
}

export async function measureFeedOnce(browser: BenchBrowser, site: FeedSite): Promise<FeedSample> {
  const page = await browser.context.newPage();
  try {
    await page.addInitScript(recordLongTasks);
    // Open a blank page of the same site first, so the renderer process (and with it the CDP
    // metrics and the profiler) is the one the feed will use, then record from before the feed.
    await page.goto(FEEDS[site].blank);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
    const before = (await cdp.send('Performance.getMetrics')).metrics;
    await cdp.send('Profiler.start');
    await page.goto(FEEDS[site].url, { waitUntil: 'load' });
    // Let document_idle content scripts start before scrolling, as a reader would look first.
    await page.waitForTimeout(500);
    await page.evaluate(scrollToEnd, FEED_POSTS);
    await page.waitForTimeout(500);
    const { profile } = await cdp.send('Profiler.stop');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const value = (list: typeof metrics, name: string) => list.find((m) => m.name === name)?.value ?? NaN;
    const metric = (name: string) => (value(metrics, name) - value(before, name)) * 1000;
    const longTasks = await page.evaluate(() => (window as unknown as { __kkLongTasks: LongTaskLog }).__kkLongTasks);
    const panelShown = (await panelHosts(page)).length > 0;
    await cdp.detach();
    return {
      longTasks: longTasks.count,
      longTaskMs: longTasks.total,
      scriptMs: metric('ScriptDuration'),
      taskMs: metric('TaskDuration'),
      profiledExtensionMs: selfTime(profile, (url) => url.startsWith('chrome-extension://')),
      profiledPageMs: selfTime(profile, (url) => url.startsWith(FEEDS[site].url)),
      panelShown,
    };
  } finally {
    await page.close();
  }
}
