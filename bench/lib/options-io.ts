/**
 * Driving the options page's data tools through their test hooks, exactly as a user would: restore
 * a JSON backup (how the bench seeds the database: the extension's own code path), export contacts
 * to CSV, import LinkedIn's Connections.csv. Each run starts from a freshly loaded options page so a
 * status left at "done" by the previous run cannot be mistaken for this one.
 */
import { statSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { BenchBrowser } from './browser';

const LONG = { timeout: 15 * 60_000 };

/** Waits until a status line says done; throws with the page's own words when it says error. */
async function waitUntilDone(page: Page, testId: string, timeout = LONG.timeout): Promise<void> {
  const status = page.getByTestId(testId);
  await page.waitForSelector(`[data-testid="${testId}"]:is([data-state="done"], [data-state="error"])`, { timeout });
  if ((await status.getAttribute('data-state')) === 'error') {
    throw new Error(`${testId}: ${((await status.textContent()) ?? '').trim()}`);
  }
}

/** Runs in the options page before its own code: every long task (> 50 ms) of the page's main thread. */
function watchLongTasks(): void {
  const tasks: Array<[start: number, duration: number]> = [];
  (window as unknown as { __kkLongTasks: typeof tasks }).__kkLongTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
}

async function freshOptionsPage(browser: BenchBrowser): Promise<Page> {
  const page = await browser.openExtensionPage('options.html', async (p) => void (await p.addInitScript(watchLongTasks)));
  await page.waitForSelector('[data-testid="restore-file"]', { state: 'attached', timeout: 30_000 });
  return page;
}

/** `performance.now()` in the page: the start of a span whose long tasks are counted. */
const pageNow = (page: Page) => page.evaluate(() => performance.now());

/** The longest task (ms) of the page's main thread that started at or after `since`; 0 when none. */
async function longestTaskSince(page: Page, since: number): Promise<number> {
  // A long task is reported when it ends: give the observer a frame to deliver the last one.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
  return page.evaluate(
    (since) => Math.max(0, ...(window as unknown as { __kkLongTasks: Array<[number, number]> }).__kkLongTasks.filter(([start]) => start >= since).map(([, d]) => d)),
    since,
  );
}

/** True when the options page carries every hook the bench needs. */
export async function hasDataTools(browser: BenchBrowser): Promise<boolean> {
  const page = await browser.openExtensionPage('options.html');
  try {
    await page.waitForLoadState('load');
    await page.waitForTimeout(500);
    const hooks = ['restore-file', 'export-contacts', 'connections-file'];
    const counts = await Promise.all(hooks.map((h) => page.locator(`[data-testid="${h}"]`).count()));
    return counts.every((c) => c > 0);
  } finally {
    await page.close();
  }
}

export interface RestoreTiming {
  /** File chosen → replace offered (reading, parsing and validating the backup). */
  parseMs: number;
  /** File chosen → restore done (the database replaced). */
  totalMs: number;
  /** Longest main-thread task of the options page while parsing (file chosen → replace offered). */
  parseLongestTaskMs: number;
  /** Longest main-thread task of the options page from the confirm click to done. */
  writeLongestTaskMs: number;
}

/**
 * Restores `file` with "replace" through the options page and times it. `timeoutMs` bounds the
 * wait for done after the confirm click (a Playwright TimeoutError then; closing the page aborts the
 * restore's transaction, which leaves the database as it was).
 */
export async function restoreBackup(browser: BenchBrowser, file: string, timeoutMs?: number): Promise<RestoreTiming> {
  const page = await freshOptionsPage(browser);
  try {
    const chosenAt = await pageNow(page);
    const start = performance.now();
    await page.setInputFiles('[data-testid="restore-file"]', file);
    const replace = page.getByTestId('restore-replace');
    await replace.waitFor({ state: 'visible', ...LONG });
    const parsed = performance.now();
    const parseLongestTaskMs = await longestTaskSince(page, chosenAt);
    const confirmAt = await pageNow(page);
    await replace.click();
    await page.getByTestId('restore-replace-confirm').click(LONG);
    await waitUntilDone(page, 'restore-status', timeoutMs);
    const totalMs = performance.now() - start;
    return { parseMs: parsed - start, totalMs, parseLongestTaskMs, writeLongestTaskMs: await longestTaskSince(page, confirmAt) };
  } finally {
    await page.close();
  }
}

export interface ExportTiming {
  ms: number;
  bytes: number;
  /** Longest main-thread task of the options page from the click to done. */
  longestTaskMs: number;
}

/** Click → the CSV download has arrived and the page says done. */
export async function exportContacts(browser: BenchBrowser): Promise<ExportTiming> {
  const page = await freshOptionsPage(browser);
  try {
    const clickAt = await pageNow(page);
    const start = performance.now();
    const [download] = await Promise.all([page.waitForEvent('download', LONG), page.getByTestId('export-contacts').click()]);
    const file = await download.path();
    const ms = performance.now() - start;
    await waitUntilDone(page, 'export-status');
    return { ms, bytes: statSync(file).size, longestTaskMs: await longestTaskSince(page, clickAt) };
  } finally {
    await page.close();
  }
}

/** File chosen → the page says the import is done; returns the status text as well. */
export async function importConnections(browser: BenchBrowser, file: string): Promise<{ ms: number; status: string }> {
  const page = await freshOptionsPage(browser);
  try {
    const start = performance.now();
    await page.setInputFiles('[data-testid="connections-file"]', file);
    // The preview asks about reminders for the new people; the bench takes the default (none).
    await page.getByTestId('import-confirm').click({ timeout: 600_000 });
    await waitUntilDone(page, 'import-status');
    const ms = performance.now() - start;
    return { ms, status: ((await page.getByTestId('import-status').textContent()) ?? '').trim() };
  } finally {
    await page.close();
  }
}
