/**
 * Database side of the People page: the whole book in a chosen order, search through the stored
 * index (utils/db/search-index.ts), and the few rows the list shows at a time.
 *
 * The page keeps one array of contact ids in the current order (read from an index as keys only,
 * no records) and asks for records only for the rows on screen. A search looks each query piece up
 * in the token index (one row per contact) — one range of keys, which are contact ids, never the
 * notes themselves — and intersects the contacts, smallest first.
 * A lookup reads at most `LOOKUP_CAP` keys: a one-letter query that names half the book answers with
 * what it read and says it is partial, instead of walking a million index entries per keystroke.
 * Where the index cannot decide alone (a Japanese run of three or more characters), the candidates'
 * index rows name the very contact, note or touch to check, and only those records are read.
 */
import { MAX_WORD_TOKEN, bigramsOf, parseQuery, textMatchesPiece, type QueryPiece } from '../domain/search-text';
import type { Contact, ContactId, Note, Touch } from '../model';
import type { KakehashiDb } from './schema';
import { partRecord, type PartKey, type SearchKind } from './search-index';

export const PEOPLE_SORTS = ['due', 'last', 'updated', 'name'] as const;
export type PeopleSort = (typeof PEOPLE_SORTS)[number];

/** Index keys read per token lookup. */
export const LOOKUP_CAP = 5_000;
/** Candidates whose texts are read to confirm a match the index alone cannot decide. */
export const CHECK_CAP = 2_000;
/** Contacts read per chunk when ordering by name. */
const NAME_CHUNK = 5_000;

export const sortLabelOf = (c: Pick<Contact, 'name' | 'handle'>) => c.name ?? `@${c.handle}`;

/** Ids in a secondary index's order, then the contacts missing from it (null values are not indexed). */
async function indexOrder(db: KakehashiDb, index: 'nextDueAt' | 'lastContactAt' | 'updatedAt', reverse: boolean): Promise<ContactId[]> {
  const [ordered, all] = await Promise.all([db.contacts.orderBy(index).primaryKeys(), db.contacts.toCollection().primaryKeys()]);
  if (reverse) ordered.reverse();
  if (ordered.length === all.length) return ordered;
  const seen = new Set(ordered);
  for (const id of all) if (!seen.has(id)) ordered.push(id);
  return ordered;
}

async function nameOrder(db: KakehashiDb, collator: Intl.Collator): Promise<ContactId[]> {
  const labels: Array<[ContactId, string]> = [];
  let after: ContactId | null = null;
  for (;;) {
    const chunk: Contact[] = await (after === null ? db.contacts.orderBy(':id') : db.contacts.where(':id').above(after)).limit(NAME_CHUNK).toArray();
    for (const c of chunk) labels.push([c.id, sortLabelOf(c)]);
    if (chunk.length < NAME_CHUNK) break;
    after = chunk.at(-1)!.id;
  }
  labels.sort((a, b) => collator.compare(a[1], b[1]) || (a[0] < b[0] ? -1 : 1));
  return labels.map(([id]) => id);
}

const INDEX_OF_SORT = { due: 'nextDueAt', last: 'lastContactAt', updated: 'updatedAt' } as const;

/**
 * The first `limit` ids in the order of `sort` and how many contacts there are: what the first
 * screen needs. Two bounded reads (a range of the sort's index, keys only, and a count) instead of
 * every key and record, so the page paints at once at 100,000 contacts and reads the whole order
 * (`listPeopleIds`) after. People without a value in the index come last, in id order, exactly as
 * `listPeopleIds` puts them. Name order has no index: it is the whole sort, sliced.
 */
export async function firstPeopleIds(db: KakehashiDb, sort: PeopleSort, limit: number, collator: Intl.Collator): Promise<{ ids: ContactId[]; total: number }> {
  if (sort === 'name') {
    const ids = await listPeopleIds(db, sort, collator);
    return { ids: ids.slice(0, limit), total: ids.length };
  }
  const index = INDEX_OF_SORT[sort];
  return db.transaction('r', db.contacts, async () => {
    const ordered = db.contacts.orderBy(index);
    const [total, ids] = await Promise.all([db.contacts.count(), (sort === 'due' ? ordered : ordered.reverse()).limit(limit).primaryKeys()]);
    if (ids.length < limit && ids.length < total) {
      ids.push(...(await db.contacts.filter((c) => c[index] === null || c[index] === undefined).limit(limit - ids.length).primaryKeys()));
    }
    return { ids, total };
  });
}

