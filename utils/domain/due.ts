/**
 * The popup's "who is due" list (DESIGN.md, "Reminders"): due people, most overdue first.
 */
import type { Contact } from '../model';
import { isDue } from './cadence';

/**
 * The contacts that are due at `now` (nextDueAt ≤ now, not snoozed), most overdue first: by
 * nextDueAt ascending, ties by id so the order never flickers. Returns a new array.
 */
export function sortDue<C extends Pick<Contact, 'id' | 'nextDueAt' | 'snoozedUntil'>>(contacts: readonly C[], now: number): C[] {
  return contacts
    .filter((c) => isDue(c, now))
    .sort((a, b) => a.nextDueAt! - b.nextDueAt! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
