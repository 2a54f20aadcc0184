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
 * Time also changes the home without any write: it is used only until it can change (someone
 * falls due; see `computePopupHome`) and for at most `HOME_MAX_AGE_MS` (the ranking's day-based
 * windows move slowly). The background keeps it warm (utils/background/home-warmer.ts: recomputed
 * shortly after each write, off the write's transaction), and the popup page reads it straight from
 * IndexedDB (popup-home-cache.ts), so opening the popup is one small read.
 */
import type { PopupHome } from '../messaging/contract';
import type { SuggestionLogEntry } from '../model';
import { readGiveBack, readGoalProgress } from './insights';
import { INTRO_CACHE_TABLE } from './introductions-cache';
import { currentHomeOf, HOME_MAX_AGE_MS, HOME_TABLE, type HomeCacheRow } from './popup-home-cache';
import { isDueCountCapped } from './due';
import { getDue } from './reminders';
import type { KakehashiDb } from './schema';
import { getSettings } from './settings';
import { stampMiddleware } from './stamp-middleware';
import { readSuggestions } from './suggestions';

export { HOME_MAX_AGE_MS, HOME_STORE, HOME_TABLE, isHomeCurrent, type HomeCacheRow, type HomeRow, type HomeStampRow } from './popup-home-cache';

/** Stamps every write transaction (to any store but the caches); `openDb` installs it. */
export const homeStampMiddleware = stampMiddleware('kakehashi-home-stamp', HOME_TABLE, (store) => store !== HOME_TABLE && store !== INTRO_CACHE_TABLE);

async function currentStamp(db: KakehashiDb): Promise<string | null> {
  const row = await db.popupHome.get('stamp');
  return row?.key === 'stamp' ? row.stamp : null;
}

/**
 * Computes the home from the database, with the stamp it reflects (one read transaction), and
 * when it stops being true without a write: at the maximum age, when a suggestion candidate falls
 * due or its snooze ends (the ranking changes), and when anyone falls due — unless the due list is
 * already full and its count capped ("99+"): then whoever falls due next sorts after every listed
 * person and the count stays capped, so the due part cannot change (at 100,000 contacts someone
 * falls due every few minutes, and the home would otherwise go stale that often).
 */
export async function computePopupHome(db: KakehashiDb, now: number, dueLimit: number, shown: readonly SuggestionLogEntry[] = []): Promise<HomeCacheRow> {
  return db.transaction('r', db.tables, async () => {
    const [stamp, { result, changesAt }, due, settings, anyone, goal, giveBack, nextDue] = await Promise.all([
      currentStamp(db),
      readSuggestions(db, now, undefined, undefined, shown),
      getDue(db, now, dueLimit),
      getSettings(db),
      db.contacts.limit(1).primaryKeys(),
      readGoalProgress(db, now),
      readGiveBack(db, 1),
      db.contacts.where('nextDueAt').above(now).first(),
    ]);
    const { suggestions, needsIndustry } = result;
    const home: PopupHome = { goal, giveBack: giveBack[0] ?? null, suggestions, needsIndustry, due, settings, hasContacts: anyone.length > 0 };
    const dueSettled = due.contacts.length >= dueLimit && isDueCountCapped(due.count);
    const validUntil = Math.min(now + HOME_MAX_AGE_MS, changesAt, dueSettled ? Infinity : (nextDue?.nextDueAt ?? Infinity));
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
  const cached = currentHomeOf(await db.transaction('r', db.popupHome, () => db.popupHome.bulkGet(['stamp', 'home'])), dueLimit, now);
  if (cached) return cached;
  const fresh = await computePopupHome(db, now, dueLimit, await shown());
  await cachePopupHome(db, fresh);
  return fresh.home;
}
