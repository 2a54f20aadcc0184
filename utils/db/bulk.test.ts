import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchPeople } from './people';
import { LIMITS } from '../limits';
import { DAY_MS, type ContactId, type ProfileSnapshot } from '../model';
import { runBulk } from './bulk';
import { trackContact } from './contacts';
import { deleteContacts, deleteEverything } from './delete';
import { countDue } from './due';
import { addNote } from './notes';
import type { KakehashiDb } from './schema';
import { freshDb } from './test-db';
import { logTouch } from './touches';
import { restoreSnapshot } from './undo';

const NOW = Date.UTC(2026, 10, 23, 9);
const person = (handle: string, name: string): ProfileSnapshot => ({ site: 'linkedin', handle, name, headline: null, company: null, location: null, avatarUrl: null });

let db: KakehashiDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

/** Every table's rows, to compare before an action and after its undo. */
async function everything(db: KakehashiDb) {
  return {
    contacts: await db.contacts.orderBy('id').toArray(),
    notes: await db.notes.orderBy('id').toArray(),
    touches: await db.touches.orderBy('id').toArray(),
    log: await db.suggestionLog.orderBy('id').toArray(),
    index: await db.searchByContact.toArray(),
  };
}

describe('bulk actions', () => {
  it('adds a tag to 1,200 people (two write chunks) in one transaction, keeps the search index current, and undo restores exactly', async () => {
    const contacts = Array.from({ length: 1_200 }, (_, i) => ({
      ...person(`p-${i}`, `Person ${i}`),
      id: `linkedin:p-${i}` as ContactId,
      url: `https://www.linkedin.com/in/p-${i}/`,
      industry: null, industrySource: null, tags: i % 2 ? ['old'] : [], cadenceDays: null, lastContactAt: null,
      nextDueAt: NOW + DAY_MS, snoozedUntil: null, personId: null, connectedAt: null, createdAt: NOW - DAY_MS, updatedAt: NOW - DAY_MS,
      lastVisitedAt: null, userEditedAt: null,
    }));
    await db.contacts.bulkAdd(contacts);
    const before = await everything(db);
    const ids = contacts.map((c) => c.id);
    const result = await runBulk(db, ids, { kind: 'add-tag', tag: ' 勉強会 ' }, NOW);
    expect(result).toMatchObject({ affected: 1_200, skipped: 0 });
    expect(await db.contacts.where('tags').equals('勉強会').count()).toBe(1_200);
    expect((await searchPeople(db, '勉強会')).ids.size).toBeGreaterThan(0);
    expect((await db.contacts.get('linkedin:p-1'))!.tags).toEqual(['old', '勉強会']);
    await restoreSnapshot(db, result.undo);
    expect(await everything(db)).toEqual(before);
    expect((await searchPeople(db, '勉強会')).ids.size).toBe(0);
  }, 60_000);

  it('snooze, reminders off, cadence and industry recompute next due; unchanged people are not counted', async () => {
    await logTouch(db, person('a', 'A'), { kind: 'meeting', at: NOW - 200 * DAY_MS }, NOW - 200 * DAY_MS);
    await logTouch(db, person('b', 'B'), { kind: 'meeting', at: NOW - 100 * DAY_MS }, NOW - 100 * DAY_MS);
    const ids: ContactId[] = ['linkedin:a', 'linkedin:b', 'linkedin:gone'];
    expect(await countDue(db, NOW)).toBe(2);
    expect((await runBulk(db, ids, { kind: 'snooze', length: 'week' }, NOW)).affected).toBe(2);
    expect(await countDue(db, NOW)).toBe(0);
    expect(await countDue(db, NOW + 8 * DAY_MS)).toBe(2);
    const off = await runBulk(db, ids, { kind: 'reminders-off' }, NOW);
    expect(off.affected).toBe(2);
    expect((await db.contacts.get('linkedin:a'))!.nextDueAt).toBeNull();
    expect((await runBulk(db, ids, { kind: 'reminders-off' }, NOW)).affected).toBe(0);
    await runBulk(db, ids, { kind: 'set-cadence', cadenceDays: 14 }, NOW);
    // Still snoozed: the new cadence made b due long ago, the snooze keeps it off until then.
    const b = (await db.contacts.get('linkedin:b'))!;
    expect(b.nextDueAt).toBe(b.snoozedUntil);
    expect(b.cadenceDays).toBe(14);
    await runBulk(db, ids, { kind: 'set-industry', industry: 'education' }, NOW);
    expect(await db.contacts.get('linkedin:a')).toMatchObject({ industry: 'education', industrySource: 'manual', userEditedAt: NOW });
    await runBulk(db, ids, { kind: 'remove-tag', tag: 'none-had-it' }, NOW);
    await expect(runBulk(db, ids, { kind: 'set-industry', industry: 'not-an-industry' }, NOW)).rejects.toThrow('Unknown industry');
    await expect(runBulk(db, ids, { kind: 'add-tag', tag: '   ' }, NOW)).rejects.toThrow('empty');
  });

  it('skips people who already have the most tags, and says how many', async () => {
    await trackContact(db, person('full', 'Full'), NOW);
    await db.contacts.update('linkedin:full', { tags: Array.from({ length: 20 }, (_, i) => `t${i}`) });
    await trackContact(db, person('room', 'Room'), NOW);
    const result = await runBulk(db, ['linkedin:full', 'linkedin:room'], { kind: 'add-tag', tag: 'new' }, NOW);
    expect(result).toMatchObject({ affected: 1, skipped: 1 });
  });
  it('sets a region as typed (trimmed), finds them by it, skips who has it already, clears it, and undo restores exactly', async () => {
    await logTouch(db, person('a', 'A'), { kind: 'meeting', at: NOW - 200 * DAY_MS }, NOW - 200 * DAY_MS);
    await logTouch(db, person('b', 'B'), { kind: 'meeting', at: NOW - 100 * DAY_MS }, NOW - 100 * DAY_MS);
    await logTouch(db, person('c', 'C'), { kind: 'meeting', at: NOW - 50 * DAY_MS }, NOW - 50 * DAY_MS);
    await db.contacts.update('linkedin:b', { region: '福岡' });
    const before = await everything(db);
    const ids: ContactId[] = ['linkedin:a', 'linkedin:b', 'linkedin:gone'];
    const set = await runBulk(db, ids, { kind: 'set-region', region: '  福岡 ' }, NOW);
    expect(set).toMatchObject({ affected: 1, skipped: 0 });
    expect(await db.contacts.get('linkedin:a')).toMatchObject({ region: '福岡', userEditedAt: NOW, updatedAt: NOW });
    expect(await db.contacts.where('region').equals('福岡').primaryKeys()).toEqual(['linkedin:a', 'linkedin:b']);
    expect([...(await searchPeople(db, '福岡')).ids].sort()).toEqual(['linkedin:a', 'linkedin:b']);
    await restoreSnapshot(db, set.undo);
    expect(await everything(db)).toEqual(before);

    const cleared = await runBulk(db, ['linkedin:b', 'linkedin:c'], { kind: 'set-region', region: '   ' }, NOW);
    expect(cleared.affected).toBe(1);
    expect('region' in (await db.contacts.get('linkedin:b'))!).toBe(false);
    expect((await searchPeople(db, '福岡')).ids.size).toBe(0);
    await restoreSnapshot(db, cleared.undo);
    expect(await everything(db)).toEqual(before);
    await expect(runBulk(db, ids, { kind: 'set-region', region: 'x'.repeat(LIMITS.region + 1) }, NOW)).rejects.toThrow('at most');
    expect(await everything(db)).toEqual(before);
  });
});

