/**
 * Insights' counters (DESIGN.md, "The People page and Insights"), kept current by EVERY touch write,
 * so opening Insights reads a few hundred small rows instead of 200,000 touches and their contacts.
 *
 * - `insightCounts`, keyed `[industry+day]`: real touches, gives and asks per industry (the
 *   person's industry stored on the touch; '' = unknown) and UTC day (`dayOf`); `day` = ALL_TIME
 *   holds the industry's all-time totals. The last 26 weeks are one range on the `day` index; an
 *   industry's latest day is one step back from `[industry+Infinity]`.
 * - `insightPeople`, keyed `contactId`: each person's gives and asks, `net` = asks − gives
 *   indexed, so "asked more than given" is one range.
 * - `insightNetwork`, keyed `industry` (version 9): how many contacts each industry has ('' =
 *   unknown), kept by EVERY contact write. IndexedDB's `count()` walks every entry it counts (in
 *   Chromium, the records themselves), so the network's industry mix read by counts cost seconds
 *   at 100,000 contacts; these rows are a few dozen.
 *
 * Why a DBCore middleware (like search-index.ts) rather than calls in each repository function:
 * touches are written by the panel, the popup, restore, delete, the People page's history editor
 * and whatever comes next; the middleware mirrors each mutation of `touches` in the same
 * transaction, so the counters commit or abort with the data and no write path can forget them.
 * A delete or an overwrite reads the old touches first (same transaction, so before the change).
 *
 * Counters of one transaction are read once and then updated through a per-transaction chain of
 * promises per row: two writes of the same transaction touching the same day never lose an update.
 * The version-4 upgrade builds the counters itself (`buildInsightCounts`), so the middleware stays
 * out of version-change transactions.
 */
import Dexie, { type DBCore, type DBCoreMutateRequest, type DBCoreMutateResponse, type DBCoreTable, type DBCoreTransaction, type Middleware } from 'dexie';
import { isSelfIndexed } from './self-indexed';
import { ASK_KINDS, DAY_MS, GIVE_KINDS, TOUCH_KINDS, type Contact, type ContactId, type Touch, type TouchKind } from '../model';

export const INSIGHT_COUNTS_TABLE = 'insightCounts';
export const INSIGHT_COUNTS_STORE = '[industry+day], day';
export const INSIGHT_PEOPLE_TABLE = 'insightPeople';
export const INSIGHT_PEOPLE_STORE = 'contactId, net';
export const INSIGHT_NETWORK_TABLE = 'insightNetwork';
export const INSIGHT_NETWORK_STORE = 'industry';

/** The `day` of an industry's all-time row. */
export const ALL_TIME = -1;
/** The `industry` of touches whose person's industry is unknown. */
export const UNKNOWN_INDUSTRY = '';

export interface InsightCountRow {
  industry: string;
  day: number;
  touches: number;
  gives: number;
  asks: number;
}

export interface InsightPersonRow {
  contactId: ContactId;
  gives: number;
  asks: number;
  /** asks − gives: > 0 means asked more than given to. */
  net: number;
}

export interface InsightNetworkRow {
  /** An industry id, or UNKNOWN_INDUSTRY for people without one. */
  industry: string;
  contacts: number;
}

/**
 * The kinds that count as touches in Insights: an allow-list, so a kind added later (say, a
 * correction of a hand-set date, which is not a touch) stays out until someone decides it counts.
 */
const COUNTED_KINDS: ReadonlySet<string> = new Set<TouchKind>(TOUCH_KINDS);

/** Whether a touch counts in Insights (corrections and unknown kinds do not). */
export function isCountedTouch(touch: Pick<Touch, 'kind'>): boolean {
  return COUNTED_KINDS.has(touch.kind);
}

/** The UTC day number of a time: days since 1970-01-01. */
export function dayOf(at: number): number {
  return Math.floor(at / DAY_MS);
}

type CountKey = [string, number];

interface Delta {
  counts: Map<string, { key: CountKey; touches: number; gives: number; asks: number }>;
  people: Map<ContactId, { gives: number; asks: number }>;
  /** Contacts per industry. */
  network: Map<string, number>;
}

const emptyDelta = (): Delta => ({ counts: new Map(), people: new Map(), network: new Map() });

/** Adds (`sign` 1) or removes (−1) one touch's contribution to a delta. */
export function addTouchToDelta(delta: Delta, touch: Touch, sign: 1 | -1): void {
  if (!isCountedTouch(touch)) return;
  const give = GIVE_KINDS.includes(touch.kind) ? sign : 0;
  const ask = ASK_KINDS.includes(touch.kind) ? sign : 0;
  const industry = touch.industry ?? UNKNOWN_INDUSTRY;
  for (const day of [dayOf(touch.at), ALL_TIME]) {
    const id = `${day}\u0000${industry}`;
    const entry = delta.counts.get(id) ?? { key: [industry, day] as CountKey, touches: 0, gives: 0, asks: 0 };
    entry.touches += sign;
    entry.gives += give;
    entry.asks += ask;
    delta.counts.set(id, entry);
  }
  if (give || ask) {
    const person = delta.people.get(touch.contactId) ?? { gives: 0, asks: 0 };
    person.gives += give;
    person.asks += ask;
    delta.people.set(touch.contactId, person);
  }
}

