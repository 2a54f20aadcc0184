import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { computeNextDueAt } from '../domain/cadence';
import { DAY_MS, type Contact } from '../model';
import { newContact } from './contacts';
import { openDb, type KakehashiDb } from './schema';

/** A database on a fresh fake-indexeddb factory: no state leaks between tests. */
export function freshDb(name = 'kakehashi-test'): KakehashiDb {
  return openDb(name, { indexedDB: new IDBFactory(), IDBKeyRange });
}

/** A LinkedIn contact in `industry`, last contacted N days before `now` (null: never), on the default 90-day cadence. */
export function testPerson(handle: string, industry: string | null, lastContactDaysAgo: number | null, now: number): Contact {
  const c = newContact({ site: 'linkedin', handle }, now - 400 * DAY_MS);
  c.name = handle;
  c.industry = industry;
  c.industrySource = industry ? 'manual' : null;
  c.lastContactAt = lastContactDaysAgo === null ? null : now - lastContactDaysAgo * DAY_MS;
  c.nextDueAt = computeNextDueAt(c, 90);
  return c;
}
