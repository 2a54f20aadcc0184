import type { Contact, ContactId, ProfileSnapshot, Touch, TouchKind } from '../model';
import { ensureContact, withNextDue } from './contacts';
import { StoreError } from './errors';
import { shareLastContact } from './links';
import type { KakehashiDb } from './schema';

export interface TouchInput {
  kind: TouchKind;
  at: number;
  note?: string;
}

/**
 * The one way a touch is recorded (panel, hand-set date, popup "Done"): store it, move the last
 * contact, end any snooze (the user just acted) and restart the keep-in-touch clock. Runs inside
 * the caller's read-write transaction over contacts, touches and settings.
 */
async function recordTouch(db: KakehashiDb, contact: Contact, input: TouchInput, lastContactAt: number, now: number): Promise<Touch> {
  const touch: Touch = { contactId: contact.id, kind: input.kind, at: input.at, ...(input.note ? { note: input.note } : {}) };
  touch.id = await db.touches.add(touch);
  contact.lastContactAt = lastContactAt;
  // Ending a snooze changes one of the user's own fields, so a merge must see it as their edit.
  if (contact.snoozedUntil !== null) contact.userEditedAt = now;
  contact.snoozedUntil = null;
  contact.updatedAt = now;
  await db.contacts.put(await withNextDue(db, contact));
  await shareLastContact(db, contact);
  return touch;
}

/** Logs a touch; the contact's last contact becomes the latest of its touches. */
export async function logTouch(db: KakehashiDb, snapshot: ProfileSnapshot, input: TouchInput, now: number): Promise<Touch> {
  return db.transaction('rw', db.contacts, db.touches, db.settings, async () => {
    const contact = await ensureContact(db, snapshot, now);
    return recordTouch(db, contact, input, Math.max(contact.lastContactAt ?? -Infinity, input.at), now);
  });
}

/**
 * Sets the last-contact date by hand. The user's date is taken as the truth (it may correct an
 * earlier mistake, so it can move backwards), and it is recorded as a touch of kind "other".
 */
export async function setLastContact(db: KakehashiDb, snapshot: ProfileSnapshot, at: number, now: number): Promise<Touch> {
  return db.transaction('rw', db.contacts, db.touches, db.settings, async () => {
    const contact = await ensureContact(db, snapshot, now);
    return recordTouch(db, contact, { kind: 'other', at }, at, now);
  });
}

/** "Done" in the popup: a touch now, for a person already tracked. */
export async function markDone(db: KakehashiDb, id: ContactId, kind: TouchKind, now: number): Promise<Touch> {
  return db.transaction('rw', db.contacts, db.touches, db.settings, async () => {
    const contact = await db.contacts.get(id);
    if (!contact) throw new StoreError('not-found', 'That person is no longer in your contacts.');
    return recordTouch(db, contact, { kind, at: now }, Math.max(contact.lastContactAt ?? -Infinity, now), now);
  });
}
