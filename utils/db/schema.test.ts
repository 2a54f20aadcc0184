/**
 * Every earlier schema version opens through `openDb` without losing a record (DESIGN.md, "Data":
 * no upgrade may lose data).
 *
 * Each version, the current one included, is one row of PAST_VERSIONS: its stores exactly as they
 * shipped (a frozen copy, never imported, so editing an old `version(n)` block in place fails here),
 * records to fill it with, and what those records must look like after the upgrade. When version
 * N+1 ships, add its row; the rows before it stay as they are and keep proving the whole chain.
 */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DAY_MS, type Contact, type Note, type SuggestionLogEntry, type Touch } from '../model';
import { parseBackup, serializeBackup } from '../io/backup';
import { readBackupData } from './export';
import { searchPeople } from './people';
import { openDb, SCHEMA_V1, type KakehashiDb, type SettingsRow } from './schema';

const T0 = Date.UTC(2026, 4, 1, 9);

/** A contact as any version stored it: version 1 had no `userEditedAt`. */
type StoredContact = Omit<Contact, 'userEditedAt'> & { userEditedAt?: number | null };

interface Rows {
  contacts: StoredContact[];
  notes: Note[];
  touches: Touch[];
  settings: SettingsRow[];
  suggestionLog: SuggestionLogEntry[];
}

interface PastVersion {
  version: number;
  /** The stores of that version, copied verbatim when it shipped. */
  stores: Record<keyof Rows, string> & Record<string, string>;
  /** Records as that version wrote them. */
  rows: () => Rows;
  /** What the current version must hold after opening them (identity when nothing changed). */
  upgraded: (old: Rows) => Rows;
}

function contactV1(handle: string, overrides: Partial<StoredContact> = {}): StoredContact {
  const site = overrides.site ?? 'linkedin';
  return {
    id: `${site}:${handle}`,
    site,
    handle,
    url: site === 'linkedin' ? `https://www.linkedin.com/in/${handle}/` : `https://x.com/${handle}`,
    name: `Name ${handle}`,
    headline: 'Nurse at 東京医療センター',
    company: null,
    location: 'Tokyo',
    avatarUrl: null,
    industry: 'hospitals-health-care',
    industrySource: 'auto',
    tags: ['tokyo', '同郷'],
    cadenceDays: null,
    lastContactAt: T0 - 10 * DAY_MS,
    nextDueAt: T0 + 80 * DAY_MS,
    snoozedUntil: null,
    personId: null,
    connectedAt: null,
    createdAt: T0 - 30 * DAY_MS,
    updatedAt: T0,
    lastVisitedAt: null,
    ...overrides,
  };
}

/** The stores of each version as it shipped, copied verbatim (each version adds to the one before). */
const STORES_V1 = {
  contacts: 'id, site, updatedAt, nextDueAt, lastContactAt, industry, *tags, personId, lastVisitedAt, [industry+nextDueAt]',
  notes: '++id, contactId, updatedAt',
  touches: '++id, contactId, at, [contactId+at]',
  settings: 'key',
  suggestionLog: '++id, contactId, at',
};
const STORES_V3 = { ...STORES_V1, searchIndex: '[contactId+kind+rid], kind, *tokens' };
const STORES_V4 = {
  ...STORES_V3,
  contacts: 'id, site, updatedAt, nextDueAt, lastContactAt, industry, *tags, personId, lastVisitedAt, [industry+nextDueAt], *aliases, xUserId',
  duplicateDismissals: 'pair',
};
const STORES_V5 = { ...STORES_V4, insightCounts: '[industry+day], day', insightPeople: 'contactId, net' };
const STORES_V6 = { ...STORES_V5, contacts: `${STORES_V5.contacts}, region` };
const STORES_V7 = { ...STORES_V6, introductionDecisions: 'pair' };
const STORES_V8 = { ...STORES_V7, popupHome: 'key' };
const STORES_V9 = { ...STORES_V8, insightNetwork: 'industry', introductionCache: 'key' };
const { searchIndex: _perRecordIndex, ...STORES_V9_KEPT } = STORES_V9;
const STORES_V10 = { ...STORES_V9_KEPT, searchByContact: 'contactId, *tokens' };

