/**
 * The People page's search index (DESIGN.md, "The People page"), kept current by EVERY write.
 *
 * One index row per searchable record — a contact (name, headline, company, location, region, tags), a note
 * (its body) or a touch (its note) — holding that record's tokens (utils/domain/search-text.ts) in
 * a multi-entry index. A row is built from its own record alone, so keeping it current never needs
 * an extra read: a bulk write of 2,000 notes adds one bulk write of 2,000 index rows.
 *
 * Why a DBCore middleware rather than a call in each repository function: writes reach these tables
 * from the panel's messages, the popup, Connections import, restore (merge and replace), settings
 * and whatever comes next. The middleware widens every read-write transaction over contacts, notes
 * or touches to include the index table and mirrors each mutation in that same transaction, so the
 * index commits or aborts with the data and no write path can forget it.
 * (Dexie DBCore: https://dexie.org/docs/DBCore/DBCore)
 */
import type { DBCore, DBCoreKeyRange, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { searchTokens } from '../domain/search-text';
import { isSelfIndexed } from './self-indexed';
import type { Contact, ContactId, Note, Touch } from '../model';

export const SEARCH_TABLE = 'searchIndex';
/** `[contactId+kind+rid]`: the contact first, so a token lookup's keys name the contact directly. */
export const SEARCH_INDEX_STORE = '[contactId+kind+rid], kind, *tokens';

/** Which record a row indexes: `c` the contact itself (rid 0), `n` a note, `t` a touch. */
export type SearchKind = 'c' | 'n' | 't';
export type SearchRowKey = [ContactId, SearchKind, number];

export interface SearchRow {
  contactId: ContactId;
  kind: SearchKind;
  rid: number;
  tokens: string[];
}

const KIND_OF_TABLE: Record<string, SearchKind> = { contacts: 'c', notes: 'n', touches: 't' };

/** The index row of a contact, note or touch; null when it has nothing to find it by. */
export function searchRowOf(kind: SearchKind, record: Contact | Note | Touch): SearchRow | null {
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

function rowKeyOf(kind: SearchKind, record: Contact | Note | Touch): SearchRowKey {
  if (kind === 'c') return [(record as Contact).id, 'c', 0];
  const r = record as Note | Touch;
  return [r.contactId, kind, r.id ?? 0];
}

/**
 * Issues an index write without making the caller wait for it. Timing matters: Dexie resolves a
 * write when its own request succeeds, and callers such as restore.ts chain further writes on that;
 * every extra microtask between a request and the caller's next one is a chance for IndexedDB to
 * auto-commit the transaction (seen as PrematureCommitError). The index request is queued in the
 * same transaction, so it commits with the data; if it fails, the whole transaction is aborted.
 */
function follow(trans: DBCoreTransaction, write: Promise<{ numFailures: number }>): void {
  write.then(
    (r) => r.numFailures && trans.abort(),
    () => trans.abort(),
  );
}

/** Index keys of the rows of `kind` (every row of that kind when the whole table is cleared). */
function rowKeysOfKind(index: DBCoreTable, trans: DBCoreTransaction, kind: SearchKind): Promise<SearchRowKey[]> {
  const kindIndex = index.schema.getIndexByKeyPath('kind')!;
  const range: DBCoreKeyRange = { type: 1 /* Equal */, lower: kind, upper: kind };
  return index.query({ trans, values: false, query: { index: kindIndex, range } }).then(({ result }) => result as SearchRowKey[]);
}

export function rowsOf(kind: SearchKind, records: ReadonlyArray<Contact | Note | Touch>): { rows: SearchRow[]; stale: SearchRowKey[] } {
  const rows: SearchRow[] = [];
  const stale: SearchRowKey[] = [];
  for (const record of records) {
    const row = searchRowOf(kind, record);
    if (row) rows.push(row);
    else stale.push(rowKeyOf(kind, record));
  }
  return { rows, stale };
}

function writeRows(index: DBCoreTable, trans: DBCoreTransaction, rows: SearchRow[], stale: SearchRowKey[]): void {
  if (rows.length) follow(trans, index.mutate({ trans, type: 'put', values: rows }));
  if (stale.length) follow(trans, index.mutate({ trans, type: 'delete', keys: stale }));
}

/** Mirrors one mutation of a source table onto the index, inside the same transaction. */
function mirror(source: DBCoreTable, index: DBCoreTable, kind: SearchKind, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  const { trans } = req;
  if (isSelfIndexed(trans)) return source.mutate(req);
  if (req.type === 'add' || req.type === 'put') {
    const values = req.values as ReadonlyArray<Contact | Note | Touch>;
    const needIds = kind !== 'c' && values.some((v) => (v as Note).id === undefined);
    if (!needIds) {
      const response = source.mutate(req);
      const { rows, stale } = rowsOf(kind, values);
      writeRows(index, trans, rows, req.type === 'put' ? stale : []);
      return response;
    }
    // New notes and touches get their auto-increment id from the write itself.
    return source.mutate(req).then((response) => {
      const written = values.flatMap((v, i) => (i in response.failures ? [] : [{ ...(v as Note | Touch), id: response.results?.[i] as number }]));
      writeRows(index, trans, rowsOf(kind, written).rows, []);
      return response;
    });
  }
  // Deletes: which contact a note or touch belonged to is read first, in the same transaction
  // (IndexedDB runs a transaction's requests in order, so the reads see the records before deletion).
  let before: Promise<SearchRowKey[]>;
  if (req.type === 'delete') {
    before = source.getMany({ trans, keys: req.keys }).then((records: Array<Contact | Note | Touch | undefined>) =>
      records.flatMap((r) => (r ? [rowKeyOf(kind, r)] : [])),
    );
  } else if (req.range.type === 3 /* Any: clear() */) {
    before = rowKeysOfKind(index, trans, kind);
  } else {
    before = source
      .query({ trans, values: true, query: { index: source.schema.primaryKey, range: req.range } })
      .then(({ result }) => (result as Array<Contact | Note | Touch>).map((r) => rowKeyOf(kind, r)));
  }
  const response = source.mutate(req);
  before.then(
    (keys) => keys.length && follow(trans, index.mutate({ trans, type: 'delete', keys })),
    () => trans.abort(),
  );
  return response;
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
