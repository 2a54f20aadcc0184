/**
 * The popup's "home" (suggestions, who is due, goal line, settings), computed once and kept as ONE
 * record, so opening the popup at 100,000 contacts is one `get` rather than some twenty index
 * ranges (issue 15, `popup-data-x-floor`).
 *
 * Why a stamp rather than updating the record on each write: the home depends on contacts, notes,
 * touches, settings, the suggestion log and Insights' counters, written by every path there is
 * (panel, popup, People page, import, restore, delete, undo). A DBCore middleware (like
 * search-index.ts) writes a fresh random stamp in the same transaction as ANY write to another
 * store, so no path can forget it, and a write that aborts (a crash mid-write) takes its stamp
 * with it. The record is used only while its stamp is the current one; otherwise it is recomputed.
 * Recomputing reads the stamp inside the same read transaction as the data, and stores the result
 * only if the stamp is still that one (another tab may have written meanwhile): a stale home is
 * never stored as current.
 *
 * Time also changes the home without any write: it is used only until the next person becomes
 * due and for at most `HOME_MAX_AGE_MS` (the ranking's day-based windows move slowly).
 */
import { type DBCore, type DBCoreTransaction, type Middleware } from 'dexie';
import type { PopupHome } from '../messaging/contract';
import type { SuggestionLogEntry } from '../model';
import { readGiveBack, readGoalProgress } from './insights';
import { INTRO_CACHE_TABLE } from './introductions-cache';
import { getDue } from './reminders';
import type { KakehashiDb } from './schema';
import { getSettings } from './settings';
import { getSuggestions } from './suggestions';

export const HOME_TABLE = 'popupHome';
export const HOME_STORE = 'key';

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
  /** The next person becomes due then, or the maximum age ends. */
  validUntil: number;
  home: PopupHome;
}

export type HomeRow = HomeStampRow | HomeCacheRow;

const isVersionChange = (trans: DBCoreTransaction) => (trans as unknown as IDBTransaction).mode === 'versionchange';

/** A stamp nobody else has: a write of another tab or page can never reuse it. */
const freshStamp = () => crypto.randomUUID();

/** The Dexie middleware that stamps every write transaction; `openDb` installs it. */
export const homeStampMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'kakehashi-home-stamp',
  create(down) {
    if (!down.schema.tables.some((t) => t.name === HOME_TABLE)) return down;
    const stamped = new WeakSet<DBCoreTransaction>();
    return {
      ...down,
      transaction(stores, mode, options) {
        const widen = mode === 'readwrite' && !stores.includes(HOME_TABLE);
        return down.transaction(widen ? [...stores, HOME_TABLE] : stores, mode, options);
      },
      table(name) {
        const source = down.table(name);
        // The introductions' cache is derived data, like the home: writing it changes nothing shown.
        if (name === HOME_TABLE || name === INTRO_CACHE_TABLE) return source;
        const home = down.table(HOME_TABLE);
        return {
          ...source,
          mutate(req) {
            const { trans } = req;
            if (isVersionChange(trans) || stamped.has(trans)) return source.mutate(req);
            stamped.add(trans);
            // Issued before the caller's request, so it is in the transaction before Dexie can
            // commit a lone write; the caller's promise waits for both.
            const stamp = home.mutate({ trans, type: 'put', values: [{ key: 'stamp', stamp: freshStamp() } satisfies HomeStampRow] });
            const response = source.mutate(req);
            return stamp.then(() => response);
          },
        };
      },
    };
  },
};

async function currentStamp(db: KakehashiDb): Promise<string | null> {
  const row = await db.popupHome.get('stamp');
  return row?.key === 'stamp' ? row.stamp : null;
}

/** Whether a cached home may be shown for `dueLimit` rows at `now` with the current stamp. */
export function isHomeCurrent(row: HomeRow | undefined, stamp: string | null, dueLimit: number, now: number): row is HomeCacheRow {
  return row?.key === 'home' && row.stamp === stamp && row.dueLimit === dueLimit && now >= row.computedAt && now < row.validUntil;
}

/**
 * Computes the home from the database, with the stamp it reflects (one read transaction), and
 * when it stops being true without a write.
 */
export async function computePopupHome(db: KakehashiDb, now: number, dueLimit: number, shown: readonly SuggestionLogEntry[] = []): Promise<HomeCacheRow> {
  return db.transaction('r', db.tables, async () => {
    const [stamp, { suggestions, needsIndustry }, due, settings, anyone, goal, giveBack, nextDue] = await Promise.all([
      currentStamp(db),
      getSuggestions(db, now, undefined, undefined, shown),
      getDue(db, now, dueLimit),
      getSettings(db),
      db.contacts.limit(1).primaryKeys(),
      readGoalProgress(db, now),
      readGiveBack(db, 1),
      db.contacts.where('nextDueAt').above(now).first(),
    ]);
    const home: PopupHome = { goal, giveBack: giveBack[0] ?? null, suggestions, needsIndustry, due, settings, hasContacts: anyone.length > 0 };
    const validUntil = Math.min(now + HOME_MAX_AGE_MS, nextDue?.nextDueAt ?? Infinity);
    return { key: 'home', stamp, dueLimit, computedAt: now, validUntil, home };
  });
}

/** Stores a computed home, unless something was written since it was computed. */
export async function cachePopupHome(db: KakehashiDb, row: HomeCacheRow): Promise<boolean> {
  return db.transaction('rw', db.popupHome, async () => {
    if ((await currentStamp(db)) !== row.stamp) return false;
    await db.popupHome.put(row);
    return true;
  });
}

/**
 * The popup's home: the cached record when it is current (one read), else computed and cached.
 * Writes only the cache row, never data: opening the popup changes nothing the badge counts.
 */
export async function readPopupHome(db: KakehashiDb, now: number, dueLimit: number, shown: () => Promise<readonly SuggestionLogEntry[]>): Promise<PopupHome> {
  const [stampRow, cached] = await db.transaction('r', db.popupHome, () => db.popupHome.bulkGet(['stamp', 'home']));
  const stamp = stampRow?.key === 'stamp' ? stampRow.stamp : null;
  if (isHomeCurrent(cached, stamp, dueLimit, now)) return cached.home;
  const fresh = await computePopupHome(db, now, dueLimit, await shown());
  await cachePopupHome(db, fresh);
  return fresh.home;
}