const PAST_VERSIONS: PastVersion[] = [
  {
    version: 1,
    stores: STORES_V1,
    rows: () => ({
      contacts: [
        contactV1('ayaka-tanaka'),
        contactV1('ken_dev', { site: 'x', industry: null, industrySource: null, tags: [], nextDueAt: null, cadenceDays: 0, lastContactAt: null, updatedAt: T0 - DAY_MS }),
        contactV1('%e7%94%b0%e4%b8%ad', { tags: ['同郷'], industrySource: 'manual', personId: 'p1', snoozedUntil: T0 + DAY_MS, connectedAt: T0 - 400 * DAY_MS, lastVisitedAt: T0, updatedAt: T0 - 2 * DAY_MS }),
        // Imported and visited, nothing set by the user: defaults only.
        contactV1('imported-only', { tags: [], connectedAt: T0 - 99 * DAY_MS, lastVisitedAt: T0 - DAY_MS, updatedAt: T0 - 3 * DAY_MS }),
      ],
      notes: [
        { id: 1, contactId: 'linkedin:ayaka-tanaka', body: 'Met at JR東日本 event\nline two', createdAt: T0 - 5, updatedAt: T0 },
        { id: 7, contactId: 'x:ken_dev', body: '=cmd|" /C calc"!A0', createdAt: T0, updatedAt: T0 },
      ],
      touches: [
        { id: 3, contactId: 'linkedin:ayaka-tanaka', kind: 'thanks', at: T0 - 10 * DAY_MS, note: 'sent the article' },
        { id: 4, contactId: 'linkedin:ayaka-tanaka', kind: 'other', at: T0 - 20 * DAY_MS },
      ],
      settings: [{ key: 'user', industry: 'technology-information-media', defaultCadenceDays: 60, language: 'ja', quietMode: true }],
      suggestionLog: [{ id: 2, contactId: 'linkedin:ayaka-tanaka', at: T0, outcome: 'skipped' }],
    }),
    // Version 2 adds userEditedAt: the row's updatedAt where the user had set something of their own
    // (tags, a "none" cadence, a manual industry with a link and a snooze), null for the untouched one.
    upgraded: (old) => toVersion5({
      ...old,
      contacts: old.contacts.map((c) => ({
        ...c,
        userEditedAt: {
          'linkedin:ayaka-tanaka': T0,
          'x:ken_dev': T0 - DAY_MS,
          'linkedin:%e7%94%b0%e4%b8%ad': T0 - 2 * DAY_MS,
          'linkedin:imported-only': null,
        }[c.id as string],
      })),
    }),
  },
  {
    // Version 2: the stores of version 1; contacts carry userEditedAt (null or a time).
    version: 2,
    stores: STORES_V1,
    rows: () => ({
      contacts: [
        { ...contactV1('ayaka-tanaka'), userEditedAt: T0 - DAY_MS },
        { ...contactV1('imported-only', { tags: [], connectedAt: T0 - 99 * DAY_MS }), userEditedAt: null },
      ],
      notes: [{ id: 1, contactId: 'linkedin:ayaka-tanaka', body: '大阪の勉強会で会った看護師', createdAt: T0 - 5, updatedAt: T0 }],
      touches: [{ id: 3, contactId: 'linkedin:ayaka-tanaka', kind: 'thanks', at: T0 - 10 * DAY_MS, note: 'sent the article' }],
      settings: [{ key: 'user', industry: null, defaultCadenceDays: 90, language: 'auto', quietMode: false }],
      suggestionLog: [],
    }),
    // Version 3 adds only the search index table: every row of version 2 stays exactly as it was.
    upgraded: (old) => toVersion5(old),
  },
  {
    // Version 3: version 2's stores plus the search index (its rows are rebuilt, not compared here).
    version: 3,
    stores: STORES_V3,
    rows: () => ({
      contacts: [
        { ...contactV1('ayaka-tanaka'), userEditedAt: T0 - DAY_MS },
        { ...contactV1('ken_dev', { site: 'x', industry: null, industrySource: null }), userEditedAt: null },
        // No version wrote aliases; a foreign tool's malformed value is dropped, nothing else.
        { ...contactV1('odd', { tags: [] }), userEditedAt: null, aliases: 'linkedin:old' } as unknown as StoredContact,
      ],
      notes: [],
      touches: [
        { id: 3, contactId: 'linkedin:ayaka-tanaka', kind: 'thanks', at: T0 - 10 * DAY_MS },
        { id: 4, contactId: 'linkedin:ayaka-tanaka', kind: 'ask', at: T0 - 9 * DAY_MS },
        { id: 5, contactId: 'linkedin:ayaka-tanaka', kind: 'ask', at: T0 - 9 * DAY_MS },
        { id: 6, contactId: 'x:ken_dev', kind: 'comment', at: T0 - DAY_MS },
      ],
      settings: [{ key: 'user', industry: null, defaultCadenceDays: 90, language: 'auto', quietMode: false, dailyNotification: false, diversityGoal: 10, onboardedAt: null } as SettingsRow],
      suggestionLog: [],
    }),
    // Version 4 adds the aliases index and the dismissed-duplicates table (a malformed alias list is
    // dropped); version 5 adds Insights' counters and the industry on each touch.
    upgraded: (old) => toVersion5({ ...old, contacts: old.contacts.map((c) => { const { aliases: _drop, ...rest } = c as StoredContact & { aliases?: unknown }; return rest; }) }),
  },
  {
    // Version 4: contacts may carry earlier ids (`aliases`) and X's numeric id; no goal saved yet.
    version: 4,
    stores: STORES_V4,
    rows: () => ({
      contacts: [
        { ...contactV1('ayaka-tanaka', { personId: 'p1' }), userEditedAt: T0 - DAY_MS, aliases: ['linkedin:ayaka-old'] },
        { ...contactV1('ken_dev', { site: 'x', personId: 'p1' }), userEditedAt: T0, xUserId: '1500000000000000077' },
      ],
      notes: [{ id: 1, contactId: 'linkedin:ayaka-tanaka', body: '大阪の勉強会で会った看護師', createdAt: T0 - 5, updatedAt: T0 }],
      touches: [{ id: 3, contactId: 'x:ken_dev', kind: 'thanks', at: T0 - 10 * DAY_MS, note: 'sent the article' }],
      settings: [{ key: 'user', industry: null, defaultCadenceDays: 90, language: 'auto', quietMode: false }],
      suggestionLog: [{ id: 2, contactId: 'x:ken_dev', at: T0, outcome: 'shown' }],
    }),
    // Version 5 adds Insights' counters and the industry on each touch; the goal becomes a percentage.
    upgraded: (old) => toVersion5(old),
  },
  {
    // Version 5: version 4's stores plus Insights' counters; touches carry their industry.
    version: 5,
    stores: STORES_V5,
    rows: () => ({
      contacts: [
        { ...contactV1('ayaka-tanaka', { aliases: ['linkedin:ayaka-old'] }), userEditedAt: T0 - DAY_MS },
        // No version wrote a region; a foreign tool's malformed one is dropped, nothing else.
        { ...contactV1('odd'), userEditedAt: null, region: 42 } as unknown as StoredContact,
        { ...contactV1('blank'), userEditedAt: null, region: '  ' } as unknown as StoredContact,
      ],
      notes: [{ id: 1, contactId: 'linkedin:ayaka-tanaka', body: '福岡出身の看護師', createdAt: T0 - 5, updatedAt: T0 }],
      touches: [{ id: 3, contactId: 'linkedin:ayaka-tanaka', kind: 'thanks', at: T0 - 10 * DAY_MS, industry: 'hospitals-health-care' }],
      settings: [{ key: 'user', industry: null, defaultCadenceDays: 90, language: 'auto', quietMode: false, diversityGoalPercent: 50 }],
      suggestionLog: [],
    }),
    // Version 6 indexes `region`: every row stays as it was, but a malformed region is dropped.
    upgraded: (old) => ({
      ...old,
      contacts: old.contacts.map((c) => {
        const { region: _drop, ...rest } = c as StoredContact & { region?: unknown };
        return rest;
      }),
    }),
  },
  {
    // Version 6: the region index. Version 7 only adds the (empty) introduction decisions: every row stays as it was.
    version: 6,
    stores: STORES_V6,
    rows: () => ({
      contacts: [{ ...contactV1('ayaka-tanaka', { aliases: ['linkedin:ayaka-old'] }), userEditedAt: T0, region: '福岡' } as StoredContact],
      notes: [{ id: 1, contactId: 'linkedin:ayaka-tanaka', body: '日本酒の勉強会で会った', createdAt: T0 - 5, updatedAt: T0 }],
      touches: [{ id: 2, contactId: 'linkedin:ayaka-tanaka', kind: 'introduced', at: T0 - DAY_MS, otherId: 'x:ken_dev', industry: 'hospitals-health-care' }],
      settings: [{ key: 'user', industry: null, defaultCadenceDays: 90, language: 'auto', quietMode: false, diversityGoalPercent: 30 } as SettingsRow],
      suggestionLog: [],
    }),
    upgraded: (old) => old,
  },
  {
    // Version 7: introduction decisions. Version 8 adds only the popup's cache (popup-home.ts), which
    // starts empty: every row stays as it was.
    version: 7,
    stores: STORES_V7,
    rows: () => ({
      contacts: [{ ...contactV1('ayaka-tanaka'), userEditedAt: T0 - DAY_MS, region: '福岡' } as StoredContact],
      notes: [{ id: 1, contactId: 'linkedin:ayaka-tanaka', body: 'Met at JR東日本 event', createdAt: T0 - 5, updatedAt: T0 }],
      touches: [{ id: 3, contactId: 'linkedin:ayaka-tanaka', kind: 'thanks', at: T0 - 10 * DAY_MS, industry: 'hospitals-health-care' }],
      settings: [{ key: 'user', industry: 'technology-information-media', defaultCadenceDays: 60, language: 'ja', quietMode: false, diversityGoalPercent: 30 }],
      suggestionLog: [{ id: 2, contactId: 'linkedin:ayaka-tanaka', at: T0, outcome: 'skipped' }],
    }),
    upgraded: (old) => old,
  },
  {
    // Version 8: the popup's cache. Version 9 adds Insights' contacts per industry (counted from the
    // book, checked below) and the introductions' cache (empty): every row stays as it was.
    version: 8,
    stores: STORES_V8,
    rows: () => ({
      contacts: [{ ...contactV1('ayaka-tanaka'), userEditedAt: T0 - DAY_MS, region: '福岡' } as StoredContact],
      notes: [{ id: 1, contactId: 'linkedin:ayaka-tanaka', body: 'Met at JR東日本 event', createdAt: T0 - 5, updatedAt: T0 }],
      touches: [{ id: 3, contactId: 'linkedin:ayaka-tanaka', kind: 'thanks', at: T0 - 10 * DAY_MS, industry: 'hospitals-health-care' }],
      settings: [{ key: 'user', industry: 'technology-information-media', defaultCadenceDays: 60, language: 'ja', quietMode: false, diversityGoalPercent: 30 }],
      suggestionLog: [],
    }),
    upgraded: (old) => old,
  },
  {
    // Version 9: opening it rebuilds only the search index (version 10), from these very records.
    version: 9,
    stores: STORES_V9,
    rows: () => ({
      contacts: [{ ...contactV1('ayaka-tanaka'), userEditedAt: T0 - DAY_MS, region: '福岡' } as StoredContact],
      notes: [{ id: 1, contactId: 'linkedin:ayaka-tanaka', body: '日本酒の勉強会で会った', createdAt: T0 - 5, updatedAt: T0 }],
      touches: [{ id: 3, contactId: 'linkedin:ayaka-tanaka', kind: 'thanks', at: T0 - 10 * DAY_MS, industry: 'hospitals-health-care' }],
      settings: [{ key: 'user', industry: 'technology-information-media', defaultCadenceDays: 60, language: 'ja', quietMode: false, diversityGoalPercent: 30 }],
      suggestionLog: [],
    }),
    upgraded: (old) => old,
  },
  {
    // Version 10, the current one: opening it changes nothing.
    version: 10,
    stores: STORES_V10,
    rows: () => ({
      contacts: [{ ...contactV1('ayaka-tanaka'), userEditedAt: T0 - DAY_MS, region: '福岡' } as StoredContact],
      notes: [{ id: 1, contactId: 'linkedin:ayaka-tanaka', body: '日本酒の勉強会で会った', createdAt: T0 - 5, updatedAt: T0 }],
      touches: [{ id: 3, contactId: 'linkedin:ayaka-tanaka', kind: 'thanks', at: T0 - 10 * DAY_MS, industry: 'hospitals-health-care', note: 'sent the article' }],
      settings: [{ key: 'user', industry: 'technology-information-media', defaultCadenceDays: 60, language: 'ja', quietMode: false, diversityGoalPercent: 30 }],
      suggestionLog: [],
    }),
    upgraded: (old) => old,
  },
];