/**
 * Every contact id in the order of `sort`: most overdue first (then upcoming, then people without
 * reminders), latest contact first, latest update first, or by name with `collator`.
 */
export async function listPeopleIds(db: KakehashiDb, sort: PeopleSort, collator: Intl.Collator): Promise<ContactId[]> {
  return db.transaction('r', db.contacts, () => {
    if (sort === 'due') return indexOrder(db, 'nextDueAt', false);
    if (sort === 'last') return indexOrder(db, 'lastContactAt', true);
    if (sort === 'updated') return indexOrder(db, 'updatedAt', true);
    return nameOrder(db, collator);
  });
}

interface PieceHits {
  contacts: Set<ContactId>;
  /** Every key of every lookup was read. */
  complete: boolean;
  /** The index alone decides the match (else the candidates' records are checked). */
  exact: boolean;
}

/** The contacts whose row holds `token` (or a token starting with it): keys only, at most `LOOKUP_CAP`. */
async function lookup(db: KakehashiDb, token: string, prefix: boolean): Promise<{ ids: ContactId[]; complete: boolean }> {
  const where = db.searchByContact.where('tokens');
  const keys = await (prefix ? where.startsWith(token) : where.equals(token)).limit(LOOKUP_CAP + 1).primaryKeys();
  return { ids: keys.slice(0, LOOKUP_CAP), complete: keys.length <= LOOKUP_CAP };
}

function intersect<T>(sets: ReadonlyArray<Set<T>>): Set<T> {
  const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  let out = smallest!;
  for (const other of rest) {
    if (!out.size) break;
    out = new Set([...out].filter((x) => other.has(x)));
  }
  return out;
}

async function hitsOf(db: KakehashiDb, piece: QueryPiece): Promise<PieceHits> {
  const chars = Array.from(piece.text);
  if (!piece.cjk || chars.length === 1) {
    const { ids, complete } = await lookup(db, piece.cjk ? piece.text : piece.text.slice(0, MAX_WORD_TOKEN), true);
    return { contacts: new Set(ids), complete, exact: piece.cjk || piece.text.length <= MAX_WORD_TOKEN };
  }
  // A Japanese run: every bigram in the same person's row. Three or more characters need a check,
  // since 東京 and 京都 in one note (or in two of the person's records) are not 東京都.
  const lookups = await Promise.all([...new Set(bigramsOf(piece.text))].map((gram) => lookup(db, gram, false)));
  return { contacts: intersect(lookups.map((l) => new Set(l.ids))), complete: lookups.every((l) => l.complete), exact: chars.length <= 2 };
}

/**
 * The records of `table` belonging to these contacts. One `getAll` per contact, all in flight at
 * once: Dexie's `anyOf` walks one cursor that waits for a round trip per record, which profiled at
 * ~270 ms for the 17 rows of a first screen in Chromium (bench/README.md, "People page").
 */
async function byContact<T extends Note | Touch>(table: KakehashiDb['notes'] | KakehashiDb['touches'], ids: readonly ContactId[]): Promise<T[]> {
  const lists = await Promise.all([...new Set(ids)].map((id) => (table as KakehashiDb['notes']).where('contactId').equals(id).toArray()));
  return lists.flat() as T[];
}

/** A contact's own searchable fields, the ones `recordTokensOf` indexes. */
function contactTexts(c: Contact): string[] {
  return [c.name ?? '', c.headline ?? '', c.company ?? '', c.location ?? '', c.region ?? '', ...c.tags];
}

/** Whether one record's tokens can hold the piece: every bigram, the character, or a word it begins. */
function partMayHold(tokens: readonly string[], piece: QueryPiece): boolean {
  const chars = Array.from(piece.text);
  if (piece.cjk && chars.length > 1) return bigramsOf(piece.text).every((gram) => tokens.includes(gram));
  const start = piece.text.slice(0, MAX_WORD_TOKEN);
  return piece.cjk ? tokens.includes(start) : tokens.some((token) => token.startsWith(start));
}

/**
 * Which of `ids` really match the unsure pieces. The candidates' index rows say which of their
 * records may hold each piece (all its bigrams in one record); exactly those records are read (one
 * `bulkGet` per table) and their texts checked.
 */
