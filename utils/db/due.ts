import type { Contact } from '../model';
import type { KakehashiDb } from './schema';

/** Counts stop here: the badge, the popup's heading and the notification say "99+" from it on. */
export const DUE_COUNT_CAP = 100;

/** The largest due count shown as a number; a capped count reads "99+" / "more than 99". */
export const DUE_COUNT_SHOWN_MAX = DUE_COUNT_CAP - 1;

/** True when `count` reached the cap, so the true number is not known (and not shown). */
export function isDueCountCapped(count: number): boolean {
  return count >= DUE_COUNT_CAP;
}

/** A due count as the badge and the popup's heading show it: "99+" from the cap on. */
export function dueCountLabel(count: number): string {
  return isDueCountCapped(count) ? `${DUE_COUNT_SHOWN_MAX}+` : String(count);
}

/** One person's linked LinkedIn and X records count once (DESIGN.md, "Data": `personId`). */
const personKeyOf = (c: Pick<Contact, 'id' | 'personId'>) => c.personId ?? c.id;

/**
 * How many people are due, counted up to `cap`; linked records of one person count once.
 * `nextDueAt` already includes any snooze, so this is one index range, walked only until `cap`
 * people are seen: a full count walks the whole range (measured: 664 ms for 47,515 due people in a
 * 100,000-contact book).
 */
export async function countDue(db: KakehashiDb, now: number, cap: number = DUE_COUNT_CAP): Promise<number> {
  const people = new Set<string>();
  await db.contacts
    .where('nextDueAt')
    .belowOrEqual(now)
    .until(() => people.size >= cap)
    .each((c) => people.add(personKeyOf(c)));
  return Math.min(people.size, cap);
}

/** The most overdue people first, `limit` of them; of linked records, the most overdue one. */
export async function listDue(db: KakehashiDb, now: number, limit: number): Promise<Contact[]> {
  const people = new Set<string>();
  const out: Contact[] = [];
  await db.contacts
    .where('nextDueAt')
    .belowOrEqual(now)
    .until(() => out.length >= limit)
    .each((c) => {
      const key = personKeyOf(c);
      if (people.has(key)) return;
      people.add(key);
      out.push(c);
    });
  return out;
}
