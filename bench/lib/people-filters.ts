/**
 * People page filters: navigation to a filtered URL (`people.html?…`) → the filtered list on screen,
 * timed inside the page. The filter is read from the URL, its candidates come through an index
 * where one exists (utils/db/people-filter.ts), and the list shows once the whole order is in.
 */
import type { BenchBrowser } from './browser';

/** Opens people.html with `search` and returns navigation start → status "ready" with these filters. */
export async function measureFilterOnce(browser: BenchBrowser, search: string): Promise<{ ms: number; shown: string }> {
  const page = await browser.openExtensionPage(`people.html${search}`);
  try {
    await page.waitForFunction(
      (s) => {
        const status = document.querySelector('[data-testid=people-status]');
        return status?.getAttribute('data-state') === 'ready' && status.getAttribute('data-filters') === s;
      },
      search,
      { timeout: 300_000, polling: 5 },
    );
    const ms = await page.evaluate(() => performance.now());
    return { ms, shown: (await page.getByTestId('people-status').textContent()) ?? '' };
  } finally {
    await page.close();
  }
}
