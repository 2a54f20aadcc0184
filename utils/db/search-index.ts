/**
 * The People page's search index (DESIGN.md, "The People page"), kept current by EVERY write.
 *
 * One index row per contact, keyed by the contact's id, holding the tokens (utils/domain/search-text.ts)
 * of everything searchable about that person — the contact's own fields (name, headline, company,
 * location, region, tags), each note's body and each touch's note — deduplicated, in a multi-entry
 * index. A token lookup's keys are therefore contact ids (strings, the cheapest keys IndexedDB hands
 * back) and each contact appears once however many of its notes say "hiking". The row also keeps
 * the tokens of each record it was built from (`parts`: `c` the contact, `n<id>` a note, `t<id>` a
 * touch), so a write updates a row from that row alone, and a query that needs to know *which* record
 * holds all of a Japanese word's bigrams (東京 and 京都 in one note are not 東京都) reads the row.
 *
 * Why a DBCore middleware rather than a call in each repository function: writes reach these tables
 * from the panel's messages, the popup, Connections import, restore (merge and replace), settings
 * and whatever comes next. The middleware widens every read-write transaction over contacts, notes
 * or touches to include the index table and mirrors each mutation in that same transaction, so the
 * index commits or aborts with the data and no write path can forget it.
 * (Dexie DBCore: https://dexie.org/docs/DBCore/DBCore)
 *
 * Version 3 to 9 kept one row per record (`searchIndex`, keyed `[contactId+kind+rid]`); version 10
 * replaced it with this table (schema.ts), which a 100,000-contact book writes in about a third of
 * the rows and index entries.
 */
import Dexie, { type DBCore, type DBCoreKeyRange, type DBCoreMutateRequest, type DBCoreMutateResponse, type DBCoreTable, type DBCoreTransaction, type Middleware } from 'dexie';
import { searchTokens } from '../domain/search-text';
import { isSelfIndexed } from './self-indexed';
import type { Contact, ContactId, Note, Touch } from '../model';

export const SEARCH_TABLE = 'searchByContact';
/** The contact's id, and its tokens (multi-entry): a lookup's keys name the contacts directly. */
export const SEARCH_INDEX_STORE = 'contactId, *tokens';

/** Versions 3 to 9: one row per record, keyed `[contactId+kind+rid]` (schema.ts builds and drops it). */
export const LEGACY_SEARCH_TABLE = 'searchIndex';
export const LEGACY_SEARCH_INDEX_STORE = '[contactId+kind+rid], kind, *tokens';

/** Which record tokens come from: `c` the contact itself (rid 0), `n` a note, `t` a touch. */
export type SearchKind = 'c' | 'n' | 't';

/** The tokens of one record, and whose they are (also the row shape of versions 3 to 8). */
export interface RecordTokens {
  contactId: ContactId;
  kind: SearchKind;
  rid: number;
  tokens: string[];
}

/** A part's name in a row: `c`, `n<note id>` or `t<touch id>`. */
export type PartKey = 'c' | `n${number}` | `t${number}`;

export interface SearchRow {
  contactId: ContactId;
  /** Every token of the parts, once each: what the `tokens` index holds. */
  tokens: string[];
  /** The tokens of each record the row is built from. */
  parts: Partial<Record<PartKey, string[]>>;
}

const KIND_OF_TABLE: Record<string, SearchKind> = { contacts: 'c', notes: 'n', touches: 't' };

export const partKeyOf = (kind: SearchKind, rid: number): PartKey => (kind === 'c' ? 'c' : `${kind}${rid}`);

/** Which record a part names. */
export function partRecord(part: string): { kind: SearchKind; rid: number } {
  return part === 'c' ? { kind: 'c', rid: 0 } : { kind: part[0] as SearchKind, rid: Number(part.slice(1)) };
}

/** The tokens of a contact, note or touch; null when it has nothing to find it by. */
export function recordTokensOf(kind: SearchKind, record: Contact | Note | Touch): RecordTokens | null {
  let tokens: string[];
  let contactId: ContactId;
  let rid = 0;
  if (kind === 'c') {
    const c = record as Contact;
    contactId = c.id;
    tokens = searchTokens(c.name, c.headline, c.company, c.location, c.region, ...(c.tags ?? []));
  } else if (kind === 'n') {
    const n = record as Note;
    contactId = n.contactId;
    rid = n.id ?? 0;
    tokens = searchTokens(n.body);
  } else {
    const t = record as Touch;
    contactId = t.contactId;
    rid = t.id ?? 0;
    tokens = searchTokens(t.note);
  }
  return tokens.length ? { contactId, kind, rid, tokens } : null;
}

/** `row` with `tokens` recomputed from its parts; null when no part is left. */
function withTokens(row: SearchRow): SearchRow | null {
  const parts = Object.values(row.parts);
  if (!parts.length) return null;
  // Sorted, so a row is the same whatever order its records were written in.
  row.tokens = [...new Set(parts.flat() as string[])].sort();
  return row;
}

/**
 * The index rows of a whole book (or of any records, grouped by contact): what restore (replace),
 * the version 10 upgrade and the bench seeds write in bulk, and exactly what the middleware would
 * have built record by record.
 */