/**
 * Version 5: each touch gets its person's industry (null when unknown or when the person is gone),
 * and the settings' goal count becomes a percentage (8 points per industry; none saved = 40%).
 */
function toVersion5(old: Rows): Rows {
  const industryOf = new Map(old.contacts.map((c) => [c.id, c.industry]));
  return {
    ...old,
    touches: old.touches.map((t) => ({ ...t, industry: industryOf.get(t.contactId) ?? null })),
    settings: old.settings.map((row) => {
      const { diversityGoal, ...rest } = row as SettingsRow & { diversityGoal?: number };
      return { ...rest, diversityGoalPercent: diversityGoal === undefined ? 40 : diversityGoal * 8 };
    }),
  };
}

/** The newest version `openDb` declares. */
const CURRENT_VERSION = 10;

async function createOld(factory: IDBFactory, past: PastVersion, name: string): Promise<void> {
  const old = new Dexie(name, { indexedDB: factory, IDBKeyRange });
  old.version(past.version).stores(past.stores);
  const rows = past.rows();
  await old.transaction('rw', Object.keys(rows), async () => {
    for (const [table, records] of Object.entries(rows)) await old.table(table).bulkAdd(records);
  });
  old.close();
}

async function readAll(db: KakehashiDb): Promise<Rows> {
  return {
    contacts: await db.contacts.toArray(),
    notes: await db.notes.toArray(),
    touches: await db.touches.toArray(),
    settings: await db.settings.toArray(),
    suggestionLog: await db.suggestionLog.toArray(),
  };
}

