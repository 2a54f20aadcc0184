/**
 * People page: list first paint, and keystroke → results, timed inside the page; plus the raw
 * IndexedDB reference of the same search work (the same token lookups on the same search-index
 * store, intersected by contact, no Dexie and no UI).
 */
import type { Page } from 'playwright-core';
import { SEARCH_TABLE } from '@/utils/db/search-index';
import type { BenchBrowser } from './browser';

interface PeopleWatch {
  firstRowAt: number | null;
  inputAt: number | null;
  resultsAt: number | null;
  target: string | null;
}

/** Runs in people.html before its own scripts. Self-contained: it is serialised into the page. */
function watchPeople(): void {
  const state: PeopleWatch = { firstRowAt: null, inputAt: null, resultsAt: null, target: null };
  (window as unknown as { __kkPeople: PeopleWatch }).__kkPeople = state;
  document.addEventListener('input', () => (state.inputAt = performance.now()), true);
  const check = () => {
    if (state.firstRowAt === null && document.querySelector('[role=option] .name')) state.firstRowAt = performance.now();
    if (state.target !== null && state.resultsAt === null) {
      const status = document.querySelector('[data-testid=people-status]');
      if (status?.getAttribute('data-query') !== state.target) return;
      const none = status.getAttribute('data-count') === '0';
      if (none || document.querySelector('[role=option] .name')) state.resultsAt = performance.now();
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
}

const readWatch = (page: Page) => page.evaluate(() => (window as unknown as { __kkPeople: PeopleWatch }).__kkPeople);

export interface PeopleSample {
  /** Navigation start → the first row (with its record) in the DOM. */
  firstPaintMs: number;
  /** Query → last keystroke's input event → its results on screen. */
  keystrokeMs: Record<string, number>;
  matches: Record<string, string>;
}

/** Opens people.html, waits for the first row, then types each query and times its last keystroke. */
export async function measurePeopleOnce(browser: BenchBrowser, queries: readonly string[]): Promise<PeopleSample> {
  const page = await browser.openExtensionPage('people.html', async (p) => {
    await p.addInitScript(watchPeople);
  });
  try {
    await page.waitForFunction(() => (window as unknown as { __kkPeople: PeopleWatch }).__kkPeople.firstRowAt !== null, null, { timeout: 300_000 });
    const firstPaintMs = (await readWatch(page)).firstRowAt!;
    const keystrokeMs: Record<string, number> = {};
    const matches: Record<string, string> = {};
    const box = page.getByTestId('people-search');
    for (const query of queries) {
      await box.fill(query.slice(0, -1));
      await page.waitForFunction((q) => document.querySelector('[data-testid=people-status]')?.getAttribute('data-query') === q || q.trim() === '', query.slice(0, -1), { timeout: 120_000 });
      await page.evaluate((q) => {
        const s = (window as unknown as { __kkPeople: PeopleWatch }).__kkPeople;
        s.target = q;
        s.resultsAt = null;
        s.inputAt = null;
      }, query);
      await page.keyboard.type(query.slice(-1));
      await page.waitForFunction(() => (window as unknown as { __kkPeople: PeopleWatch }).__kkPeople.resultsAt !== null, null, { timeout: 120_000 });
      const watch = await readWatch(page);
      keystrokeMs[query] = watch.resultsAt! - watch.inputAt!;
      matches[query] = (await page.getByTestId('people-status').textContent()) ?? '';
    }
    return { firstPaintMs, keystrokeMs, matches };
  } finally {
    await page.close();
  }
}

/**
 * The raw reference: for each query, the token lookups the page's search does (word prefix, or each
 * bigram of a Japanese run; at most 5,001 keys each) with `IDBIndex.getAllKeys` on the search index
 * (`SEARCH_TABLE`: its keys are contact ids), intersected. `lookups` are the tokens per query piece, computed in Node by the same
 * folding code the extension ships.
 */
export async function measureRawSearch(page: Page, lookups: Record<string, Array<Array<{ token: string; prefix: boolean }>>>, runs: number): Promise<Record<string, number[]>> {
  return page.evaluate(
    async ([all, runs, table]) => {
      const req = <T>(r: IDBRequest<T>) => new Promise<T>((res, rej) => ((r.onsuccess = () => res(r.result)), (r.onerror = () => rej(r.error))));
      const open = indexedDB.open('kakehashi');
      const db = await req(open);
      const out: Record<string, number[]> = {};
      for (const [query, pieces] of Object.entries(all)) {
        out[query] = [];
        for (let run = 0; run < runs; run++) {
          const start = performance.now();
          const index = db.transaction(table).objectStore(table).index('tokens');
          let result = null as Set<string> | null;
          for (const piece of pieces) {
            const sets = await Promise.all(
              piece.map(async ({ token, prefix }) => {
                const keys = (await req(index.getAllKeys(prefix ? IDBKeyRange.bound(token, `${token}\uffff`) : IDBKeyRange.only(token), 5_001))) as unknown as string[];
                return new Set(keys);
              }),
            );
            const contacts = sets.reduce((a, b) => new Set([...a].filter((k) => b.has(k))));
            const previous: Set<string> | null = result;
            result = previous === null ? contacts : new Set([...previous].filter((id) => contacts.has(id)));
          }
          out[query].push(performance.now() - start);
          void result;
        }
      }
      db.close();
      return out;
    },
    [lookups, runs, SEARCH_TABLE] as const,
  );
}