export function searchRowsOf(contacts: readonly Contact[], notes: readonly Note[], touches: readonly Touch[]): SearchRow[] {
  const rows = new Map<ContactId, SearchRow>();
  const add = (kind: SearchKind, records: ReadonlyArray<Contact | Note | Touch>) => {
    for (const record of records) {
      const entry = recordTokensOf(kind, record);
      if (!entry) continue;
      let row = rows.get(entry.contactId);
      if (!row) rows.set(entry.contactId, (row = { contactId: entry.contactId, tokens: [], parts: {} }));
      row.parts[partKeyOf(kind, entry.rid)] = entry.tokens;
    }
  };
  add('c', contacts);
  add('n', notes);
  add('t', touches);
  return [...rows.values()].flatMap((row) => withTokens(row) ?? []);
}

/** A write that fails aborts the transaction: the data must not commit without its index. */
function checked(trans: DBCoreTransaction, write: Promise<{ numFailures: number }>): PromiseLike<unknown> {
  return write.then(
    (r) => r.numFailures && trans.abort(),
    () => trans.abort(),
  );
}

/**
 * One change to the index: set (tokens) or remove (null) one part of a contact's row, drop the
 * contact's whole row (`part` null: the contact was deleted), or strip every part of a kind from
 * every row (`all`: its table was cleared).
 */
type Change = { contactId: ContactId; part: PartKey; tokens: string[] | null } | { contactId: ContactId; part: null } | { all: SearchKind } | { clear: true };

/**
 * What one transaction has made of the index so far. Each change reads the rows it needs (those not
 * read yet in this transaction) and writes them back; the changes run one after another, each on the
 * rows as the one before left them, so two writes about one person in one transaction never read the
 * same old row and overwrite each other.
 */
interface IndexState {
  rows: Map<ContactId, SearchRow | null>;
  /** The last change's reads and writes (none yet: null). */
  queue: PromiseLike<unknown> | null;
}

const ANY = { type: 3 /* Any */ } as DBCoreKeyRange;
const states = new WeakMap<DBCoreTransaction, IndexState>();

/**
 * Queues `changes` after the transaction's earlier ones; resolves when their index writes are done.
 * The first change of a transaction starts at once (its read goes right behind the caller's write).
 */
function applyChanges(index: DBCoreTable, trans: DBCoreTransaction, changes: Change[]): PromiseLike<unknown> {
  if (!changes.length) return Dexie.Promise.resolve();
  let state = states.get(trans);
  if (!state) states.set(trans, (state = { rows: new Map(), queue: null }));
  const { rows } = state;
  const run = (): PromiseLike<unknown> => {
    if (changes.some((c) => 'clear' in c)) {
      // Every contact is gone: so is every row (the tokens of their notes can name no one).
      rows.clear();
      return checked(trans, index.mutate({ trans, type: 'deleteRange', range: ANY }));
    }
    const stripAll = changes.flatMap((c) => ('all' in c ? [c.all] : []));
    const wanted = [...new Set(changes.flatMap((c) => ('contactId' in c && c.part !== null && !rows.has(c.contactId) ? [c.contactId] : [])))];
    const read: Promise<Array<SearchRow | undefined>> = stripAll.length
      ? index.query({ trans, values: true, query: { index: index.schema.primaryKey, range: ANY } }).then(({ result }) => result as SearchRow[])
      : wanted.length
        ? index.getMany({ trans, keys: wanted })
        : Promise.resolve([]);
    return read.then((found) => {
      if (stripAll.length) {
        for (const row of found as SearchRow[]) if (!rows.has(row.contactId)) rows.set(row.contactId, row);
      } else {
        wanted.forEach((id, i) => rows.set(id, found[i] ?? null));
      }
      const touched = new Set<ContactId>();
      for (const change of changes) {
        if ('clear' in change) continue;
        if ('all' in change) {
          for (const [id, row] of rows) {
            if (!row) continue;
            for (const part of Object.keys(row.parts)) if (part[0] === change.all) delete row.parts[part as PartKey];
            touched.add(id);
          }
        } else if (change.part === null) {
          rows.set(change.contactId, null);
          touched.add(change.contactId);
        } else {
          let row = rows.get(change.contactId) ?? null;
          if (!row && !change.tokens) continue;
          if (!row) rows.set(change.contactId, (row = { contactId: change.contactId, tokens: [], parts: {} }));
          if (change.tokens) row.parts[change.part] = change.tokens;
          else delete row.parts[change.part];
          touched.add(change.contactId);
        }
      }
      const puts: SearchRow[] = [];
      const deletes: ContactId[] = [];
      for (const id of touched) {
        const row = rows.get(id);
        const kept = row ? withTokens(row) : null;
        rows.set(id, kept);
        if (kept) puts.push({ ...kept, parts: { ...kept.parts } });
        else deletes.push(id);
      }
      const writes: PromiseLike<unknown>[] = [];
      if (puts.length) writes.push(checked(trans, index.mutate({ trans, type: 'put', values: puts })));
      if (deletes.length) writes.push(checked(trans, index.mutate({ trans, type: 'delete', keys: deletes })));
      return Dexie.Promise.all(writes);
    });
  };
  const step = state.queue ? state.queue.then(run) : run();
  state.queue = step.then(undefined, () => trans.abort());
  return state.queue;
}

