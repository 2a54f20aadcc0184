/**
 * Database side of the People page's filters (utils/domain/people-filter.ts): which contacts pass.
 * Candidates come through the narrowest index a filter offers — a tag (multi-entry `tags`), an
 * industry, the stored spellings of a region, or a range of `nextDueAt` / `lastContactAt` — and only they are read and checked; a
 * filter no index serves (site, snoozed, cadence, imported) reads the table once.
 */
import { matchesFilters, NO_INDUSTRY, statusRange, type PeopleFilters } from '../domain/people-filter';
import type { Contact, ContactId } from '../model';
import { spellingsOf } from './regions';
import type { KakehashiDb } from './schema';

type Candidates = { count: () => Promise<number>; toArray: () => Promise<Contact[]> };

/** The indexed reads a set of filters allows, each a superset of the answer. */
function indexedReads(db: KakehashiDb, f: PeopleFilters, now: number, regionSpellings: string[] | null): Candidates[] {
  const reads: Candidates[] = [];
  if (regionSpellings) {
    // A fresh collection per call: Dexie's `anyOf` walks its keys with state kept in the
    // collection, so counting it first would leave `toArray` with the rest only.
    const ofRegion = () => db.contacts.where('region').anyOf(regionSpellings);
    reads.push({ count: () => ofRegion().count(), toArray: () => ofRegion().toArray() });
  }
  if (f.tag !== null) reads.push(db.contacts.where('tags').equals(f.tag));
  if (f.industry !== null && f.industry !== NO_INDUSTRY) reads.push(db.contacts.where('industry').equals(f.industry));
  const range = statusRange(f, now);
  if (range) {
    const where = db.contacts.where(range.index);
    reads.push(range.upper !== undefined ? where.belowOrEqual(range.upper) : where.aboveOrEqual(range.lower!));
  }
  return reads;
}

/** The ids of the contacts that pass every filter that is set. */
export async function filterPeople(db: KakehashiDb, f: PeopleFilters, now: number, signal?: AbortSignal): Promise<Set<ContactId>> {
  return db.transaction('r', db.contacts, async () => {
    const reads = indexedReads(db, f, now, f.region === null ? null : await spellingsOf(db, f.region));
    let source: Candidates = db.contacts.toCollection();
    if (reads.length) {
      // The smallest candidate set: counting a key range reads no records.
      const counts = await Promise.all(reads.map((r) => r.count()));
      source = reads[counts.indexOf(Math.min(...counts))]!;
    }
    signal?.throwIfAborted();
    const candidates = await source.toArray();
    signal?.throwIfAborted();
    return new Set(candidates.filter((c) => matchesFilters(c, f, now)).map((c) => c.id));
  });
}
