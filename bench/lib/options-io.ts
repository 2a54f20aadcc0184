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
async function waitUntilDone(page: Page, testId: string): Promise<void> {
  const status = page.getByTestId(testId);
  await page.waitForSelector(`[data-testid="${testId}"]:is([data-state="done"], [data-state="error"])`, LONG);
  if ((await status.getAttribute('data-state')) === 'error') {
    throw new Error(`${testId}: ${((await status.textContent()) ?? '').trim()}`);
  }
}

async function freshOptionsPage(browser: BenchBrowser): Promise<Page> {
  const page = await browser.openExtensionPage('options.html');
  await page.waitForSelector('[data-testid="restore-file"]', { state: 'attached', timeout: 30_000 });
  return page;
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
}

/** Restores `file` with "replace" through the options page and times it. */
export async function restoreBackup(browser: BenchBrowser, file: string): Promise<RestoreTiming> {
  const page = await freshOptionsPage(browser);
  try {
    const start = performance.now();
    await page.setInputFiles('[data-testid="restore-file"]', file);
    const replace = page.getByTestId('restore-replace');
    await replace.waitFor({ state: 'visible', ...LONG });
    const parsed = performance.now();
    await replace.click();
    await page.getByTestId('restore-replace-confirm').click(LONG);
    await waitUntilDone(page, 'restore-status');
    return { parseMs: parsed - start, totalMs: performance.now() - start };
  } finally {
    await page.close();
  }
}

export interface ExportTiming {
  ms: number;
  bytes: number;
}

/** Click → the CSV download has arrived and the page says done. */
export async function exportContacts(browser: BenchBrowser): Promise<ExportTiming> {
  const page = await freshOptionsPage(browser);
  try {
    const start = performance.now();
    const [download] = await Promise.all([page.waitForEvent('download', LONG), page.getByTestId('export-contacts').click()]);
    const file = await download.path();
    const ms = performance.now() - start;
    await waitUntilDone(page, 'export-status');
    return { ms, bytes: statSync(file).size };
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
