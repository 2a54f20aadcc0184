/**
 * Brings a stored row's times back inside the bounds every layer now enforces (time-bounds.ts).
 *
 * Why this exists: before those bounds, a restore accepted any number as a time (`createdAt: 1e16`).
 * Such a row broke CSV export and the pages, and a backup of that database would now be refused on
 * restore ("not a date from 2000 through 9999"), leaving the user with a backup they cannot use.
 * The schema upgrade that introduced the bounds runs these over every row once, so every database
 * ends up inside them and every backup it writes restores.
 *
 * Nothing is deleted: a time that cannot be a real one becomes "unknown" where the field allows it
 * (last contact, snooze, visit, connected), and `now` where it must be a time (when a record was
 * created or changed, when a touch happened: the touch stays in the history, dated today). A last
 * contact or touch more than a day in the future is something that has not happened: it is brought
 * back to `now`. The contact's next due date is then recomputed from the repaired fields.
 */
import type { Contact, Note, Touch } from '../model';
import { isPastTime, isStoredTime } from '../time-bounds';

const storedOr = <T>(value: number, fallback: T): number | T => (isStoredTime(value) ? value : fallback);
const nullableStored = (value: number | null): number | null => (value === null ? null : storedOr(value, null));

/** The contact's times inside the bounds, or null when it already was (nothing to write). */
export function repairContactTimes(
  contact: Contact,
  now: number,
  computeNextDueAt: (c: Contact) => number | null,
): Contact | null {
  const lastContactAt =
    contact.lastContactAt === null ? null : isPastTime(contact.lastContactAt, now) ? contact.lastContactAt : isStoredTime(contact.lastContactAt) ? now : null;
  const repaired: Contact = {
    ...contact,
    lastContactAt,
    snoozedUntil: nullableStored(contact.snoozedUntil),
    connectedAt: nullableStored(contact.connectedAt),
    lastVisitedAt: nullableStored(contact.lastVisitedAt),
    userEditedAt: nullableStored(contact.userEditedAt),
    createdAt: storedOr(contact.createdAt, now),
    updatedAt: storedOr(contact.updatedAt, now),
  };
  const timesChanged = (Object.keys(repaired) as (keyof Contact)[]).some((k) => repaired[k] !== contact[k]);
  const nextDueOk = contact.nextDueAt === null || isStoredTime(contact.nextDueAt);
  if (!timesChanged && nextDueOk) return null;
  return { ...repaired, nextDueAt: computeNextDueAt(repaired) };
}

/** The note's times inside the bounds, or null when they already were. */
export function repairNoteTimes(note: Note, now: number): Note | null {
  if (isStoredTime(note.createdAt) && isStoredTime(note.updatedAt)) return null;
  return { ...note, createdAt: storedOr(note.createdAt, now), updatedAt: storedOr(note.updatedAt, now) };
}

/** The touch dated inside the bounds (never after tomorrow), or null when it already was. */
export function repairTouchTime(touch: Touch, now: number): Touch | null {
  return isPastTime(touch.at, now) ? null : { ...touch, at: now };
}