const sortById = <T extends { id?: unknown; key?: unknown }>(rows: T[]) =>
  [...rows].sort((a, b) => String(a.id ?? a.key).localeCompare(String(b.id ?? b.key)));
const normalise = (rows: Rows): Rows => ({
  contacts: sortById(rows.contacts),
  notes: sortById(rows.notes),
  touches: sortById(rows.touches),
  settings: sortById(rows.settings),
  suggestionLog: sortById(rows.suggestionLog),
});

describe('schema upgrades', () => {
  it('the current version is the one this test expects, and version 1 has not been edited in place', () => {
    const db = openDb('kakehashi-verno', { indexedDB: new IDBFactory(), IDBKeyRange });
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(SCHEMA_V1).toEqual(PAST_VERSIONS[0]?.stores);
    db.close();
  });

  it('has one row per version, 1 to the current one, the last with the stores openDb declares', async () => {
    expect(PAST_VERSIONS.map((p) => p.version)).toEqual(Array.from({ length: CURRENT_VERSION }, (_, i) => i + 1));
    const db = openDb('kakehashi-stores', { indexedDB: new IDBFactory(), IDBKeyRange });
    try {
      await db.open();
      const declared = Object.fromEntries(db.tables.map((t) => [t.name, [t.schema.primKey, ...t.schema.indexes].map((i) => i.src).join(', ')]));
      expect(declared).toEqual(PAST_VERSIONS.at(-1)?.stores);
    } finally {
      db.close();
    }
  });

  it('versions 3 and 10 build the search index of a version 1 book: every contact, note and touch note is findable', async () => {
    const factory = new IDBFactory();
    const v1 = PAST_VERSIONS[0]!;
    await createOld(factory, v1, 'kakehashi');
    const db = openDb('kakehashi', { indexedDB: factory, IDBKeyRange });
    try {
      /** Contact/part (c, n1, t3) of every record holding a token that starts with `token`. */
      const owners = async (token: string) => {
        const rows = await db.searchByContact.where('tokens').startsWith(token).distinct().toArray();
        return rows.flatMap((row) => Object.entries(row.parts).flatMap(([part, tokens]) => (tokens!.some((t) => t.startsWith(token)) ? [`${row.contactId}/${part}`] : []))).sort();
      };
      expect(await owners('name')).toEqual(['linkedin:%e7%94%b0%e4%b8%ad/c', 'linkedin:ayaka-tanaka/c', 'linkedin:imported-only/c', 'x:ken_dev/c']);
      expect(await owners('東日')).toEqual(['linkedin:ayaka-tanaka/n1']);
      expect(await owners('calc')).toEqual(['x:ken_dev/n7']);
      expect(await owners('article')).toEqual(['linkedin:ayaka-tanaka/t3']);
      expect(await owners('同郷'.slice(0, 1))).toEqual(['linkedin:%e7%94%b0%e4%b8%ad/c', 'linkedin:ayaka-tanaka/c']);
      // One row per contact; the touch without a note has nothing to index.
      expect(await db.searchByContact.count()).toBe(4);
      expect(Object.keys((await db.searchByContact.get('linkedin:ayaka-tanaka'))!.parts).sort()).toEqual(['c', 'n1', 't3']);
      // Version 3's one-row-per-record table is gone.
      expect(db.backendDB().objectStoreNames.contains('searchIndex')).toBe(false);
    } finally {
      db.close();
    }
  });

  it('version 9 counts the contacts of each industry of a version 1 book (none: unknown), and an empty introductions cache', async () => {
    const factory = new IDBFactory();
    await createOld(factory, PAST_VERSIONS[0]!, 'kakehashi');
    const db = openDb('kakehashi', { indexedDB: factory, IDBKeyRange });
    try {
      const industries = (await db.contacts.toArray()).map((c) => c.industry ?? '');
      const expected = [...new Set(industries)].sort().map((industry) => ({ industry, contacts: industries.filter((i) => i === industry).length }));
      expect(expected.some((r) => r.industry === '')).toBe(true);
      expect(await db.insightNetwork.orderBy('industry').toArray()).toEqual(expected);
      expect(await db.introductionCache.count()).toBe(0);
      // Then kept by every write: a new person, an industry changed, a person deleted.
      await db.contacts.update('x:ken_dev', { industry: 'education' });
      await db.contacts.delete('linkedin:imported-only');
      const after = (await db.contacts.toArray()).map((c) => c.industry ?? '');
      expect(await db.insightNetwork.orderBy('industry').toArray()).toEqual(
        [...new Set(after)].sort().map((industry) => ({ industry, contacts: after.filter((i) => i === industry).length })),
      );
    } finally {
      db.close();
    }
  });

  it('version 10 builds its index from the records, not from version 8\'s index rows (which may be stale)', async () => {
    const factory = new IDBFactory();
    const v8 = PAST_VERSIONS.find((p) => p.version === 8)!;
    await createOld(factory, v8, 'kakehashi');
    const old = new Dexie('kakehashi', { indexedDB: factory, IDBKeyRange });
    old.version(8).stores(v8.stores);
    await old.table('searchIndex').put({ contactId: 'linkedin:ayaka-tanaka', kind: 'n', rid: 99, tokens: ['stale'] });
    old.close();
    const db = openDb('kakehashi', { indexedDB: factory, IDBKeyRange });
    try {
      const found = async (query: string) => [...(await searchPeople(db, query)).ids];
      expect(await found('stale')).toEqual([]);
      expect(await found('jr東日本')).toEqual(['linkedin:ayaka-tanaka']);
      expect(await found('福岡')).toEqual(['linkedin:ayaka-tanaka']);
    } finally {
      db.close();
    }
  });

  it('version 5 builds Insights\' counters of a version 3 book: per industry and day, all time, and per person', async () => {
    const factory = new IDBFactory();
    await createOld(factory, PAST_VERSIONS.find((p) => p.version === 3)!, 'kakehashi');
    const db = openDb('kakehashi', { indexedDB: factory, IDBKeyRange });
    try {
      const day = (at: number) => Math.floor(at / DAY_MS);
      const health = 'hospitals-health-care';
      expect(await db.insightCounts.orderBy('[industry+day]').toArray()).toEqual([
        { industry: '', day: -1, touches: 1, gives: 0, asks: 0 },
        { industry: '', day: day(T0 - DAY_MS), touches: 1, gives: 0, asks: 0 },
        { industry: health, day: -1, touches: 3, gives: 1, asks: 2 },
        { industry: health, day: day(T0 - 10 * DAY_MS), touches: 1, gives: 1, asks: 0 },
        { industry: health, day: day(T0 - 9 * DAY_MS), touches: 2, gives: 0, asks: 2 },
      ]);
      expect(await db.insightPeople.toArray()).toEqual([{ contactId: 'linkedin:ayaka-tanaka', gives: 1, asks: 2, net: 1 }]);
      // Written afterwards, the counters follow every write (insight-counts.test.ts has the rest).
      await db.touches.delete(4);
      expect(await db.insightPeople.get('linkedin:ayaka-tanaka')).toEqual({ contactId: 'linkedin:ayaka-tanaka', gives: 1, asks: 1, net: 0 });
    } finally {
      db.close();
    }
  });

  it('version 2 repairs times version 1 let a restore store (1e16, before 2000, in the future): nothing lost, the backup restores', async () => {
    const factory = new IDBFactory();
    const v1 = PAST_VERSIONS[0]!;
    const old = new Dexie('kakehashi', { indexedDB: factory, IDBKeyRange });
    old.version(1).stores(v1.stores);
    await old.table('contacts').bulkAdd([
      contactV1('far-future', { createdAt: 1e16, updatedAt: -5, lastContactAt: 1e16, nextDueAt: 1e16, snoozedUntil: 8.64e15 + 1, lastVisitedAt: 3 }),
      contactV1('tomorrow-plus', { lastContactAt: Date.now() + 30 * DAY_MS }),
      contactV1('fine'),
    ]);
    await old.table('notes').bulkAdd([{ id: 1, contactId: 'linkedin:far-future', body: 'still here', createdAt: 1e16, updatedAt: 1e16 }]);
    await old.table('touches').bulkAdd([
      { id: 1, contactId: 'linkedin:far-future', kind: 'meeting', at: 1e16 },
      { id: 2, contactId: 'linkedin:fine', kind: 'thanks', at: T0 - DAY_MS },
    ]);
    old.close();

    const before = Date.now();
    const db = openDb('kakehashi', { indexedDB: factory, IDBKeyRange });
    try {
      const [far, ahead, fine] = (await db.contacts.bulkGet(['linkedin:far-future', 'linkedin:tomorrow-plus', 'linkedin:fine'])) as Contact[];
      expect(far).toMatchObject({ snoozedUntil: null, lastVisitedAt: null, lastContactAt: null });
      expect(far!.createdAt).toBeGreaterThanOrEqual(before);
      expect(far!.updatedAt).toBeGreaterThanOrEqual(before);
      // Recomputed from the repaired fields: never contacted, so one default cadence (90 days: this
      // database has no settings row) after it was added.
      expect(far!.nextDueAt).toBe(far!.createdAt + 90 * DAY_MS);
      expect(ahead!.lastContactAt).toBeGreaterThanOrEqual(before);
      expect(ahead!.lastContactAt).toBeLessThanOrEqual(Date.now());
      expect(fine).toEqual({ ...contactV1('fine'), userEditedAt: T0 });
      const note = await db.notes.get(1);
      expect(note).toMatchObject({ body: 'still here' });
      expect(note!.createdAt).toBeGreaterThanOrEqual(before);
      const touches = await db.touches.orderBy('id').toArray();
      expect(touches.map((t) => t.kind)).toEqual(['meeting', 'thanks']);
      expect(touches[0]!.at).toBeGreaterThanOrEqual(before);
      expect(touches[1]!.at).toBe(T0 - DAY_MS);

      const parsed = parseBackup(serializeBackup(await readBackupData(db), Date.now()), Date.now());
      expect(parsed.ok).toBe(true);
    } finally {
      db.close();
    }
  });

  it('version 4 finds contacts by alias and by X user id, and an old row (no such fields) by neither', async () => {
    const factory = new IDBFactory();
    await createOld(factory, PAST_VERSIONS.find((p) => p.version === 3)!, 'kakehashi');
    const db = openDb('kakehashi', { indexedDB: factory, IDBKeyRange });
    try {
      const old = (await db.contacts.get('x:ken_dev'))!;
      await db.contacts.put({ ...old, id: 'x:ken_renamed', handle: 'ken_renamed', aliases: ['x:ken_dev'], xUserId: '1500000000000000077' });
      expect(await db.contacts.where('aliases').equals('x:ken_dev').primaryKeys()).toEqual(['x:ken_renamed']);
      expect(await db.contacts.where('xUserId').equals('1500000000000000077').primaryKeys()).toEqual(['x:ken_renamed']);
      expect(await db.contacts.where('aliases').equals('linkedin:ayaka-tanaka').count()).toBe(0);
      expect(await db.contacts.where('xUserId').above('').count()).toBe(1);
    } finally {
      db.close();
    }
  });

  it('version 6 finds contacts by region as typed, and an old row (no region) by none', async () => {
    const factory = new IDBFactory();
    await createOld(factory, PAST_VERSIONS.find((p) => p.version === 5)!, 'kakehashi');
    const db = openDb('kakehashi', { indexedDB: factory, IDBKeyRange });
    try {
      expect(await db.contacts.orderBy('region').count()).toBe(0);
      await db.contacts.update('linkedin:ayaka-tanaka', { region: '福岡' });
      expect(await db.contacts.where('region').equals('福岡').primaryKeys()).toEqual(['linkedin:ayaka-tanaka']);
      expect(await db.contacts.orderBy('region').uniqueKeys()).toEqual(['福岡']);
    } finally {
      db.close();
    }
  });

  it('version 4 finds a record by an alias and remembers dismissed duplicates, on a version 3 database', async () => {
    const factory = new IDBFactory();
    await createOld(factory, PAST_VERSIONS.find((p) => p.version === 3)!, 'kakehashi');
    const db = openDb('kakehashi', { indexedDB: factory, IDBKeyRange });
    try {
      await db.contacts.update('linkedin:ayaka-tanaka', { aliases: ['linkedin:ayaka-old'] });
      expect(await db.contacts.where('aliases').equals('linkedin:ayaka-old').primaryKeys()).toEqual(['linkedin:ayaka-tanaka']);
      await db.duplicateDismissals.put({ pair: 'linkedin:a x:b', at: T0 });
      expect(await db.duplicateDismissals.count()).toBe(1);
    } finally {
      db.close();
    }
  });

  it('version 6 adds an empty table of introduction decisions to a version 5 book', async () => {
    const factory = new IDBFactory();
    await createOld(factory, PAST_VERSIONS.find((p) => p.version === 5)!, 'kakehashi');
    const db = openDb('kakehashi', { indexedDB: factory, IDBKeyRange });
    try {
      expect(await db.introductionDecisions.count()).toBe(0);
      await db.introductionDecisions.put({ pair: 'linkedin:a x:b', outcome: 'skipped', at: T0, until: null });
      expect(await db.introductionDecisions.get('linkedin:a x:b')).toMatchObject({ outcome: 'skipped' });
    } finally {
      db.close();
    }
  });

  for (const past of PAST_VERSIONS) {
    describe(`a version ${past.version} database`, () => {
      it('opens through openDb with every record intact', async () => {
        const factory = new IDBFactory();
        await createOld(factory, past, 'kakehashi');
        const db = openDb('kakehashi', { indexedDB: factory, IDBKeyRange });
        try {
          await db.open();
          expect(db.verno).toBe(CURRENT_VERSION);
          expect(normalise(await readAll(db))).toEqual(normalise(past.upgraded(past.rows())));
        } finally {
          db.close();
        }
      });

      it('still answers the indexed queries the app relies on, and keeps counting ids upward', async () => {
        const factory = new IDBFactory();
        await createOld(factory, past, 'kakehashi');
        const db = openDb('kakehashi', { indexedDB: factory, IDBKeyRange });
        try {
          const expected = past.upgraded(past.rows());
          const due = expected.contacts.filter((c) => c.nextDueAt !== null && c.nextDueAt <= T0 + 100 * DAY_MS);
          expect(await db.contacts.where('nextDueAt').belowOrEqual(T0 + 100 * DAY_MS).count()).toBe(due.length);
          expect((await db.contacts.where('tags').equals('同郷').primaryKeys()).sort()).toEqual(
            expected.contacts.filter((c) => c.tags.includes('同郷')).map((c) => c.id).sort(),
          );
          const ayakaTouches = await db.touches.where('[contactId+at]').between(['linkedin:ayaka-tanaka', -Infinity], ['linkedin:ayaka-tanaka', Infinity]).toArray();
          expect(ayakaTouches.length).toBe(expected.touches.filter((t) => t.contactId === 'linkedin:ayaka-tanaka').length);
          // A note added after the upgrade never reuses an old id (auto-increment survives).
          const maxId = Math.max(...expected.notes.map((n) => n.id ?? 0));
          const newId = await db.notes.add({ contactId: 'x:ken_dev', body: 'after upgrade', createdAt: T0, updatedAt: T0 });
          expect(newId).toBeGreaterThan(maxId);
        } finally {
          db.close();
        }
      });
    });
  }
});
