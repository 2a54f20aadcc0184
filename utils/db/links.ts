/**
 * "Same person as…" (DESIGN.md, "Data": `personId`): one person's LinkedIn and X records linked.
 * Linked records share one `personId`, show one timeline, share their last contact (a touch on
 * either moves both), and count as one person in suggestions and the due count (suggest.ts, due.ts).
 * Linking is one of the user's own edits, so it stamps `userEditedAt`.
 */
import { computeNextDueAt } from '../domain/cadence';
import type { Contact, ContactId, Note, ProfileKey, Touch } from '../model';
import { findContact, type ContactView } from './contacts';
import { StoreError } from './errors';
import type { KakehashiDb } from './schema';
import { getSettings } from './settings';

/** The other records of the same person (empty when `contact` is not linked). */
export async function linkedRecords(db: KakehashiDb, contact: Pick<Contact, 'id' | 'personId'>): Promise<Contact[]> {
  if (!contact.personId) return [];
  const all = await db.contacts.where('personId').equals(contact.personId).toArray();
  return all.filter((c) => c.id !== contact.id);
}

/** A new person id: random, so two devices' links never collide in a restore's merge. */
function newPersonId(): string {
  return `p:${crypto.randomUUID()}`;
}

/**
 * Links two records as the same person. Both take one `personId` (either's existing one, so a third
 * record already linked to one of them stays linked) and the later of their last contacts.
 */
export async function linkContacts(db: KakehashiDb, a: ContactId, b: ContactId, now: number): Promise<Contact[]> {
  if (a === b) throw new StoreError('invalid', 'A record cannot be linked to itself.');
  return db.transaction('rw', db.contacts, db.settings, async () => {
    const [first, second] = await db.contacts.bulkGet([a, b]);
    if (!first || !second) throw new StoreError('not-found', 'That person is no longer in your contacts.');
    const personId = first.personId ?? second.personId ?? newPersonId();
    const group = new Map<ContactId, Contact>([[first.id, first], [second.id, second]]);
    for (const old of [first.personId, second.personId]) {
      if (old) for (const c of await db.contacts.where('personId').equals(old).toArray()) if (!group.has(c.id)) group.set(c.id, c);
    }
    const members = [...group.values()];
    const lastContactAt = latest(members.map((c) => c.lastContactAt));
    const { defaultCadenceDays } = await getSettings(db);
    for (const c of members) {
      c.personId = personId;
      c.lastContactAt = lastContactAt;
      c.nextDueAt = computeNextDueAt(c, defaultCadenceDays);
      c.updatedAt = now;
      c.userEditedAt = now;
    }
    await db.contacts.bulkPut(members);
    return members;
  });
}

/** Unlinks a record from its person; each record keeps the last contact it had. */
export async function unlinkContact(db: KakehashiDb, id: ContactId, now: number): Promise<void> {
  await db.transaction('rw', db.contacts, async () => {
    const contact = await db.contacts.get(id);
    if (!contact?.personId) return;
    const others = await linkedRecords(db, contact);
    contact.personId = null;
    contact.updatedAt = now;
    contact.userEditedAt = now;
    // A person of one record is no longer a link: the last one left is unlinked too.
    const rest = others.length === 1 ? others.map((c) => ({ ...c, personId: null, updatedAt: now, userEditedAt: now })) : [];
    await db.contacts.bulkPut([contact, ...rest]);
  });
}

function latest(times: ReadonlyArray<number | null>): number | null {
  const known = times.filter((t): t is number => t !== null);
  return known.length ? Math.max(...known) : null;
}

/**
 * After a touch moved `contact`'s last contact: the person's other records take it too (never
 * moving one backwards), with their next due recomputed. Runs inside the caller's read-write
 * transaction over contacts and settings (touches.ts `recordTouch`).
 */
export async function shareLastContact(db: KakehashiDb, contact: Contact): Promise<void> {
  if (!contact.personId || contact.lastContactAt === null) return;
  const others = await linkedRecords(db, contact);
  const behind = others.filter((c) => c.lastContactAt === null || c.lastContactAt < contact.lastContactAt!);
  if (!behind.length) return;
  const { defaultCadenceDays } = await getSettings(db);
  for (const c of behind) {
    c.lastContactAt = contact.lastContactAt;
    c.nextDueAt = computeNextDueAt(c, defaultCadenceDays);
    c.updatedAt = contact.updatedAt;
  }
  await db.contacts.bulkPut(behind);
}

export interface PersonView extends ContactView {
  /** The person's other records (LinkedIn / X), linked by "same person as…". */
  linked: Contact[];
}

/**
 * What the People page shows of a person: the record with its linked records' notes and touches in
 * one timeline (newest first). Each note and touch keeps its own `contactId`.
 *
 * The usual case — the key is the record's own id — is one round of reads issued together (the
 * settings, the record, its notes and its latest touches), not one after another: opening a person
 * waited for four reads in turn. A record found by an alias, or linked to others, reads the rest
 * after.
 */
export async function getPersonView(db: KakehashiDb, key: ProfileKey, touchLimit: number): Promise<PersonView> {
  return db.transaction('r', [db.contacts, db.notes, db.touches, db.settings], async () => {
    const id: ContactId = `${key.site}:${key.handle}`;
    const notesOf = (of: ContactId) => db.notes.where('contactId').equals(of).toArray();
    const touchesOf = (of: ContactId) => db.touches.where('[contactId+at]').between([of, -Infinity], [of, Infinity]).reverse().limit(touchLimit).toArray();
    const [settings, own, ownNotes, ownTouches] = await Promise.all([getSettings(db), db.contacts.get(id), notesOf(id), touchesOf(id)]);
    const { defaultCadenceDays, tagCadences, quietMode, lastTouchKind } = settings;
    const contact = own ?? (await findContact(db, id)) ?? null;
    if (!contact) return { contact, notes: [], touches: [], linked: [], defaultCadenceDays, tagCadences, quietMode, lastTouchKind };
    const linked = await linkedRecords(db, contact);
    const rest = [...(own ? [] : [contact.id]), ...linked.map((c) => c.id)];
    const more = await Promise.all(rest.map((other) => Promise.all([notesOf(other), touchesOf(other)])));
    const notes: Note[] = [...(own ? ownNotes : []), ...more.flatMap(([n]) => n)];
    const touches: Touch[] = [...(own ? ownTouches : []), ...more.flatMap(([, t]) => t)];
    notes.sort((a, b) => b.createdAt - a.createdAt || (b.id ?? 0) - (a.id ?? 0));
    touches.sort((a, b) => b.at - a.at || (b.id ?? 0) - (a.id ?? 0));
    return { contact, notes, touches: touches.slice(0, touchLimit), linked, defaultCadenceDays, tagCadences, quietMode, lastTouchKind };
  });
}
