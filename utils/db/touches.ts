import type { Contact, ContactId, ProfileSnapshot, Touch, TouchKind } from '../model';
import { ensureContact, saveContact } from './contacts';
import { StoreError } from './errors';
import { shareLastContact } from './links';
import type { KakehashiDb } from './schema';

export interface TouchInput {
  kind: TouchKind;
  at: number;
  note?: string;
  /** `introduced`: the other person (see `logIntroduction`). */
  otherId?: ContactId;
}

/**
 * The one way a touch is recorded (panel, popup "Done"): store it, move the last contact, end any
 * snooze (the user just acted), restart the keep-in-touch clock, and remember its kind as the one
 * to offer first next time. Runs inside the caller's read-write transaction over contacts, touches
 * and settings.
 */
async function recordTouch(db: KakehashiDb, contact: Contact, input: TouchInput, lastContactAt: number, now: number): Promise<Touch> {
  const touch: Touch = {
    contactId: contact.id,
    kind: input.kind,
    at: input.at,
    ...(input.note ? { note: input.note } : {}),
    ...(input.otherId ? { otherId: input.otherId } : {}),
    industry: contact.industry,
  };
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

/**
 * After a touch is edited or deleted: the last contact becomes the latest touch left (none: never
 * contacted) and the next due date follows. Runs inside the caller's transaction.
 */
async function recomputeLastContact(db: KakehashiDb, contact: Contact, now: number): Promise<Contact> {
  const latest = await db.touches.where('[contactId+at]').between([contact.id, -Infinity], [contact.id, Infinity]).last();
  return saveContact(db, contact, now, (c) => {
    c.lastContactAt = latest?.at ?? null;
  });
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
    const next: Touch = { id: touch.id!, contactId, kind: input.kind, at: input.at, industry: contact.industry, ...(touch.otherId ? { otherId: touch.otherId } : {}) };
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

/**
 * An introduction between two tracked people: an `introduced` touch on each one's timeline, each
 * naming the other, in one transaction (it counts as a give to both).
 */
export async function logIntroduction(db: KakehashiDb, a: ContactId, b: ContactId, at: number, now: number, note?: string): Promise<[Touch, Touch]> {
  if (a === b) throw new StoreError('invalid', 'An introduction needs two different people.');
  return db.transaction('rw', db.contacts, db.touches, db.settings, async () => {
    const [first, second] = await db.contacts.bulkGet([a, b]);
    if (!first || !second) throw new StoreError('not-found', 'That person is no longer in your contacts.');
    const input = (otherId: ContactId): TouchInput => ({ kind: 'introduced', at, otherId, ...(note ? { note } : {}) });
    const one = await recordTouch(db, first, input(b), Math.max(first.lastContactAt ?? -Infinity, at), now);
    const two = await recordTouch(db, second, input(a), Math.max(second.lastContactAt ?? -Infinity, at), now);
    return [one, two];
  });
}

/**
 * After the user sets a person's industry, their touches count under it (the industry on each touch
 * only spares Insights a read of the contact). Runs inside the caller's transaction over touches.
 */
export async function restampTouchIndustry(db: KakehashiDb, contactId: ContactId, industry: string | null): Promise<void> {
  await db.touches
    .where('contactId')
    .equals(contactId)
    .filter((t) => (t.industry ?? null) !== industry)
    .modify((t) => {
      t.industry = industry;
    });
}
