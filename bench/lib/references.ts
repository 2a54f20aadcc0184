/**
 * The two yardsticks the popup is compared with, on the same data in the same browser:
 *
 * (a) floor — the least any design could do for "the 50 soonest-due people": a raw IndexedDB read
 *     of the extension's own `kakehashi` database, `contacts` store, index `nextDueAt`, a cursor over
 *     `≤ now` stopped at 50 records. Timed in an extension page, connection already open.
 * (b) the common alternative — every contact in ONE `chrome.storage.local` key (what most note
 *     extensions do): `get(key)`, keep the due ones, sort by nextDueAt, take 50. The object is
 *     written from the same records (contacts only, no notes: the alternative's best case).
 */
import type { Page } from 'playwright-core';

export const STORAGE_KEY = 'kakehashi-bench-contacts';

interface ChromeStorage {
  chrome: {
    storage: {
      local: {
        get: (key: string) => Promise<Record<string, unknown>>;
        set: (items: Record<string, unknown>) => Promise<void>;
        remove: (key: string) => Promise<void>;
        getBytesInUse: (key: string) => Promise<number>;
      };
    };
  };
}

/** (a): `runs` timed reads; also returns how many records the last read got. */
export async function measureIndexedDbFloor(page: Page, runs: number): Promise<{ samples: number[]; read: number }> {
  return page.evaluate(async (runs) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('kakehashi');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const readSoonestDue = () =>
      new Promise<unknown[]>((resolve, reject) => {
        const rows: unknown[] = [];
        const request = db.transaction('contacts', 'readonly').objectStore('contacts').index('nextDueAt').openCursor(IDBKeyRange.upperBound(Date.now()));
        request.onsuccess = () => {
          const cursor = request.result;
          if (cursor && rows.length < 50) {
            rows.push(cursor.value);
            cursor.continue();
          } else resolve(rows);
        };
        request.onerror = () => reject(request.error);
      });
    await readSoonestDue(); // warm the connection's first transaction, as the popup's background is warm
    const samples: number[] = [];
    let read = 0;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      read = (await readSoonestDue()).length;
      samples.push(performance.now() - start);
    }
    db.close();
    return { samples, read };
  }, runs);
}

/** (b): writes the one-key object from the database's contacts, then `runs` timed reads. */
export async function measureStorageAlternative(
  page: Page,
  runs: number,
): Promise<{ samples: number[]; read: number; writeMs: number; bytes: number }> {
  return page.evaluate(
    async ({ runs, key }) => {
      const { chrome } = globalThis as unknown as ChromeStorage;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('kakehashi');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const contacts = await new Promise<{ id: string; nextDueAt: number | null }[]>((resolve, reject) => {
        const request = db.transaction('contacts', 'readonly').objectStore('contacts').getAll();
        request.onsuccess = () => resolve(request.result as { id: string; nextDueAt: number | null }[]);
        request.onerror = () => reject(request.error);
      });
      db.close();
      const all: Record<string, unknown> = {};
      for (const c of contacts) all[c.id] = c;
      const writeStart = performance.now();
      await chrome.storage.local.set({ [key]: all });
      const writeMs = performance.now() - writeStart;
      const bytes = await chrome.storage.local.getBytesInUse(key);

      const samples: number[] = [];
      let read = 0;
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        const stored = (await chrome.storage.local.get(key))[key] as Record<string, { nextDueAt: number | null }>;
        const now = Date.now();
        const due = Object.values(stored)
          .filter((c) => c.nextDueAt !== null && c.nextDueAt <= now)
          .sort((a, b) => a.nextDueAt! - b.nextDueAt!)
          .slice(0, 50);
        samples.push(performance.now() - start);
        read = due.length;
      }
      await chrome.storage.local.remove(key);
      return { samples, read, writeMs, bytes };
    },
    { runs, key: STORAGE_KEY },
  );
}
