import type { Contact } from '../model';
import type { KakehashiDb } from './schema';

/** Counts stop here: the badge and the popup show "99+" beyond it. */
export const DUE_COUNT_CAP = 100;

/** A due count as the badge and the popup's heading show it: "99+" from the cap on. */
export function dueCountLabel(count: number): string {
  return count >= DUE_COUNT_CAP ? `${DUE_COUNT_CAP - 1}+` : String(count);
}

/**
 * How many people are due, counted up to `cap`. `nextDueAt` already includes any snooze, so this
 * is one index range; reading at most `cap` keys keeps it constant-time, where a full count
 * walks the whole range (measured: 664 ms for 47,515 due people in a 100,000-contact book).
 */
export async function countDue(db: KakehashiDb, now: number, cap: number = DUE_COUNT_CAP): Promise<number> {
  const keys = await db.contacts.where('nextDueAt').belowOrEqual(now).limit(cap).primaryKeys();
  return keys.length;
}

/** The most overdue people first, `limit` of them. */
export function listDue(db: KakehashiDb, now: number, limit: number): Promise<Contact[]> {
  return db.contacts.where('nextDueAt').belowOrEqual(now).limit(limit).toArray();
}
