/**
 * The popup's cached home record (popup-home.ts) as the popup page reads it: one raw IndexedDB
 * `get` of the stamp and the record, no Dexie and no message to a service worker that may be
 * asleep (issue 15, `popup-data-x-floor`). The popup page runs in the extension's origin, so the
 * database is its own; it only ever reads here, and closes the connection at once so it never
 * holds up an upgrade. When the record is missing or not current, the caller asks the background
 * (`popup:home`), which computes it.
 *
 * No imports but types: the popup's first paint loads this and nothing of Dexie.
 */
import type { PopupHome } from '../messaging/contract';

export const HOME_TABLE = 'popupHome';
export const HOME_STORE = 'key';

/** The database's name (schema.ts `DB_NAME`, repeated so this module stays import-free). */
const DB_NAME = 'kakehashi';

/** Due people the popup shows at first, and adds with each "Show more"; the warm home has this many. */
export const POPUP_DUE_PAGE = 50;

/** A cached home is used for at most this long, even without writes. */
export const HOME_MAX_AGE_MS = 15 * 60_000;

/** The stamp row: replaced by every write transaction to any other store. */
export interface HomeStampRow {
  key: 'stamp';
  stamp: string;
}

/** The cached home and what it was computed from. */
export interface HomeCacheRow {
  key: 'home';
  /** The stamp current when it was computed (null: no write since the store was created or cleared). */
  stamp: string | null;
  dueLimit: number;
  computedAt: number;
  /** The home stops being true then without any write (see popup-home.ts `computePopupHome`). */
  validUntil: number;
  home: PopupHome;
}

export type HomeRow = HomeStampRow | HomeCacheRow;

/** Whether a cached home may be shown for `dueLimit` rows at `now` with the current stamp. */
export function isHomeCurrent(row: HomeRow | undefined, stamp: string | null, dueLimit: number, now: number): row is HomeCacheRow {
  return row?.key === 'home' && row.stamp === stamp && row.dueLimit === dueLimit && now >= row.computedAt && now < row.validUntil;
}

/** The stamp and the home as `bulkGet(['stamp', 'home'])` gives them, checked. */
export function currentHomeOf(rows: readonly (HomeRow | undefined)[], dueLimit: number, now: number): PopupHome | null {
  const [stampRow, cached] = rows;
  const stamp = stampRow?.key === 'stamp' ? stampRow.stamp : null;
  return isHomeCurrent(cached, stamp, dueLimit, now) ? cached.home : null;
}

/**
 * The cached home when it is current, read straight from IndexedDB in one read transaction; null
 * when there is none (or no database yet: its creation is left to the background, so the open is
 * aborted rather than creating an empty one), or on any error.
 */
export function readCachedPopupHome(dueLimit: number, now: number, factory: IDBFactory = indexedDB, name = DB_NAME): Promise<PopupHome | null> {
  return new Promise((resolve) => {
    let open: IDBOpenDBRequest;
    try {
      open = factory.open(name);
    } catch {
      resolve(null);
      return;
    }
    // No database yet: abort, so the background creates it at its version, with its stores.
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => resolve(null);
    open.onblocked = () => resolve(null);
    open.onsuccess = () => {
      const db = open.result;
      db.onversionchange = () => db.close();
      try {
        if (!db.objectStoreNames.contains(HOME_TABLE)) throw new Error('no home store');
        const tx = db.transaction(HOME_TABLE, 'readonly');
        const store = tx.objectStore(HOME_TABLE);
        const stamp = store.get('stamp');
        const home = store.get('home');
        tx.oncomplete = () => {
          db.close();
          resolve(currentHomeOf([stamp.result as HomeRow | undefined, home.result as HomeRow | undefined], dueLimit, now));
        };
        tx.onerror = tx.onabort = () => {
          db.close();
          resolve(null);
        };
      } catch {
        db.close();
        resolve(null);
      }
    };
  });
}
