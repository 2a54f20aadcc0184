import type { Contact, ContactId, ProfileSnapshot, Touch, TouchKind } from '../model';
import { ensureContact, withNextDue } from './contacts';
import { StoreError } from './errors';
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

/**
 * After a touch is edited or deleted: the last contact becomes the latest touch left (none: never
 * contacted) and the next due date follows. Runs inside the caller's transaction.
 */
async function recomputeLastContact(db: KakehashiDb, contact: Contact, now: number): Promise<Contact> {
  const latest = await db.touches.where('[contactId+at]').between([contact.id, -Infinity], [contact.id, Infinity]).last();
  contact.lastContactAt = latest?.at ?? null;
  contact.updatedAt = now;
  await db.contacts.put(await withNextDue(db, contact));
  return contact;
}

async function requireTouch(db: KakehashiDb, id: number, contactId: ContactId): Promise<{ touch: Touch; contact: Contact }> {
  const [touch, contact] = await Promise.all([db.touches.get(id), db.contacts.get(contactId)]);
  if (!touch || touch.contactId !== contactId || !contact) throw new StoreError('not-found', 'That touch no longer exists.');
  return { touch, contact };
}

/** Logs a touch for a person already tracked (the People page), like the panel does. */
export async function addTouch(db: KakehashiDb, contactId: ContactId, input: TouchInput, now: number): Promise<Touch> {
  return db.transaction('rw', db.contacts, db.touches, db.settings, async () => {
    const contact = await db.contacts.get(contactId);
    if (!contact) throw new StoreError('not-found', 'That person is no longer in your contacts.');
    return recordTouch(db, contact, input, Math.max(contact.lastContactAt ?? -Infinity, input.at), now);
  });
}

/** Edits a touch's kind, date or note; the last contact and next due date are recomputed. */
export async function updateTouch(db: KakehashiDb, id: number, contactId: ContactId, input: TouchInput, now: number): Promise<Contact> {
  return db.transaction('rw', db.contacts, db.touches, db.settings, async () => {
    const { touch, contact } = await requireTouch(db, id, contactId);
    const next: Touch = { id: touch.id!, contactId, kind: input.kind, at: input.at };
    if (input.note?.trim()) next.note = input.note.trim();
    await db.touches.put(next);
    return recomputeLastContact(db, contact, now);
  });
}

/** Deletes a touch; the last contact and next due date are recomputed. */
export async function deleteTouch(db: KakehashiDb, id: number, contactId: ContactId, now: number): Promise<Contact> {
  return db.transaction('rw', db.contacts, db.touches, db.settings, async () => {
    const { contact } = await requireTouch(db, id, contactId);
    await db.touches.delete(id);
    return recomputeLastContact(db, contact, now);
  });
}
