/**
 * The Kakehashi database (DESIGN.md, "Data"). Opened only by the background and extension pages:
 * IndexedDB opened in a content script would belong to linkedin.com / x.com, not to us.
 *
 * Schema changes are new `version(n)` blocks with an upgrade function, never edits of an old one;
 * each needs a test that opens a database of the previous version (see schema.test.ts).
 */
import Dexie, { type DexieOptions, type EntityTable, type Table, type Transaction } from 'dexie';
import { DEFAULT_SETTINGS, initialUserEditedAt, type Contact, type ContactId, type IntroductionDecision, type Note, type Settings, type SuggestionLogEntry, type Touch } from '../model';
import { computeNextDueAt } from '../domain/cadence';
import { repairContactTimes, repairNoteTimes, repairTouchTime } from './repair-times';
import {
  LEGACY_SEARCH_INDEX_STORE,
  LEGACY_SEARCH_TABLE,
  recordTokensOf,
  SEARCH_INDEX_STORE,
  SEARCH_TABLE,
  searchIndexMiddleware,
  searchRowsOf,
  type SearchRow,
} from './search-index';
import {
  countRowsOf,
  INSIGHT_COUNTS_STORE,
  INSIGHT_COUNTS_TABLE,
  INSIGHT_PEOPLE_STORE,
  INSIGHT_NETWORK_STORE,
  INSIGHT_NETWORK_TABLE,
  INSIGHT_PEOPLE_TABLE,
  insightCountsMiddleware,
  networkRowsOf,
  type InsightCountRow,
  type InsightNetworkRow,
  type InsightPersonRow,
} from './insight-counts';
import { INTRO_CACHE_STORE, INTRO_CACHE_TABLE, introStampMiddleware, type IntroCacheRow } from './introductions-cache';
import { upgradeGoalSetting } from '../domain/diversity-goal';
import { LIMITS } from '../limits';
import { HOME_STORE, HOME_TABLE, homeStampMiddleware, type HomeRow } from './popup-home';

export const DB_NAME = 'kakehashi';

export interface SettingsRow extends Partial<Settings> {
  key: 'user';
}

/** Version 1 stores, kept as data so migration tests can recreate an old database exactly. */
export const SCHEMA_V1 = {
  contacts:
    'id, site, updatedAt, nextDueAt, lastContactAt, industry, *tags, personId, lastVisitedAt, [industry+nextDueAt]',
  notes: '++id, contactId, updatedAt',
  touches: '++id, contactId, at, [contactId+at]',
  settings: 'key',
  suggestionLog: '++id, contactId, at',
} as const;

/**
 * Version 4: contacts' `aliases` (earlier ids: a merged-away record, a renamed X handle, a LinkedIn
 * member id) in a multi-entry index, so an old profile URL still finds the person; X's numeric `xUserId`; and the duplicate pairs the user said are "not the same".
 */
export const SCHEMA_V4 = {
  contacts: `${SCHEMA_V1.contacts}, *aliases, xUserId`,
  duplicateDismissals: 'pair',
} as const;

/** Version 6: contacts' `region` (as typed) indexed, for its suggestions, the filter and Insights. */
export const SCHEMA_V6 = {
  contacts: `${SCHEMA_V4.contacts}, region`,
} as const;

/** A likely-duplicate pair the user dismissed ("not the same"); `pair` is the two ids sorted, joined by a space. */
export interface DuplicateDismissal {
  pair: string;
  at: number;
}

/** Version 7: introduction decisions, one row per pair. */
export const SCHEMA_V7 = { introductionDecisions: 'pair' } as const;

export type KakehashiDb = Dexie & {
  contacts: EntityTable<Contact, 'id'>;
  notes: EntityTable<Note, 'id'>;
  touches: EntityTable<Touch, 'id'>;
  settings: EntityTable<SettingsRow, 'key'>;
  suggestionLog: EntityTable<SuggestionLogEntry, 'id'>;
  searchByContact: Table<SearchRow, ContactId>;
  duplicateDismissals: EntityTable<DuplicateDismissal, 'pair'>;
  insightCounts: Table<InsightCountRow, [string, number]>;
  insightPeople: EntityTable<InsightPersonRow, 'contactId'>;
  introductionDecisions: EntityTable<IntroductionDecision, 'pair'>;
  popupHome: EntityTable<HomeRow, 'key'>;
  insightNetwork: EntityTable<InsightNetworkRow, 'industry'>;
  introductionCache: EntityTable<IntroCacheRow, 'key'>;
};

/** Index rows written per `bulkPut` while version 3 builds the search index of an existing book. */
const UPGRADE_CHUNK = 2_000;

