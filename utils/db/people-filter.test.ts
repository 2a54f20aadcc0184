import type { DBCore, Middleware } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../domain/people-filter';
import { blankContact, DAY_MS, type Contact } from '../model';
import { filterPeople } from './people-filter';
import type { KakehashiDb } from './schema';
import { freshDb } from './test-db';

const NOW = Date.UTC(2026, 10, 23, 3);
let db: KakehashiDb;
const person = (handle: string, patch: Partial<Contact>): Contact => ({ ...blankContact({ site: 'linkedin', handle }, NOW - 400 * DAY_MS), ...patch });

/** Records of `contacts` read as values (not keys) since the last reset. */
let recordsRead = 0;
const countRecordReads: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'count-record-reads',
  create: (down) => ({
    ...down,
    table(name) {
      const table = down.table(name);
      if (name !== 'contacts') return table;
      return {
        ...table,
        query: (req) => table.query(req).then((res) => ((recordsRead += req.values ? res.result.length : 0), res)),
        getMany: (req) => table.getMany(req).then((res) => ((recordsRead += res.length), res)),
        openCursor: (req) => table.openCursor(req).then((cursor) => ((recordsRead += req.values && cursor ? 1 : 0), cursor)),
      };
    },
  }),
};

beforeEach(async () => {
  db = freshDb();
  db.use(countRecordReads);
  await db.contacts.bulkAdd([
    person('a', { tags: ['mentor'], industry: 'education', nextDueAt: NOW - 5 * DAY_MS, lastContactAt: NOW - 100 * DAY_MS }),
    person('b', { tags: ['mentor', 'client'], industry: 'retail', nextDueAt: NOW + 5 * DAY_MS, lastContactAt: NOW - 3 * DAY_MS }),
    person('c', { industry: 'education', nextDueAt: null, cadenceDays: 0 }),
    { ...person('d', { tags: ['client'] }), id: 'x:d', site: 'x', url: 'https://x.com/d' },
  ]);
});
afterEach(() => db.close());

const ids = async (f: Partial<typeof NO_FILTERS>) => [...(await filterPeople(db, { ...NO_FILTERS, ...f }, NOW))].sort();

describe('filterPeople', () => {
  it('answers through the indexes and combines filters', async () => {
    expect(await ids({ tags: ['mentor'] })).toEqual(['linkedin:a', 'linkedin:b']);
    expect(await ids({ tags: ['mentor'], industry: 'education' })).toEqual(['linkedin:a']);
    expect(await ids({ status: 'due' })).toEqual(['linkedin:a']);
    expect(await ids({ within: 7 })).toEqual(['linkedin:b']);
    expect(await ids({ site: 'x' })).toEqual(['x:d']);
    expect(await ids({ status: 'off', industry: 'education' })).toEqual(['linkedin:c']);
    expect(await ids({ tags: ['nobody'] })).toEqual([]);
    expect(await ids({ tags: ['mentor', 'client'] })).toEqual(['linkedin:b']);
    expect(await ids({ tags: ['client', 'mentor'], site: 'x' })).toEqual([]);
    expect(await ids({ site: 'linkedin', within: 7 })).toEqual(['linkedin:b']);
    expect(await ids({ status: 'due', site: 'linkedin' })).toEqual(['linkedin:a']);
  });

  it('answers tags, industry, site and "touched within" from the indexes alone, reading no record', async () => {
    for (const f of [{ site: 'x' as const }, { tags: ['mentor', 'client'] }, { industry: 'education', site: 'linkedin' as const }, { within: 7, tags: ['mentor'] }]) {
      recordsRead = 0;
      expect((await ids(f)).length).toBeGreaterThan(0);
      expect(recordsRead, JSON.stringify(f)).toBe(0);
    }
    // What no index answers exactly is checked on the candidates' records.
    recordsRead = 0;
    expect(await ids({ status: 'due', industry: 'education' })).toEqual(['linkedin:a']);
    expect(recordsRead).toBeGreaterThan(0);
  });
});
