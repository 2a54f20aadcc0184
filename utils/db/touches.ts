import type { Contact, ContactId, ProfileSnapshot, Touch, TouchKind } from '../model';
import { ensureContact, withNextDue } from './contacts';
import { StoreError } from './errors';
import type { KakehashiDb } from './schema';

export interface TouchInput {
  kind: TouchKind;
  at: number;
  note?: string;
  /** `introduced`: the other person (see `logIntroduction`). */
  otherId?: ContactId;
}

/**
 * The one way a touch is recorded (panel, hand-set date, popup "Done"): store it, move the last
 * contact, end any snooze (the user just acted) and restart the keep-in-touch clock. Runs inside
 * the caller's read-write transaction over contacts, touches and settings.
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
