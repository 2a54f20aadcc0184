/**
 * Likely duplicates (DESIGN.md, "The People page"): the same name and company on LinkedIn and X,
 * the same member under an old and a new slug, and two records of one site linked to the same
 * person. Found in ONE pass over the book, grouped by a normalised name key (no pair-wise scan of
 * the whole book); only records inside one small group are compared.
 *
 * Each pair can be linked ("same person", links.ts), merged (`mergeContacts`: every note, touch and
 * tag kept, the merged-away id kept as an alias so its old URL still opens the person), or dismissed
 * ("not the same", remembered in `duplicateDismissals` and never proposed again).
 */
import { foldText } from '../domain/search-text';
import { computeNextDueAt } from '../domain/cadence';
import { LIMITS } from '../limits';
import type { Contact, ContactId } from '../model';
import { StoreError } from './errors';
import type { KakehashiDb } from './schema';
import { getSettings } from './settings';
import type { UndoSnapshot } from './undo';

export type DuplicateReason = 'across-sites' | 'same-site' | 'linked-twice';

export interface DuplicatePair {
  /** The record to keep in a merge: the one updated most recently. */
  keep: Contact;
  /** The record a merge folds into `keep`. */
  away: Contact;
  reason: DuplicateReason;
}

/** Contacts read per chunk of the one pass. */
const READ_CHUNK = 5_000;
/** A name shared by more records than this (e.g. one letter) is too common to mean the same person. */
const MAX_GROUP = 25;

/** Name or company folded (width, kana, case, accents) with spaces and punctuation removed. */
export function nameKey(text: string | null): string {
  return text ? foldText(text.normalize('NFKC')).replace(/[\s\p{P}\p{S}]+/gu, '') : '';
}

/** The order-free key of a pair, as `duplicateDismissals` stores it. */
export function pairKey(a: ContactId, b: ContactId): string {
  return a < b ? `${a} ${b}` : `${b} ${a}`;
}

function reasonOf(a: Contact, b: Contact): DuplicateReason | null {
  if (a.personId !== null && a.personId === b.personId) return a.site === b.site ? 'linked-twice' : null;
  const ca = nameKey(a.company);
  const cb = nameKey(b.company);
  // X shows no company: a missing one does not tell two people apart, a different one does.
  if (ca && cb && ca !== cb) return null;
  return a.site === b.site ? 'same-site' : 'across-sites';
}

function ordered(a: Contact, b: Contact, reason: DuplicateReason): DuplicatePair {
  const aFirst = a.updatedAt > b.updatedAt || (a.updatedAt === b.updatedAt && a.id < b.id);
  return aFirst ? { keep: a, away: b, reason } : { keep: b, away: a, reason };
}

function pushTo(groups: Map<string, Contact[]>, key: string, contact: Contact): void {
  const group = groups.get(key);
  if (group) group.push(contact);
  else groups.set(key, [contact]);
}

/** Every likely duplicate pair not dismissed, in a stable order (by the kept record's id). */
export async function findDuplicates(db: KakehashiDb): Promise<DuplicatePair[]> {
  return db.transaction('r', db.contacts, db.duplicateDismissals, async () => {
    const dismissed = new Set(await db.duplicateDismissals.toCollection().primaryKeys());
    const byName = new Map<string, Contact[]>();
    const byPerson = new Map<string, Contact[]>();
    let after: ContactId | null = null;
    for (;;) {
      const chunk: Contact[] = await (after === null ? db.contacts.orderBy(':id') : db.contacts.where(':id').above(after)).limit(READ_CHUNK).toArray();
      for (const c of chunk) {
        const key = nameKey(c.name);
        if (key) pushTo(byName, key, c);
        if (c.personId) pushTo(byPerson, c.personId, c);
      }
      if (chunk.length < READ_CHUNK) break;
      after = chunk.at(-1)!.id;
    }
    const pairs = new Map<string, DuplicatePair>();
    const consider = (group: Contact[]) => {
      if (group.length < 2 || group.length > MAX_GROUP) return;
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) {
          const a = group[i]!;
          const b = group[j]!;
          const key = pairKey(a.id, b.id);
          if (pairs.has(key) || dismissed.has(key)) continue;
          const reason = reasonOf(a, b);
          if (reason) pairs.set(key, ordered(a, b, reason));
        }
      }
    };
    for (const group of byName.values()) consider(group);
    for (const group of byPerson.values()) consider(group);
    return [...pairs.values()].sort((x, y) => (x.keep.id < y.keep.id ? -1 : x.keep.id > y.keep.id ? 1 : x.away.id < y.away.id ? -1 : 1));
  });
}