/** Version 3: the People page's first search index, one row per record (dropped by version 9). */
async function buildSearchIndex(tx: Transaction): Promise<void> {
  const index = tx.table(LEGACY_SEARCH_TABLE);
  const sources = [['c', 'contacts'], ['n', 'notes'], ['t', 'touches']] as const;
  for (const [kind, table] of sources) {
    const records: Array<Contact | Note | Touch> = await tx.table(table).toArray();
    const rows = records.flatMap((record) => recordTokensOf(kind, record) ?? []);
    for (let i = 0; i < rows.length; i += UPGRADE_CHUNK) await index.bulkPut(rows.slice(i, i + UPGRADE_CHUNK));
  }
}

/**
 * Version 8 → 9: the search index as one row per contact (search-index.ts), built from every
 * contact, note and touch (the rows of version 3's index are not read: the records are the truth),
 * written in chunks.
 */
async function buildContactSearchIndex(tx: Transaction): Promise<void> {
  const [contacts, notes, touches] = await Promise.all([tx.table<Contact>('contacts').toArray(), tx.table<Note>('notes').toArray(), tx.table<Touch>('touches').toArray()]);
  const rows = searchRowsOf(contacts, notes, touches);
  const index = tx.table(SEARCH_TABLE);
  for (let i = 0; i < rows.length; i += UPGRADE_CHUNK) await index.bulkPut(rows.slice(i, i + UPGRADE_CHUNK));
}

/** Version 1 → 2: `userEditedAt` estimated for every contact; out-of-range times repaired. */
async function upgradeToVersion2(tx: Transaction): Promise<void> {
  const now = Date.now();
  const settings = await tx.table<Partial<Settings> & { key: string }>('settings').get('user');
  const defaultCadenceDays = settings?.defaultCadenceDays ?? DEFAULT_SETTINGS.defaultCadenceDays;
  await tx
    .table<Contact>('contacts')
    .toCollection()
    .modify((contact) => {
      if (contact.userEditedAt === undefined) contact.userEditedAt = initialUserEditedAt(contact);
      const repaired = repairContactTimes(contact, now, (c) => computeNextDueAt(c, defaultCadenceDays));
      if (repaired) Object.assign(contact, repaired);
    });
  await tx
    .table<Note>('notes')
    .toCollection()
    .modify((note) => {
      const repaired = repairNoteTimes(note, now);
      if (repaired) Object.assign(note, repaired);
    });
  await tx
    .table<Touch>('touches')
    .toCollection()
    .modify((touch) => {
      const repaired = repairTouchTime(touch, now);
      if (repaired) Object.assign(touch, repaired);
    });
}

/** Version 3 → 4: an `aliases` value that is not a list of strings (never written by us) is removed. */
async function dropMalformedAliases(tx: Transaction): Promise<void> {
  await tx
    .table<Omit<Contact, 'aliases'> & { aliases?: unknown }>('contacts')
    .filter((c) => c.aliases !== undefined && !(Array.isArray(c.aliases) && c.aliases.every((a) => typeof a === 'string')))
    .modify((c) => {
      delete c.aliases;
    });
}

/**
 * Version 4 → 5: every touch carries its person's industry, Insights' counters are built from all
 * touches (insight-counts.ts), and the diversity goal becomes a percentage (diversity-goal.ts).
 */
async function upgradeToVersion5(tx: Transaction): Promise<void> {
  const industryOf = new Map<string, string | null>();
  await tx.table<Contact>('contacts').each((c) => void industryOf.set(c.id, c.industry));
  const touches: Touch[] = [];
  await tx
    .table<Touch>('touches')
    .toCollection()
    .modify((touch) => {
      touch.industry = industryOf.get(touch.contactId) ?? null;
      touches.push({ ...touch });
    });
  const { counts, people } = countRowsOf(touches);
  for (let i = 0; i < counts.length; i += UPGRADE_CHUNK) await tx.table(INSIGHT_COUNTS_TABLE).bulkPut(counts.slice(i, i + UPGRADE_CHUNK));
  for (let i = 0; i < people.length; i += UPGRADE_CHUNK) await tx.table(INSIGHT_PEOPLE_TABLE).bulkPut(people.slice(i, i + UPGRADE_CHUNK));
  const settings = tx.table<SettingsRow & { diversityGoal?: number }>('settings');
  const row = await settings.get('user');
  if (row) await settings.put(upgradeGoalSetting(row));
}

/**
 * Version 5 → 6: a `region` that is not a non-blank string within `LIMITS.region` (never written by
 * us: no earlier version had the field) is removed, so the index and the pages only see good values.
 */
