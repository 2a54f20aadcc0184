/**
 * Database side of the People page's filters (utils/domain/people-filter.ts): which contacts pass.
 *
 * Filters an index answers exactly — each tag (multi-entry `tags`), an industry, the site, "touched
 * within N days" (`lastContactAt`), the stored spellings of a region — are read as primary keys only, smallest first (counting a key
 * range reads no records), and intersected. When nothing else is set, that is the answer and no
 * record is read: `?site=x` or `?tag=a&tag=b` at 100,000 contacts are key reads. Otherwise the
 * candidates' records are read and checked (`matchesFilters`); "due" and "overdue" narrow by
 * `nextDueAt` but need the record for snoozing. A filter no index serves (snoozed, never contacted,
 * reminders off, cadence, imported, not for N days) alone reads the table once.
 */
import { hasFilters, matchesFilters, NO_INDUSTRY, statusRange, type PeopleFilters } from '../domain/people-filter';
import type { Contact, ContactId } from '../model';
import { spellingsOf } from './regions';
import type { KakehashiDb } from './schema';

interface KeyRead {
  count: () => Promise<number>;
  primaryKeys: () => Promise<ContactId[]>;
}

/**
 * Candidates this few are checked record by record rather than intersected with a key read more
 * than `KEY_READ_RATIO` times their number (500 records cost less than 50,000 keys).
 */
const RECORD_CHECK_BELOW = 500;
const KEY_READ_RATIO = 20;

/** The indexed reads a set of filters allows, and the filters none of them answers exactly. */
function indexedReads(db: KakehashiDb, f: PeopleFilters, now: number, regionSpellings: string[] | null): { reads: KeyRead[]; rest: PeopleFilters } {
  const reads: KeyRead[] = [];
  if (regionSpellings) {
    // A fresh collection per call: Dexie's `anyOf` walks its keys with state kept in the
    // collection, so counting it first would leave the key read with the rest only.
    const ofRegion = () => db.contacts.where('region').anyOf(regionSpellings);
    reads.push({ count: () => ofRegion().count(), primaryKeys: () => ofRegion().primaryKeys() });
  }
  const rest: PeopleFilters = { ...f, tags: [] };
  for (const tag of f.tags) reads.push(db.contacts.where('tags').equals(tag));
  if (f.industry !== null && f.industry !== NO_INDUSTRY) {
    reads.push(db.contacts.where('industry').equals(f.industry));
    rest.industry = null;
  }
  if (f.site !== null) {
    reads.push(db.contacts.where('site').equals(f.site));
    rest.site = null;
  }
  const range = statusRange(f, now);
  if (range) {
    const where = db.contacts.where(range.index);
    reads.push(range.upper !== undefined ? where.belowOrEqual(range.upper) : where.aboveOrEqual(range.lower!));
    // `lastContactAt ≥ lower` is "touched within" exactly; a due range still needs the record.
    if (range.index === 'lastContactAt') rest.within = null;
  }
  return { reads, rest };
}


/** The ids of the contacts that pass every filter that is set. */
export async function filterPeople(db: KakehashiDb, f: PeopleFilters, now: number, signal?: AbortSignal): Promise<Set<ContactId>> {
  return db.transaction('r', db.contacts, async () => {
    const { reads, rest } = indexedReads(db, f, now, f.region === null ? null : await spellingsOf(db, f.region));
    if (!reads.length) {
      const all: Contact[] = await db.contacts.toArray();
      signal?.throwIfAborted();
      return new Set(all.filter((c) => matchesFilters(c, f, now)).map((c) => c.id));
    }
    const counts = await Promise.all(reads.map((r) => r.count()));
    signal?.throwIfAborted();
    const order = reads.map((read, i) => ({ read, n: counts[i]! })).sort((a, b) => a.n - b.n);
    let ids = new Set(await order[0]!.read.primaryKeys());
    let intersected = 1;
    for (const { read, n } of order.slice(1)) {
      if (!ids.size || (ids.size < RECORD_CHECK_BELOW && n > KEY_READ_RATIO * ids.size)) break;
      signal?.throwIfAborted();
      const keys = new Set(await read.primaryKeys());
      ids = new Set([...ids].filter((id) => keys.has(id)));
      intersected++;
    }
    signal?.throwIfAborted();
    if (intersected === order.length && !hasFilters(rest)) return ids;
    const candidates = await db.contacts.bulkGet([...ids]);
    signal?.throwIfAborted();
    return new Set(candidates.filter((c): c is Contact => !!c && matchesFilters(c, f, now)).map((c) => c.id));
  });
}
