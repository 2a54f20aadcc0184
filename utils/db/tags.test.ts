import { IDBIndex } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KakehashiDb } from './schema';
import { listTags } from './tags';
import { freshDb, testPerson } from './test-db';

const NOW = Date.UTC(2026, 10, 23, 9);
const TAGS = ['tokyo', 'hometown', 'meetup', 'alumni', 'mentor', '地元', '勉強会', 'Zeta', 'é'];

let db: KakehashiDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

/** `count` contacts, each with one to three of TAGS (some repeated), a few with none. */
async function seed(count: number): Promise<void> {
  const people = Array.from({ length: count }, (_, i) => {
    const c = testPerson(`p${i}`, null, 10, NOW);
    c.tags = i % 17 === 0 ? [] : [TAGS[i % TAGS.length]!, TAGS[(i * 7) % TAGS.length]!, TAGS[(i * 3) % TAGS.length]!];
    return c;
  });
  await db.contacts.bulkPut(people);
}

describe('listTags', () => {
  it('lists every distinct tag once, in index order (UTF-16 code units)', async () => {
    await seed(3_000);
    const expected = [...new Set(TAGS)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(await listTags(db)).toEqual(expected);
  });

  it('reads one index row per distinct tag, and never walks the index with a cursor', async () => {
    await seed(3_000);
    const getAll = vi.spyOn(IDBIndex.prototype, 'getAll');
    const openCursor = vi.spyOn(IDBIndex.prototype, 'openCursor');
    const openKeyCursor = vi.spyOn(IDBIndex.prototype, 'openKeyCursor');
    const tags = await listTags(db);
    expect(tags).toHaveLength(TAGS.length);
    expect(openCursor).not.toHaveBeenCalled();
    expect(openKeyCursor).not.toHaveBeenCalled();
    // One read per tag, plus the one that finds nothing above the last; each asks for one row.
    expect(getAll).toHaveBeenCalledTimes(TAGS.length + 1);
    // Dexie passes the count as the second argument or, with IndexedDB 3.0, in an options object.
    const counts = getAll.mock.calls.map(([query, count]) => (query && typeof query === 'object' && 'count' in query ? (query as { count?: number }).count : count));
    expect(counts).toEqual(Array(TAGS.length + 1).fill(1));
  });

  it('stops at the limit, and is empty for a book without tags', async () => {
    expect(await listTags(db)).toEqual([]);
    await seed(200);
    expect(await listTags(db, 3)).toEqual(['Zeta', 'alumni', 'hometown']);
  });
});