async function checkCandidates(db: KakehashiDb, ids: Set<ContactId>, unsure: readonly QueryPiece[]): Promise<Set<ContactId>> {
  const rows = await db.searchByContact.bulkGet([...ids]);
  const candidates: Array<{ id: ContactId; parts: PartKey[][] }> = [];
  for (const row of rows) {
    if (!row) continue;
    const entries = Object.entries(row.parts) as Array<[PartKey, string[]]>;
    const parts = unsure.map((piece) => entries.filter(([, tokens]) => partMayHold(tokens, piece)).map(([part]) => part));
    if (parts.every((p) => p.length)) candidates.push({ id: row.contactId, parts });
  }
  const refs = candidates.flatMap(({ id, parts }) => [...new Set(parts.flat())].map((part) => ({ id, ...partRecord(part) })));
  const of = (kind: SearchKind) => refs.filter((r) => r.kind === kind);
  const [cs, ns, ts] = [of('c'), of('n'), of('t')];
  const [contacts, notes, touches] = await Promise.all([db.contacts.bulkGet(cs.map((r) => r.id)), db.notes.bulkGet(ns.map((r) => r.rid)), db.touches.bulkGet(ts.map((r) => r.rid))]);
  const texts = new Map<string, string[]>();
  const at = (id: ContactId, part: string) => `${id}\u0000${part}`;
  cs.forEach((r, i) => contacts[i] && texts.set(at(r.id, 'c'), contactTexts(contacts[i])));
  ns.forEach((r, i) => notes[i]?.contactId === r.id && texts.set(at(r.id, `n${r.rid}`), [notes[i].body]));
  ts.forEach((r, i) => touches[i]?.note && touches[i].contactId === r.id && texts.set(at(r.id, `t${r.rid}`), [touches[i].note]));
  const matches = (id: ContactId, parts: PartKey[], piece: QueryPiece) => parts.some((part) => texts.get(at(id, part))?.some((text) => textMatchesPiece(text, piece)));
  return new Set(candidates.filter(({ id, parts }) => unsure.every((piece, i) => matches(id, parts[i]!, piece))).map(({ id }) => id));
}

export interface SearchResult {
  pieces: QueryPiece[];
  /** Matching contacts (all of them unless `partial`). */
  ids: Set<ContactId>;
  /** The query is so broad that only part of the index was read; typing more narrows it. */
  partial: boolean;
}

/**
 * Contacts matching every piece of the query (name, headline, company, location, region, tags, notes, touch
 * notes). An aborted `signal` (the user typed on) stops it between its reads with an AbortError.
 */
export async function searchPeople(db: KakehashiDb, query: string, signal?: AbortSignal): Promise<SearchResult> {
  const pieces = parseQuery(query);
  if (!pieces.length) return { pieces, ids: new Set(), partial: false };
  return db.transaction('r', [db.searchByContact, db.contacts, db.notes, db.touches], async () => {
    const hits = await Promise.all(pieces.map((piece) => hitsOf(db, piece)));
    signal?.throwIfAborted();
    const complete = hits.filter((h) => h.complete);
    let ids = intersect((complete.length ? complete : hits).map((h) => h.contacts));
    let partial = complete.length === 0;
    const unsure = pieces.filter((_, i) => !hits[i]!.complete || !hits[i]!.exact);
    if (unsure.length && ids.size) {
      if (ids.size > CHECK_CAP) {
        partial = true;
      } else {
        ids = await checkCandidates(db, ids, unsure);
        signal?.throwIfAborted();
      }
    }
    return { pieces, ids, partial };
  });
}

export interface PersonRowData {
  contact: Contact;
  /** Newest first. */
  notes: Note[];
  /** Touches that carry a note, newest first. */
  touchNotes: Touch[];
}

/** The records behind the rows on screen (missing ids — deleted meanwhile — are left out). */
export async function loadPeopleRows(db: KakehashiDb, ids: readonly ContactId[]): Promise<Map<ContactId, PersonRowData>> {
  return db.transaction('r', [db.contacts, db.notes, db.touches], async () => {
    const [contacts, notes, touches] = await Promise.all([
      db.contacts.bulkGet(ids as ContactId[]),
      byContact<Note>(db.notes, ids),
      byContact<Touch>(db.touches, ids).then((list) => list.filter((t) => !!t.note)),
    ]);
    const rows = new Map<ContactId, PersonRowData>();
    for (const contact of contacts) if (contact) rows.set(contact.id, { contact, notes: [], touchNotes: [] });
    notes.sort((a, b) => b.createdAt - a.createdAt);
    touches.sort((a, b) => b.at - a.at);
    for (const n of notes) rows.get(n.contactId)?.notes.push(n);
    for (const t of touches) rows.get(t.contactId)?.touchNotes.push(t);
    return rows;
  });
}