/** The changes that writing these records makes. */
function changesOfWrite(kind: SearchKind, records: ReadonlyArray<Contact | Note | Touch>): Change[] {
  return records.map((record) => {
    const entry = recordTokensOf(kind, record);
    if (kind === 'c') return { contactId: (record as Contact).id, part: 'c', tokens: entry?.tokens ?? null };
    const r = record as Note | Touch;
    return { contactId: r.contactId, part: partKeyOf(kind, r.id ?? 0), tokens: entry?.tokens ?? null };
  });
}

/** The changes that deleting these records makes. */
function changesOfDelete(kind: SearchKind, records: ReadonlyArray<Contact | Note | Touch>): Change[] {
  if (kind === 'c') return records.map((c) => ({ contactId: (c as Contact).id, part: null }));
  return records.map((r) => ({ contactId: (r as Note).contactId, part: partKeyOf(kind, (r as Note).id ?? 0), tokens: null }));
}

/**
 * Mirrors one mutation of a source table onto the index, inside the same transaction. The caller's
 * promise resolves only once the index is written: Dexie commits a transaction of its own (a lone
 * `table.put`) as soon as the caller's request is answered, and an index write issued after that is
 * refused (the same rule as insight-counts.ts). Chained on Dexie's promises, which keep its zone.
 */
function mirror(source: DBCoreTable, index: DBCoreTable, kind: SearchKind, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  const { trans } = req;
  // Self-indexed writers build the rows themselves; an upgrade's earlier steps run before this
  // table exists, and version 10 builds it from every record after them.
  if (isSelfIndexed(trans) || (trans as unknown as IDBTransaction).mode === 'versionchange') return source.mutate(req);
  const after = (response: Promise<DBCoreMutateResponse>, indexed: PromiseLike<unknown>) => response.then((res) => indexed.then(() => res));
  if (req.type === 'add' || req.type === 'put') {
    const values = req.values as ReadonlyArray<Contact | Note | Touch>;
    const needIds = kind !== 'c' && values.some((v) => (v as Note).id === undefined);
    if (!needIds) {
      const response = source.mutate(req);
      return after(response, applyChanges(index, trans, changesOfWrite(kind, values)));
    }
    // New notes and touches get their auto-increment id from the write itself.
    return source.mutate(req).then((response) => {
      const written = values.flatMap((v, i) => (i in response.failures ? [] : [{ ...(v as Note | Touch), id: response.results?.[i] as number }]));
      return applyChanges(index, trans, changesOfWrite(kind, written)).then(() => response);
    });
  }
  // Deletes: a contact's row goes with it; which contact a note or touch belonged to is read first,
  // in the same transaction (IndexedDB runs a transaction's requests in order, so the reads see the
  // records before deletion).
  if (req.type === 'delete' && kind === 'c') {
    const response = source.mutate(req);
    return after(response, applyChanges(index, trans, (req.keys as ContactId[]).map((contactId) => ({ contactId, part: null }))));
  }
  if (req.type === 'deleteRange' && req.range.type === 3 /* Any: clear() */) {
    const response = source.mutate(req);
    return after(response, applyChanges(index, trans, [kind === 'c' ? { clear: true } : { all: kind }]));
  }
  const before: Promise<Array<Contact | Note | Touch | undefined>> =
    req.type === 'delete'
      ? source.getMany({ trans, keys: req.keys })
      : source.query({ trans, values: true, query: { index: source.schema.primaryKey, range: req.range } }).then(({ result }) => result as Array<Contact | Note | Touch>);
  const response = source.mutate(req);
  return before.then(
    (records) => after(response, applyChanges(index, trans, changesOfDelete(kind, records.filter((r) => r !== undefined)))),
    () => (trans.abort(), response),
  );
}

/** The Dexie middleware that keeps the search index current; `openDb` installs it. */
export const searchIndexMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'kakehashi-search-index',
  create(down) {
    if (!down.schema.tables.some((t) => t.name === SEARCH_TABLE)) return down;
    return {
      ...down,
      transaction(stores, mode, options) {
        const widen = mode === 'readwrite' && !stores.includes(SEARCH_TABLE) && stores.some((s) => s in KIND_OF_TABLE);
        return down.transaction(widen ? [...stores, SEARCH_TABLE] : stores, mode, options);
      },
      table(name) {
        const source = down.table(name);
        if (name === SEARCH_TABLE) {
          // A direct write of the index (deleteEverything clears it) makes what this transaction
          // has read of it stale.
          return { ...source, mutate: (req) => (states.get(req.trans)?.rows.clear(), source.mutate(req)) };
        }
        const kind = KIND_OF_TABLE[name];
        if (!kind) return source;
        const index = down.table(SEARCH_TABLE);
        return {
          ...source,
          mutate: (req) => mirror(source, index, kind, req),
        };
      },
    };
  },
};
