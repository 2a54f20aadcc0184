/**
 * Contact repository. A contact is created only when the user saves something about a person
 * (DESIGN.md, "Data"); visiting a profile only refreshes a contact that already exists.
 */
import { classifyIndustry } from '../domain/classify-industry';
import { computeNextDueAt } from '../domain/cadence';
import { blankContact, contactIdOf, sameUserFields, type Contact, type ContactId, type Note, type ProfileKey, type ProfileSnapshot, type Settings, type Touch, type TouchKind } from '../model';
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
  /** The kind of the user's last logged touch, which the panel offers first. */
  lastTouchKind: TouchKind;
}

/**
 * The contact a key names: its own id, else the record that keeps the id as an alias (an old X
 * handle, a LinkedIn member id, a merged-away duplicate), so an old URL still finds the person.
 */
export async function findContact(db: KakehashiDb, id: ContactId): Promise<Contact | undefined> {
  return (await db.contacts.get(id)) ?? (await db.contacts.where('aliases').equals(id).first());
}

/**
 * A contact with its notes (newest first) and latest touches; `contact` is null when not tracked.
 * Found by alias, `contact.id` is not the key's id: the panel then says the handle changed.
 */
export async function getContactView(db: KakehashiDb, key: ProfileKey, touchLimit = 20): Promise<ContactView> {
  return db.transaction('r', [db.contacts, db.notes, db.touches, db.settings], async () => {
    const { defaultCadenceDays, tagCadences, quietMode, lastTouchKind } = await getSettings(db);
    const contact = (await findContact(db, contactIdOf(key))) ?? null;
    if (!contact) return { contact, notes: [], touches: [], defaultCadenceDays, tagCadences, quietMode, lastTouchKind };
    const id = contact.id;
    const notes = await db.notes.where('contactId').equals(id).toArray();
    notes.sort((a, b) => b.createdAt - a.createdAt || (b.id ?? 0) - (a.id ?? 0));
    const touches = await db.touches
      .where('[contactId+at]')
      .between([id, -Infinity], [id, Infinity])
      .reverse()
      .limit(touchLimit)
      .toArray();
    return { contact, notes, touches, defaultCadenceDays, tagCadences, quietMode, lastTouchKind };
  });
}

/** A fresh contact record for a profile key, details from the snapshot where it has them. */
export function newContact(snapshot: ProfileKey & Partial<ProfileSnapshot>, now: number): Contact {
  const contact = blankContact(snapshot, now);
  applyDetails(contact, snapshot);
  applyIds(contact, snapshot);
  return contact;
}

/**
 * Keeps the stable ids the page showed (messages strip them unless the sender may vouch for them,
 * identity.ts): the X user id once, the LinkedIn member id as an alias.
 */
function applyIds(contact: Contact, snapshot: Partial<ProfileSnapshot>): void {
  if (contact.site === 'x' && snapshot.xUserId && !contact.xUserId) contact.xUserId = snapshot.xUserId;
  if (contact.site === 'linkedin' && snapshot.memberId) {
    const alias = contactIdOf({ site: 'linkedin', handle: snapshot.memberId });
    if (alias !== contact.id && !(contact.aliases ?? []).includes(alias)) contact.aliases = [...(contact.aliases ?? []), alias];
  }
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

/**
 * The one way a changed contact is written: applies `edit`, stamps `updatedAt`, stamps
 * `userEditedAt` when the edit changed one of the user's own fields (`USER_FIELDS`; re-sending the
 * same value does not, so it cannot outrank an edit made elsewhere), and recomputes the derived
 * `nextDueAt`. Runs inside the caller's read-write transaction over contacts and settings.
 */
export async function saveContact(db: KakehashiDb, contact: Contact, now: number, edit: (contact: Contact) => void = () => undefined): Promise<Contact> {
  const before: Contact = { ...contact, tags: [...contact.tags] };
  edit(contact);
  contact.updatedAt = now;
  if (!sameUserFields(before, contact)) contact.userEditedAt = now;
  contact.nextDueAt = computeNextDueAt(contact, await getSettings(db));
  await db.contacts.put(contact);
  return contact;
}

/**
 * Returns the contact for a snapshot, creating it (with details) when absent; the caller saves it
 * (`saveContact`) inside the same read-write transaction, so creation and the caller's change land
 * together or not at all.
 */
export async function ensureContact(db: KakehashiDb, snapshot: ProfileKey & Partial<ProfileSnapshot>, now: number): Promise<Contact> {
  const id = contactIdOf(snapshot);
  const existing = await findContact(db, id);
  const contact = existing ?? newContact(snapshot, now);
  // Found by an alias (an old URL, a merged record of the other site): the page is not the record's
  // own, so its details are not read.
  if (existing?.id === id) {
    applyDetails(contact, snapshot);
    applyIds(contact, snapshot);
  }
  return contact;
}

/**
 * Records a profile visit: refreshes the stored details when the page shows newer values. Never
 * creates a contact (merely visiting stores nothing new). Returns the contact or null.
 */
export async function recordVisit(db: KakehashiDb, snapshot: ProfileSnapshot, now: number): Promise<Contact | null> {
  return db.transaction('rw', db.contacts, db.settings, async () => {
    const contact = await findContact(db, contactIdOf(snapshot));
    if (!contact) return null;
    // Another account that took over a handle: its page says nothing about the stored person.
    if (contact.xUserId && snapshot.xUserId && contact.xUserId !== snapshot.xUserId) return contact;
    if (contact.site === snapshot.site) {
      if (applyDetails(contact, snapshot)) contact.updatedAt = now;
      applyIds(contact, snapshot);
    }
    contact.lastVisitedAt = now;
    await db.contacts.put(contact);
    return contact;
  });
}

/** Starts tracking a person without any note or touch ("Track"). */
export async function trackContact(db: KakehashiDb, snapshot: ProfileSnapshot, now: number): Promise<Contact> {
  return db.transaction('rw', db.contacts, db.settings, async () => {
    return saveContact(db, await ensureContact(db, snapshot, now), now);
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
