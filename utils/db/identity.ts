/**
 * One record per person across handle changes (DESIGN.md, "Data": `aliases`, `xUserId`).
 *
 * A record is keyed by the handle in the URL, but a handle is not a person: X handles can be
 * renamed, and LinkedIn links some profiles by member id (`/in/ACoAA…`) instead of the vanity slug.
 * The site adapters report the id that does not change when the page shows it (`xUserId`,
 * `memberId`); here that id folds an older record into the current key, in ONE transaction that
 * moves every note, touch and suggestion-log row (the search index follows through its middleware),
 * and keeps the older id as an alias so the old URL still finds the person.
 *
 * Who may cause that: only a content script in a tab of the snapshot's own site (the background
 * establishes it from the sender, never from the payload), and on X only for a record whose stored
 * `xUserId` is the one the page shows. Anything else has the ids stripped and changes nothing.
 */
import { contactIdOf, profileUrlOf, USER_FIELDS, type Contact, type ContactId, type ProfileSnapshot, type Site } from '../model';
import { LIMITS } from '../limits';
import { saveContact } from './contacts';
import type { KakehashiDb } from './schema';

/** Where a snapshot came from, as the background established it. */
export interface SnapshotSource {
  kind: 'content' | 'extension';
  /** The site of the sending tab (content scripts), or null. */
  site?: Site | null;
}

export interface Identified {
  /** The snapshot to write with: its ids kept only when the source may vouch for them. */
  profile: ProfileSnapshot;
  /** The earlier id of a record this call just moved to the snapshot's key (a renamed handle, a member id). */
  renamedFrom: ContactId | null;
}

/** A snapshot without the ids a page reported (for an untrusted source). */
function withoutIds(profile: ProfileSnapshot): ProfileSnapshot {
  const { xUserId: _x, memberId: _m, ...rest } = profile;
  return rest;
}

/**
 * Checks whether the page's stable id names an older record of the same person, and if so moves
 * that record to the snapshot's key (see the module comment). Call before a write with a snapshot;
 * the write then stores the ids on the record (contacts.ts `applyIds`).
 */
export async function identifyProfile(db: KakehashiDb, profile: ProfileSnapshot, source: SnapshotSource, now: number): Promise<Identified> {
  const trusted = source.kind === 'content' && source.site === profile.site;
  if (!trusted) return { profile: withoutIds(profile), renamedFrom: null };
  if (!profile.xUserId && !profile.memberId) return { profile, renamedFrom: null };
  const id = contactIdOf(profile);
  const renamedFrom = await db.transaction('rw', [db.contacts, db.notes, db.touches, db.suggestionLog, db.settings], async () => {
    const current = await db.contacts.get(id);
    const older = await olderRecord(db, profile, id);
    if (!older) return null;
    await foldInto(db, older, profile, current, now);
    return older.id;
  });
  return { profile, renamedFrom };
}

/** The other record the page's stable id names, if any. */
async function olderRecord(db: KakehashiDb, profile: ProfileSnapshot, id: ContactId): Promise<Contact | undefined> {
  if (profile.site === 'linkedin' && profile.memberId) {
    const older = await db.contacts.get(contactIdOf({ site: 'linkedin', handle: profile.memberId }));
    return older && older.id !== id ? older : undefined;
  }
  if (profile.site === 'x' && profile.xUserId) {
    const matches = await db.contacts.where('xUserId').equals(profile.xUserId).toArray();
    return matches.find((c) => c.site === 'x' && c.id !== id);
  }
  return undefined;
}

function addAlias(aliases: readonly ContactId[] | undefined, alias: ContactId, own: ContactId): ContactId[] {
  const next = [...new Set([...(aliases ?? []), alias])].filter((a) => a !== own);
  return next.slice(-LIMITS.aliases);
}

/**
 * Moves `older` to the snapshot's key: into `current` when that record exists too (field by field,
 * as a restore merges), else as the same record under the new key. Notes, touches and suggestion
 * rows are deleted and re-added with their ids, so the search index drops the old key's rows.
 */
async function foldInto(db: KakehashiDb, older: Contact, profile: ProfileSnapshot, current: Contact | undefined, now: number): Promise<void> {
  const id = contactIdOf(profile);
  const base: Contact = current ? mergeSamePerson(current, older) : { ...older, id, site: profile.site, handle: profile.handle, url: profileUrlOf(profile) };
  const aliases = addAlias([...(base.aliases ?? []), ...(older.aliases ?? [])], older.id, id);
  const merged: Contact = { ...base, aliases, xUserId: profile.xUserId ?? base.xUserId ?? older.xUserId ?? null, updatedAt: now };
  if (!merged.xUserId) delete merged.xUserId;

  const notes = await db.notes.where('contactId').equals(older.id).toArray();
  const touches = await db.touches.where('contactId').equals(older.id).toArray();
  const log = await db.suggestionLog.where('contactId').equals(older.id).toArray();
  await db.notes.bulkDelete(notes.map((n) => n.id!));
  await db.touches.bulkDelete(touches.map((t) => t.id!));
  await db.suggestionLog.bulkDelete(log.map((l) => l.id!));
  await db.contacts.delete(older.id);
  await db.notes.bulkPut(notes.map((n) => ({ ...n, contactId: id })));
  await db.touches.bulkPut(touches.map((t) => ({ ...t, contactId: id })));
  await db.suggestionLog.bulkPut(log.map((l) => ({ ...l, contactId: id })));
  await saveContact(db, merged, now);
}

/** Two records of one person: the user's own fields from the one edited last, tags and dates combined. */
function mergeSamePerson(current: Contact, older: Contact): Contact {
  const edited = (older.userEditedAt ?? -Infinity) > (current.userEditedAt ?? -Infinity) ? older : current;
  const merged: Contact = { ...current };
  for (const field of USER_FIELDS) (merged as unknown as Record<string, unknown>)[field] = edited[field];
  merged.tags = [...new Set([...edited.tags, ...current.tags, ...older.tags])];
  for (const field of ['name', 'headline', 'company', 'location', 'avatarUrl', 'connectedAt'] as const) {
    (merged as unknown as Record<string, unknown>)[field] = current[field] ?? older[field];
  }
  const later = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));
  merged.lastContactAt = later(current.lastContactAt, older.lastContactAt);
  merged.lastVisitedAt = later(current.lastVisitedAt, older.lastVisitedAt);
  merged.userEditedAt = later(current.userEditedAt, older.userEditedAt);
  merged.createdAt = Math.min(current.createdAt, older.createdAt);
  return merged;
}
