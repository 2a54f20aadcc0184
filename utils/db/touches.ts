import type { ProfileSnapshot, Touch, TouchKind } from '../model';
import { ensureContact, withNextDue } from './contacts';
import type { KakehashiDb } from './schema';

export interface TouchInput {
  kind: TouchKind;
  at: number;
  note?: string;
}

/**
 * Logs a touch. The contact's last contact becomes the latest of its touches and the clock for
 * the next reminder restarts; a snooze ends, since the user just acted.
 */
export async function logTouch(db: KakehashiDb, snapshot: ProfileSnapshot, input: TouchInput, now: number): Promise<Touch> {
  return db.transaction('rw', db.contacts, db.touches, db.settings, async () => {
    const contact = await ensureContact(db, snapshot, now);
    const touch: Touch = { contactId: contact.id, kind: input.kind, at: input.at, ...(input.note ? { note: input.note } : {}) };
    touch.id = await db.touches.add(touch);
    contact.lastContactAt = Math.max(contact.lastContactAt ?? -Infinity, input.at);
    contact.snoozedUntil = null;
    await db.contacts.put(await withNextDue(db, contact));
    return touch;
  });
}

/**
 * Sets the last-contact date by hand. The user's date is taken as the truth (it may correct an
 * earlier mistake, so it can move backwards), and it is recorded as a touch of kind "other".
 */
export async function setLastContact(db: KakehashiDb, snapshot: ProfileSnapshot, at: number, now: number): Promise<Touch> {
  return db.transaction('rw', db.contacts, db.touches, db.settings, async () => {
    const contact = await ensureContact(db, snapshot, now);
    const touch: Touch = { contactId: contact.id, kind: 'other', at };
    touch.id = await db.touches.add(touch);
    contact.lastContactAt = at;
    contact.snoozedUntil = null;
    await db.contacts.put(await withNextDue(db, contact));
    return touch;
  });
}
