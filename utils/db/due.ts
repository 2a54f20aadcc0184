import type { Contact } from '../model';
import type { KakehashiDb } from './schema';

/**
 * How many people are due. `nextDueAt` already includes any snooze, so this is one index range
 * count and never loads a record, even at 100,000 contacts.
 */
export function countDue(db: KakehashiDb, now: number): Promise<number> {
  return db.contacts.where('nextDueAt').belowOrEqual(now).count();
}

/** The most overdue people first, `limit` of them. */
export function listDue(db: KakehashiDb, now: number, limit: number): Promise<Contact[]> {
  return db.contacts.where('nextDueAt').belowOrEqual(now).limit(limit).toArray();
}