async function dropMalformedRegions(tx: Transaction): Promise<void> {
  await tx
    .table<Omit<Contact, 'region'> & { region?: unknown }>('contacts')
    .filter((c) => c.region !== undefined && !(typeof c.region === 'string' && c.region.trim() !== '' && c.region.length <= LIMITS.region))
    .modify((c) => {
      delete c.region;
    });
}

/**
 * Version 8 → 9: contacts per industry (insight-counts.ts), counted once from the `industry` index
 * (its keys, no record read); people without an industry are the rest of the book.
 */
async function buildNetworkCounts(tx: Transaction): Promise<void> {
  const contacts = tx.table<Contact>('contacts');
  const [total, industries] = await Promise.all([contacts.count(), contacts.orderBy('industry').keys()]);
  const people = [...industries.map((industry) => ({ industry: industry as string })), ...Array.from({ length: total - industries.length }, () => ({ industry: null }))];
  await tx.table(INSIGHT_NETWORK_TABLE).bulkPut(networkRowsOf(people));
}

/**
 * Opens (lazily) the database. Tests pass `{ indexedDB, IDBKeyRange }` from a fresh fake-indexeddb
 * factory, because Dexie otherwise captures the global `indexedDB` at import time.
 */
export function openDb(name: string = DB_NAME, options?: DexieOptions): KakehashiDb {
  const db = new Dexie(name, options) as KakehashiDb;
  db.version(1).stores(SCHEMA_V1);
  // Version 2: contacts gain `userEditedAt` (not indexed: only a restore's merge reads it). Rows are
  // kept whole; the new field is estimated from what each row holds (see initialUserEditedAt). Times
  // that version 1 let a restore store outside the bounds (time-bounds.ts) are repaired here, once,
  // so no row breaks a page and every backup of the database restores (see repair-times.ts).
  db.version(2).stores(SCHEMA_V1).upgrade(upgradeToVersion2);
  // Version 3: the People page's search index (search-index.ts), built for every existing row.
  db.version(3).stores({ [LEGACY_SEARCH_TABLE]: LEGACY_SEARCH_INDEX_STORE }).upgrade(buildSearchIndex);
  // Version 4: contacts are also found by an earlier id (`aliases`: a member-id URL, a renamed X
  // handle, a merged-away duplicate) and by X's numeric id (utils/db/identity.ts), and the duplicate
  // pairs the user said are "not the same" are kept. Both fields are optional and absent on older rows
  // (= none), so IndexedDB indexes the rows as they are; the upgrade only drops a malformed alias list.
  db.version(4).stores(SCHEMA_V4).upgrade(dropMalformedAliases);
  // Version 5: Insights' counters (insight-counts.ts) and the industry on each touch; the goal in %.
  db.version(5).stores({ [INSIGHT_COUNTS_TABLE]: INSIGHT_COUNTS_STORE, [INSIGHT_PEOPLE_TABLE]: INSIGHT_PEOPLE_STORE }).upgrade(upgradeToVersion5);
  // Version 6: contacts' `region` indexed (optional, absent on older rows = unknown).
  db.version(6).stores(SCHEMA_V6).upgrade(dropMalformedRegions);
  // Version 7: what the user decided about suggested introductions (introductions.ts). A new, empty
  // table; no existing row changes, so the upgrade has nothing to convert.
  db.version(7).stores(SCHEMA_V7);
  // Version 8: the popup's cached home and the stamp every write replaces (popup-home.ts). A cache
  // only: it starts empty (the first popup computes it), so there is nothing to upgrade.
  db.version(8).stores({ [HOME_TABLE]: HOME_STORE });
  // Version 9: Insights' contacts per industry (insight-counts.ts), counted once here and then kept
  // by every contact write; and the introductions' cache (introductions-cache.ts), which starts empty.
  db.version(9).stores({ [INSIGHT_NETWORK_TABLE]: INSIGHT_NETWORK_STORE, [INTRO_CACHE_TABLE]: INTRO_CACHE_STORE }).upgrade(buildNetworkCounts);
  // Version 10: the search index as one row per contact, keyed by its id (search-index.ts): about a
  // third of the rows and index entries, and lookups that read contact ids. IndexedDB cannot change
  // a store's key, so it is a new table built from the records, and version 3's table is dropped.
  db.version(10).stores({ [LEGACY_SEARCH_TABLE]: null, [SEARCH_TABLE]: SEARCH_INDEX_STORE }).upgrade(buildContactSearchIndex);
  db.use(searchIndexMiddleware);
  db.use(insightCountsMiddleware);
  db.use(homeStampMiddleware);
  db.use(introStampMiddleware);
  return db;
}
