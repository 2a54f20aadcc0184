/**
 * Insights (people.html#insights): navigation start → figures on screen and the read alone (the
 * performance marks InsightsView sets), and the raw IndexedDB reference of the same reads. Shared by
 * bench/insights.bench-run.ts and the `insights-ms` budget (bench/budgets.bench-run.ts).
 */
import type { Page } from 'playwright-core';
import type { BenchBrowser } from './browser';

export interface InsightsSample {
  /** Navigation start → the frame after the figures rendered. */
  readyMs: number;
  /** `readInsights` alone. */
  readMs: number;
}

/** Reads the marks of one load of the Insights page already open in `page`. */
export async function insightsMarks(page: Page): Promise<InsightsSample> {
  await page.waitForSelector('[data-testid=insights][data-state=ready]', { timeout: 300_000 });
  await page.waitForFunction(() => performance.getEntriesByName('kakehashi-insights-ready').length > 0, null, { timeout: 300_000 });
  return page.evaluate(() => ({
    readyMs: performance.getEntriesByName('kakehashi-insights-ready')[0]!.startTime,
    readMs: performance.getEntriesByName('kakehashi-insights-read-end')[0]!.startTime - performance.getEntriesByName('kakehashi-insights-read-start')[0]!.startTime,
  }));
}

/**
 * The first open of Insights after the book changed: times it, then waits (up to 10 minutes) until
 * the introductions' worker has filled the cache, as it would for a user who stays on the page, so
 * the opens measured after it show introductions from the cache. Returns the sample and how long
 * the suggestions took from navigation start.
 */
export async function warmInsights(browser: BenchBrowser): Promise<{ sample: InsightsSample; introsMs: number }> {
  const page = await browser.openExtensionPage('people.html#insights');
  try {
    const sample = await insightsMarks(page);
    await page.waitForSelector('[data-testid=intros][data-state=ready]', { timeout: 600_000 });
    return { sample, introsMs: await page.evaluate(() => performance.now()) };
  } finally {
    await page.close();
  }
}

/** Opens people.html#insights in a new tab and times it. */
export async function measureInsightsOnce(browser: BenchBrowser): Promise<InsightsSample> {
  const page = await browser.openExtensionPage('people.html#insights');
  try {
    return await insightsMarks(page);
  } finally {
    await page.close();
  }
}

/**
 * The reads of utils/db/insights.ts `readInsights`, with the bare IndexedDB API: settings, the
 * trend's day counters, the all-time rows, contacts per industry (`insightNetwork`, a few dozen
 * rows), each industry's latest day and the ten people asked more than given to with their records.
 * With `countContacts` it does what this reference (like the view) did until version 9 instead of
 * reading `insightNetwork`: `count()` on the contacts store and once per industry on its index,
 * which walk the book twice.
 */
export function rawInsightReads(page: Page, today: number, industries: string[], countContacts = false): Promise<number> {
  return page.evaluate(
    ({ today, industries, countContacts }) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('kakehashi');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const t0 = performance.now();
          const tx = db.transaction(['insightCounts', 'insightPeople', 'insightNetwork', 'contacts', 'settings'], 'readonly');
          const counts = tx.objectStore('insightCounts');
          tx.objectStore('settings').get('user');
          counts.index('day').getAll(IDBKeyRange.bound(today - 181, today));
          counts.index('day').getAll(-1);
          if (countContacts) {
            tx.objectStore('contacts').count();
            for (const id of industries) tx.objectStore('contacts').index('industry').count(id);
          } else tx.objectStore('insightNetwork').getAll();
          for (const id of [...industries, '']) counts.openCursor(IDBKeyRange.bound([id, 0], [id, Infinity]), 'prev');
          const people = tx.objectStore('insightPeople').index('net').openCursor(IDBKeyRange.lowerBound(0, true), 'prev');
          let seen = 0;
          people.onsuccess = () => {
            const cursor = people.result;
            if (cursor && seen++ < 10) {
              tx.objectStore('contacts').get((cursor.value as { contactId: string }).contactId);
              cursor.continue();
            }
          };
          tx.oncomplete = () => {
            db.close();
            resolve(performance.now() - t0);
          };
        };
      }),
    { today, industries, countContacts },
  );
}
