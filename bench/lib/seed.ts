/**
 * Seeding by writing IndexedDB directly, in bulk — the budgets run's fast way in, and at the same
 * time the reference `restore-x-write` divides by: a raw bulk write of the very records a restore
 * (replace) of the same backup writes.
 *
 * The records are the extension's own plan (`parseBackup` + `planRestore`, replace mode, computed
 * here in Node with the extension's code) plus the search-index row of each person (`searchRowsOf`, which
 * the app's middleware keeps on every write), the touches stamped with their person's industry and
 * Insights' counters built from them (`countRowsOf`), as restore and its middleware write them. They are shipped into an extension page in chunks
 * (untimed), then written there with the raw IndexedDB API: one read-write transaction over every
 * store, every `put` issued at once, timed from the transaction's start to its `complete`.
 *
 * The database must already exist at the app's schema version (Dexie creates it the first time the
 * background or a page opens it; the budgets run opens the popup on the empty database first).
 */
import type { Page } from 'playwright-core';
import { computeNextDueAt } from '@/utils/domain/cadence';
import { HOME_TABLE } from '@/utils/db/popup-home';
import { countRowsOf, INSIGHT_COUNTS_TABLE, INSIGHT_PEOPLE_TABLE } from '@/utils/db/insight-counts';
import { searchRowsOf, SEARCH_TABLE } from '@/utils/db/search-index';
import { parseBackup } from '@/utils/io/backup';
import { planRestore } from '@/utils/io/backup-restore';

/** Store name → records, in write order. */
export type SeedRecords = Array<[store: string, records: unknown[]]>;

/** What a restore (replace) of `backupText` writes, store by store, search-index rows included. */
export function restoreRecordsOf(backupText: string, now: number): SeedRecords {
  const parsed = parseBackup(backupText, now);
  if (!parsed.ok) throw new Error(`the bench's own backup does not parse: ${JSON.stringify(parsed)}`);
  const empty = { contacts: [], notes: [], touches: [], settings: null, suggestionLog: [] };
  const plan = planRestore(empty, parsed.backup, 'replace', { computeNextDueAt: (c, days) => computeNextDueAt(c, days) });
  const industryOf = new Map(plan.contacts.map((c) => [c.id, c.industry]));
  const touches = plan.touches.map((t) => ({ ...t, industry: industryOf.get(t.contactId) ?? null }));
  const index = searchRowsOf(plan.contacts, plan.notes, touches);
  const insights = countRowsOf(touches);
  return [
    ['contacts', plan.contacts],
    ['notes', plan.notes],
    ['touches', touches],
    ['suggestionLog', plan.suggestionLog],
    ['settings', plan.settings ? [{ key: 'user', ...plan.settings }] : []],
    [SEARCH_TABLE, index],
    // The popup's cache (utils/db/popup-home.ts): a restore replaces its stamp, so the next popup
    // recomputes; a raw write clears it, to the same effect.
    [HOME_TABLE, []],
    [INSIGHT_COUNTS_TABLE, insights.counts],
    [INSIGHT_PEOPLE_TABLE, insights.people],
  ];
}

export const recordCount = (records: SeedRecords) => records.reduce((n, [, list]) => n + list.length, 0);

const CHUNK = 10_000;

/**
 * Ships `records` into `page` (an extension page), then writes them raw in one transaction;
 * returns the write's milliseconds (shipping excluded).
 */
export async function rawBulkWrite(page: Page, records: SeedRecords): Promise<number> {
  await page.evaluate(() => ((window as unknown as { __kkSeed: Record<string, unknown[]> }).__kkSeed = {}));
  for (const [store, list] of records) {
    for (let i = 0; i < list.length || i === 0; i += CHUNK) {
      await page.evaluate(
        ([store, chunk]) => {
          const seed = (window as unknown as { __kkSeed: Record<string, unknown[]> }).__kkSeed;
          (seed[store] ??= []).push(...chunk);
        },
        [store, list.slice(i, i + CHUNK)] as const,
      );
    }
  }
  return page.evaluate(async () => {
    const seed = (window as unknown as { __kkSeed: Record<string, unknown[]> }).__kkSeed;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('kakehashi');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const stores = Object.keys(seed);
    const missing = stores.filter((s) => !db.objectStoreNames.contains(s));
    if (missing.length) throw new Error(`the database has no store ${missing.join(', ')}: open the app once first`);
    const start = performance.now();
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(stores, 'readwrite');
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('aborted'));
      for (const store of stores) {
        const os = tx.objectStore(store);
        os.clear();
        for (const record of seed[store]!) os.put(record);
      }
    });
    const ms = performance.now() - start;
    db.close();
    (window as unknown as { __kkSeed: unknown }).__kkSeed = null;
    return ms;
  });
}

/** The raw reference for export: every contact and every note read in one transaction. */
export async function rawReadAll(page: Page, runs: number): Promise<{ samples: number[]; contacts: number }> {
  return page.evaluate(async (runs) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('kakehashi');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const read = () =>
      new Promise<number>((resolve, reject) => {
        const tx = db.transaction(['contacts', 'notes'], 'readonly');
        const contacts = tx.objectStore('contacts').getAll();
        tx.objectStore('notes').getAll();
        tx.oncomplete = () => resolve((contacts.result as unknown[]).length);
        tx.onerror = () => reject(tx.error);
      });
    const samples: number[] = [];
    let contacts = 0;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      contacts = await read();
      samples.push(performance.now() - start);
    }
    db.close();
    return { samples, contacts };
  }, runs);
}