/** Adds (`sign` 1) or removes (−1) one contact from its industry's count. */
export function addContactToDelta(delta: Delta, contact: Pick<Contact, 'industry'>, sign: 1 | -1): void {
  const industry = contact.industry ?? UNKNOWN_INDUSTRY;
  delta.network.set(industry, (delta.network.get(industry) ?? 0) + sign);
}

/** The network rows for a set of contacts, built in memory (the version-9 upgrade, a restore, tests). */
export function networkRowsOf(contacts: Iterable<Pick<Contact, 'industry'>>): InsightNetworkRow[] {
  const delta = emptyDelta();
  for (const contact of contacts) addContactToDelta(delta, contact, 1);
  return [...delta.network.entries()].map(([industry, n]) => ({ industry, contacts: n }));
}

/** The counter rows for a set of touches, built in memory (the version-4 upgrade, tests). */
export function countRowsOf(touches: Iterable<Touch>): { counts: InsightCountRow[]; people: InsightPersonRow[] } {
  const delta = emptyDelta();
  for (const touch of touches) addTouchToDelta(delta, touch, 1);
  return {
    counts: [...delta.counts.values()].map(({ key, touches: n, gives, asks }) => ({ industry: key[0], day: key[1], touches: n, gives, asks })),
    people: [...delta.people.entries()].map(([contactId, { gives, asks }]) => ({ contactId, gives, asks, net: asks - gives })),
  };
}

/** Per transaction: each counter row it has read (null while the read is under way). */
type CounterRow = InsightCountRow | InsightPersonRow | InsightNetworkRow;
interface RowState {
  row: CounterRow | null;
  waiting: Array<(row: CounterRow) => void>;
  written: PromiseLike<unknown>;
}
const pending = new WeakMap<DBCoreTransaction, Map<string, RowState>>();

/** A write that fails aborts the transaction: the touch must not commit without its counters. */
function checked(trans: DBCoreTransaction, write: Promise<{ numFailures: number }>): PromiseLike<unknown> {
  return write.then(
    (r) => r.numFailures && trans.abort(),
    () => trans.abort(),
  );
}

const isEmptyRow = (row: CounterRow) => ('contacts' in row ? !row.contacts : !('touches' in row ? row.touches : 0) && !row.gives && !row.asks);

/** The counter tables the middleware writes. */
interface CounterTables {
  counts: DBCoreTable;
  people: DBCoreTable;
  network: DBCoreTable | null;
}

/**
 * Reads (once per transaction), adjusts and writes back every counter row a delta touches; resolves
 * when every write is done. A row back at zero is deleted, so "the latest day an industry was
 * touched" never finds an empty day.
 */
function applyDelta(trans: DBCoreTransaction, tables: CounterTables, delta: Delta): PromiseLike<unknown> {
  let rows = pending.get(trans);
  if (!rows) pending.set(trans, (rows = new Map()));
  const writes: PromiseLike<unknown>[] = [];
  const update = <R extends CounterRow>(table: DBCoreTable, id: string, key: unknown, blank: () => R, change: (row: R) => void) => {
    const write = (row: R) => checked(trans, isEmptyRow(row) ? table.mutate({ trans, type: 'delete', keys: [key] }) : table.mutate({ trans, type: 'put', values: [row] }));
    const state = rows.get(id);
    const apply = change as (row: CounterRow) => void;
    if (state?.row) {
      change(state.row as R);
      writes.push(write(state.row as R));
    } else if (state) {
      state.waiting.push(apply);
      writes.push(state.written);
    } else {
      const fresh: RowState = { row: null, waiting: [apply], written: null as unknown as PromiseLike<unknown> };
      fresh.written = table.get({ trans, key }).then(
        (stored: R | undefined) => {
          const row = stored ?? blank();
          for (const next of fresh.waiting.splice(0)) next(row);
          fresh.row = row;
          return write(row);
        },
        () => trans.abort(),
      );
      rows.set(id, fresh);
      writes.push(fresh.written);
    }
  };
  for (const [id, d] of delta.counts) {
    if (!d.touches && !d.gives && !d.asks) continue;
    update<InsightCountRow>(tables.counts, `c${id}`, d.key, () => ({ industry: d.key[0], day: d.key[1], touches: 0, gives: 0, asks: 0 }), (row) => {
      row.touches += d.touches;
      row.gives += d.gives;
      row.asks += d.asks;
    });
  }
  for (const [contactId, d] of delta.people) {
    if (!d.gives && !d.asks) continue;
    update<InsightPersonRow>(tables.people, `p${contactId}`, contactId, () => ({ contactId, gives: 0, asks: 0, net: 0 }), (row) => {
      row.gives += d.gives;
      row.asks += d.asks;
      row.net = row.asks - row.gives;
    });
  }
  const network = tables.network;
  for (const [industry, n] of delta.network) {
    if (!n || !network) continue;
    update<InsightNetworkRow>(network, `n${industry}`, industry, () => ({ industry, contacts: 0 }), (row) => {
      row.contacts += n;
    });
  }
  return Dexie.Promise.all(writes);
}