describe('delete', () => {
  it('deletes people with notes, touches, suggestion log and index rows; undo puts every row back', async () => {
    await addNote(db, person('a', 'Aoi'), 'サプライチェーンの話', NOW);
    await logTouch(db, person('a', 'Aoi'), { kind: 'thanks', at: NOW, note: 'sent the article' }, NOW);
    await db.suggestionLog.add({ contactId: 'linkedin:a', outcome: 'skipped', at: NOW });
    await addNote(db, person('b', 'Ben'), 'stays', NOW);
    const before = await everything(db);
    const undo = await deleteContacts(db, ['linkedin:a']);
    expect(undo.contacts.map((c) => c.id)).toEqual(['linkedin:a']);
    expect([undo.notes.length, undo.touches.length, undo.suggestionLog.length]).toEqual([1, 1, 1]);
    const after = await everything(db);
    expect(after.contacts.map((c) => c.id)).toEqual(['linkedin:b']);
    expect([after.notes.length, after.touches.length, after.log.length]).toEqual([1, 0, 0]);
    expect(after.index.every((row) => row.contactId === 'linkedin:b')).toBe(true);
    expect((await searchPeople(db, 'article')).ids.size).toBe(0);
    await restoreSnapshot(db, undo);
    expect(await everything(db)).toEqual(before);
    expect([...(await searchPeople(db, 'article')).ids]).toEqual(['linkedin:a']);
  });

  it('"delete everything" clears every table', async () => {
    await addNote(db, person('a', 'Aoi'), 'note', NOW);
    await logTouch(db, person('a', 'Aoi'), { kind: 'thanks', at: NOW }, NOW);
    await db.settings.put({ key: 'user', industry: 'education' });
    await db.duplicateDismissals.put({ pair: 'linkedin:a x:a', at: NOW });
    await deleteEverything(db);
    const counts = await Promise.all(db.tables.map((t) => t.count()));
    expect(Object.fromEntries(db.tables.map((t, i) => [t.name, counts[i]]).filter(([, n]) => n !== 0))).toEqual({});
  });
});
