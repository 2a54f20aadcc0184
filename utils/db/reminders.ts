/**
 * Database side of reminders (DESIGN.md, "Reminders"): who is due for the popup, and snoozes.
 * Counting and listing walk the `nextDueAt` index with limits (due.ts), never the whole table.
 */
import { snoozeUntil, type SnoozeLength } from '../domain/cadence';
import type { Contact, ContactId } from '../model';
import { saveContact } from './contacts';
import { countDue, listDue } from './due';
import { StoreError } from './errors';
import type { KakehashiDb } from './schema';

/**
 * Who is due, most overdue first (`nextDueAt` already includes snoozes). `count` stops at
 * `DUE_COUNT_CAP`: the popup says "99+" like the badge rather than walk 50,000 index entries.
 */
export async function getDue(db: KakehashiDb, now: number, limit: number): Promise<{ count: number; contacts: Contact[] }> {
  return db.transaction('r', db.contacts, async () => {
    const [count, contacts] = await Promise.all([countDue(db, now), listDue(db, now, limit)]);
    return { count, contacts };
  });
}

async function requireContact(db: KakehashiDb, id: ContactId): Promise<Contact> {
  const contact = await db.contacts.get(id);
  if (!contact) throw new StoreError('not-found', 'That person is no longer in your contacts.');
  return contact;
}

/** Snoozes a person for a week or a month: off the due list and out of suggestions until then. */
export async function snoozeContact(db: KakehashiDb, id: ContactId, length: SnoozeLength, now: number): Promise<Contact> {
  return db.transaction('rw', db.contacts, db.settings, async () => {
    const contact = await requireContact(db, id);
    return saveContact(db, contact, now, (c) => {
      c.snoozedUntil = snoozeUntil(now, length);
    });
  });
}
