/**
 * Contact repository. A contact is created only when the user saves something about a person
 * (DESIGN.md, "Data"); visiting a profile only refreshes a contact that already exists.
 */
import { classifyIndustry } from '../domain/classify-industry';
import { computeNextDueAt } from '../domain/cadence';
import { blankContact, contactIdOf, type Contact, type ContactId, type Note, type ProfileKey, type ProfileSnapshot, type Settings, type Touch } from '../model';
import type { KakehashiDb } from './schema';
import { getSettings } from './settings';

/** The details a site adapter can refresh on a contact. */
const DETAIL_FIELDS = ['name', 'headline', 'company', 'location', 'avatarUrl'] as const;

export interface ContactView {
  contact: Contact | null;
  notes: Note[];
  touches: Touch[];
  /** The settings' default cadence, which a contact with `cadenceDays: null` follows. */
  defaultCadenceDays: number;
  /** The settings' per-tag default cadences, which such a contact follows before the default. */
  tagCadences: Settings['tagCadences'];
  /** Quiet mode hides the panel on LinkedIn (DESIGN.md, "The panel"). */
  quietMode: boolean;
}

/** A contact with its notes (newest first) and latest touches; `contact` is null when not tracked. */
export async function getContactView(db: KakehashiDb, key: ProfileKey, touchLimit = 20): Promise<ContactView> {
  const id = contactIdOf(key);
  return db.transaction('r', [db.contacts, db.notes, db.touches, db.settings], async () => {
    const { defaultCadenceDays, tagCadences, quietMode } = await getSettings(db);
    const contact = (await db.contacts.get(id)) ?? null;
    if (!contact) return { contact, notes: [], touches: [], defaultCadenceDays, tagCadences, quietMode };
    const notes = await db.notes.where('contactId').equals(id).toArray();
    notes.sort((a, b) => b.createdAt - a.createdAt || (b.id ?? 0) - (a.id ?? 0));
    const touches = await db.touches
      .where('[contactId+at]')
      .between([id, -Infinity], [id, Infinity])
      .reverse()
      .limit(touchLimit)
      .toArray();
    return { contact, notes, touches, defaultCadenceDays, tagCadences, quietMode };
  });
}

/** A fresh contact record for a profile key, details from the snapshot where it has them. */
export function newContact(snapshot: ProfileKey & Partial<ProfileSnapshot>, now: number): Contact {
  const contact = blankContact(snapshot, now);
  applyDetails(contact, snapshot);
  return contact;
}

/** Copies the details the page shows onto the contact; returns whether anything changed. */
function applyDetails(contact: Contact, snapshot: Partial<ProfileSnapshot>): boolean {
  let changed = false;
  for (const field of DETAIL_FIELDS) {
    const value = snapshot[field];
    if (value && value !== contact[field]) {
      contact[field] = value;
      changed = true;
    }
  }
  if (changed && contact.industrySource !== 'manual') {
    const guess = classifyIndustry({ headline: contact.headline, company: contact.company, bio: null });
    if (guess) {
      contact.industry = guess.industry;
      contact.industrySource = 'auto';
    }
  }
  return changed;
}

/** Recomputes the derived `nextDueAt` (must run inside a transaction that covers settings). */
export async function withNextDue(db: KakehashiDb, contact: Contact): Promise<Contact> {
  contact.nextDueAt = computeNextDueAt(contact, await getSettings(db));
  return contact;
}

/**
 * Returns the contact for a snapshot, creating it (with details) when absent. Runs inside the
 * caller's read-write transaction so creation and the caller's save land together or not at all.
 */
export async function ensureContact(
  db: KakehashiDb,
  snapshot: ProfileKey & Partial<ProfileSnapshot>,
  now: number,
): Promise<Contact> {
  const existing = await db.contacts.get(contactIdOf(snapshot));
  const contact = existing ?? newContact(snapshot, now);
  if (existing) applyDetails(contact, snapshot);
  contact.updatedAt = now;
  return withNextDue(db, contact);
}

/**
 * Records a profile visit: refreshes the stored details when the page shows newer values. Never
 * creates a contact (merely visiting stores nothing new). Returns the contact or null.
 */
export async function recordVisit(db: KakehashiDb, snapshot: ProfileSnapshot, now: number): Promise<Contact | null> {
  return db.transaction('rw', db.contacts, db.settings, async () => {
    const contact = await db.contacts.get(contactIdOf(snapshot));
    if (!contact) return null;
    if (applyDetails(contact, snapshot)) contact.updatedAt = now;
    contact.lastVisitedAt = now;
    await db.contacts.put(contact);
    return contact;
  });
}

/** Starts tracking a person without any note or touch ("Track"). */
export async function trackContact(db: KakehashiDb, snapshot: ProfileSnapshot, now: number): Promise<Contact> {
  return db.transaction('rw', db.contacts, db.settings, async () => {
    const contact = await ensureContact(db, snapshot, now);
    await db.contacts.put(contact);
    return contact;
  });
}

/** Contacts by most recent update, for the popup's list. Reads only `limit` records. */
export async function listRecentContacts(db: KakehashiDb, limit: number, offset = 0): Promise<Contact[]> {
  return db.contacts.orderBy('updatedAt').reverse().offset(offset).limit(limit).toArray();
}

/** Deletes a contact with its notes, touches and suggestion history. */
export async function deleteContact(db: KakehashiDb, id: ContactId): Promise<void> {
  await db.transaction('rw', [db.contacts, db.notes, db.touches, db.suggestionLog], async () => {
    await db.notes.where('contactId').equals(id).delete();
    await db.touches.where('contactId').equals(id).delete();
    await db.suggestionLog.where('contactId').equals(id).delete();
    await db.contacts.delete(id);
  });
}
