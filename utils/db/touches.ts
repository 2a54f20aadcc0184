import type { Contact, ContactId, ProfileSnapshot, Touch, TouchKind } from '../model';
import { ensureContact, saveContact } from './contacts';
import { StoreError } from './errors';
import { shareLastContact } from './links';
import type { KakehashiDb } from './schema';

export interface TouchInput {
  kind: TouchKind;
  at: number;
  note?: string;
}

/**
 * The one way a touch is recorded (panel, popup "Done"): store it, move the last contact, end any
 * snooze (the user just acted), restart the keep-in-touch clock, and remember its kind as the one
 * to offer first next time. Runs inside the caller's read-write transaction over contacts, touches
 * and settings.
 */
async function recordTouch(db: KakehashiDb, contact: Contact, input: TouchInput, lastContactAt: number, now: number): Promise<Touch> {
  const touch: Touch = { contactId: contact.id, kind: input.kind, at: input.at, ...(input.note ? { note: input.note } : {}) };
  touch.id = await db.touches.add(touch);
  await rememberTouchKind(db, input.kind);
  // Ending a snooze changes one of the user's own fields: saveContact stamps it as their edit.
  await saveContact(db, contact, now, (c) => {
    c.lastContactAt = lastContactAt;
    c.snoozedUntil = null;
  });
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

/** The settings' `lastTouchKind`, written only when it changes. */
async function rememberTouchKind(db: KakehashiDb, kind: TouchKind): Promise<void> {
  const row = await db.settings.get('user');
  if (row?.lastTouchKind !== kind) await db.settings.put({ ...row, key: 'user', lastTouchKind: kind });
}

/**
 * Sets the last-contact date by hand: a *correction* (DESIGN.md, "Data"). The user's date is taken
 * as the truth, so it may move backwards; no touch is recorded, so the touch history and the
 * diversity mix count only real touches, and a snooze stays (the user corrected, not acted).
 */
export async function setLastContact(db: KakehashiDb, snapshot: ProfileSnapshot, at: number, now: number): Promise<Contact> {
  return db.transaction('rw', db.contacts, db.settings, async () => {
    const contact = await ensureContact(db, snapshot, now);
    return saveContact(db, contact, now, (c) => {
      c.lastContactAt = at;
    });
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