const isVersionChange = (trans: DBCoreTransaction) => (trans as unknown as IDBTransaction).mode === 'versionchange';

/** What one mirrored table contributes: its records' key, their part of a delta, the tables it clears. */
interface MirrorOf<R> {
  keyOf: (record: R) => unknown;
  add: (delta: Delta, record: R, sign: 1 | -1) => void;
  derived: (tables: CounterTables) => DBCoreTable[];
}

const TOUCHES: MirrorOf<Touch> = { keyOf: (t) => t.id, add: addTouchToDelta, derived: (t) => [t.counts, t.people] };
const CONTACTS: MirrorOf<Contact> = { keyOf: (c) => c.id, add: addContactToDelta, derived: (t) => (t.network ? [t.network] : []) };

/** Mirrors one mutation of a counted table (touches, contacts) onto the counters, inside the same transaction. */
function mirror<R>(source: DBCoreTable, of: MirrorOf<R>, tables: CounterTables, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  const { trans } = req;
  if (isVersionChange(trans) || isSelfIndexed(trans)) return source.mutate(req);
  if (req.type === 'deleteRange' && req.range.type === 3 /* Any: clear() */) {
    const response = source.mutate(req);
    pending.delete(trans);
    const cleared = of.derived(tables).map((table) => checked(trans, table.mutate({ trans, type: 'deleteRange', range: req.range })));
    return response.then((res) => Dexie.Promise.all(cleared).then(() => res));
  }
  // The records being replaced or removed, read before the change (requests run in order).
  let before: Promise<Array<R | undefined>>;
  if (req.type === 'add') before = source.getMany({ trans, keys: [] });
  else if (req.type === 'put') {
    const keys = (req.values as R[]).flatMap((r) => (of.keyOf(r) === undefined ? [] : [of.keyOf(r)]));
    before = source.getMany({ trans, keys });
  } else if (req.type === 'delete') before = source.getMany({ trans, keys: req.keys });
  else before = source.query({ trans, values: true, query: { index: source.schema.primaryKey, range: req.range } }).then(({ result }) => result as R[]);
  const response = source.mutate(req);
  // The caller's promise resolves only once the counters are written: Dexie commits a transaction
  // of its own (a lone `table.add`) as soon as the caller's request is answered, and a counter write
  // issued after that is refused. Chained on Dexie's promises (Dexie.Promise keeps its zone).
  return before.then(
    (old) =>
      response.then((res) => {
        const delta = emptyDelta();
        for (const record of old) if (record) of.add(delta, record, -1);
        if (req.type === 'add' || req.type === 'put') {
          (req.values as R[]).forEach((record, i) => i in res.failures || of.add(delta, record, 1));
        }
        return applyDelta(trans, tables, delta).then(() => res);
      }),
    () => response,
  );
}

/** The Dexie middleware that keeps Insights' counters current; `openDb` installs it. */
export const insightCountsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'kakehashi-insight-counts',
  create(down) {
    const has = (table: string) => down.schema.tables.some((t) => t.name === table);
    if (!has(INSIGHT_COUNTS_TABLE)) return down;
    const withNetwork = has(INSIGHT_NETWORK_TABLE);
    return {
      ...down,
      transaction(stores, mode, options) {
        if (mode !== 'readwrite') return down.transaction(stores, mode, options);
        const extra: string[] = [];
        if (stores.includes('touches') && !stores.includes(INSIGHT_COUNTS_TABLE)) extra.push(INSIGHT_COUNTS_TABLE, INSIGHT_PEOPLE_TABLE);
        if (withNetwork && stores.includes('contacts') && !stores.includes(INSIGHT_NETWORK_TABLE)) extra.push(INSIGHT_NETWORK_TABLE);
        return down.transaction(extra.length ? [...stores, ...extra] : stores, mode, options);
      },
      table(name) {
        const source = down.table(name);
        if (name !== 'touches' && !(name === 'contacts' && withNetwork)) return source;
        const tables: CounterTables = {
          counts: down.table(INSIGHT_COUNTS_TABLE),
          people: down.table(INSIGHT_PEOPLE_TABLE),
          network: withNetwork ? down.table(INSIGHT_NETWORK_TABLE) : null,
        };
        if (name === 'touches') return { ...source, mutate: (req) => mirror(source, TOUCHES, tables, req) };
        return { ...source, mutate: (req) => mirror(source, CONTACTS, tables, req) };
      },
    };
  },
};