/** "Not the same": this pair is never proposed again. */
export async function dismissDuplicate(db: KakehashiDb, a: ContactId, b: ContactId, now: number): Promise<void> {
  await db.duplicateDismissals.put({ pair: pairKey(a, b), at: now });
}

const firstOf = <T>(a: T | null, b: T | null): T | null => (a !== null ? a : b);
const maxOf = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));
const minOf = (a: number, b: number) => Math.min(a, b);

/**
 * Merges `awayId` into `keepId` in one transaction: `away`'s notes, touches and suggestion history
 * move to `keep`; tags are united; `keep`'s own fields win where set, else `away`'s; the later last
 * contact and visit, the earlier creation; `away`'s id and aliases become `keep`'s aliases (a visit
 * to the old URL opens `keep`: contacts.ts `findContact`); `away` is deleted. Returns the merged
 * `keep` and what undo (undo.ts `restoreSnapshot`) needs to put both records back as they were.
 */
export async function mergeContacts(db: KakehashiDb, keepId: ContactId, awayId: ContactId, now: number): Promise<{ merged: Contact; undo: UndoSnapshot }> {
  if (keepId === awayId) throw new StoreError('invalid', 'A record cannot be merged into itself.');
  return db.transaction('rw', [db.contacts, db.notes, db.touches, db.suggestionLog, db.settings], async () => {
    const [keep, away] = await db.contacts.bulkGet([keepId, awayId]);
    if (!keep || !away) throw new StoreError('not-found', 'That person is no longer in your contacts.');
    const tags = [...new Set([...keep.tags, ...away.tags])];
    if (tags.length > LIMITS.tags) throw new StoreError('invalid', `Together they have more than ${LIMITS.tags} tags; remove some first.`);
    const manualAway = away.industrySource === 'manual' && keep.industrySource !== 'manual';
    const merged: Contact = {
      ...keep,
      name: firstOf(keep.name, away.name),
      headline: firstOf(keep.headline, away.headline),
      company: firstOf(keep.company, away.company),
      location: firstOf(keep.location, away.location),
      avatarUrl: firstOf(keep.avatarUrl, away.avatarUrl),
      industry: manualAway ? away.industry : firstOf(keep.industry, away.industry),
      industrySource: manualAway ? away.industrySource : keep.industry !== null ? keep.industrySource : away.industrySource,
      tags,
      cadenceDays: firstOf(keep.cadenceDays, away.cadenceDays),
      lastContactAt: maxOf(keep.lastContactAt, away.lastContactAt),
      snoozedUntil: maxOf(keep.snoozedUntil, away.snoozedUntil),
      personId: firstOf(keep.personId, away.personId),
      connectedAt: firstOf(keep.connectedAt, away.connectedAt),
      createdAt: minOf(keep.createdAt, away.createdAt),
      lastVisitedAt: maxOf(keep.lastVisitedAt, away.lastVisitedAt),
      aliases: [...new Set([...(keep.aliases ?? []), away.id, ...(away.aliases ?? [])])].filter((id) => id !== keep.id).slice(-LIMITS.aliases),
      updatedAt: now,
      userEditedAt: now,
    };
    const { defaultCadenceDays } = await getSettings(db);
    merged.nextDueAt = computeNextDueAt(merged, defaultCadenceDays);
    // Notes and touches keep their ids; re-added (not updated in place) so the search index's rows,
    // which are keyed by contact, move with them.
    const [notes, touches, log] = await Promise.all([
      db.notes.where('contactId').equals(away.id).toArray(),
      db.touches.where('contactId').equals(away.id).toArray(),
      db.suggestionLog.where('contactId').equals(away.id).toArray(),
    ]);
    await db.notes.bulkDelete(notes.map((n) => n.id!));
    await db.touches.bulkDelete(touches.map((t) => t.id!));
    await db.notes.bulkPut(notes.map((n) => ({ ...n, contactId: keep.id })));
    await db.touches.bulkPut(touches.map((t) => ({ ...t, contactId: keep.id })));
    await db.suggestionLog.bulkPut(log.map((e) => ({ ...e, contactId: keep.id })));
    await db.contacts.delete(away.id);
    await db.contacts.put(merged);
    return { merged, undo: { contacts: [keep, away], notes, touches, suggestionLog: log } };
  });
}
