import { afterEach, describe, expect, it, vi } from 'vitest';
import { computeNextDueAt } from '../domain/cadence';
import { makeContact, makeNote, SETTINGS, T0 } from '../io/__fixtures__/records';
import { parseBackup, serializeBackup, type Backup } from '../io/backup';
import { planRestore } from '../io/backup-restore';
import type { Contact, ContactId } from '../model';
import { readBackupData } from './export';
import { applyRestorePlan, restoreBackup } from './restore';
import type { KakehashiDb } from './schema';
import { freshDb } from './test-db';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 23, 8);

const opened: KakehashiDb[] = [];
function db(): KakehashiDb {
  const d = freshDb();
  opened.push(d);
  return d;
}
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});

/** A contact as the app stores it: `nextDueAt` follows from its fields and the default cadence. */
const due = (c: Contact, defaultCadenceDays = SETTINGS.defaultCadenceDays): Contact => ({ ...c, nextDueAt: computeNextDueAt(c, defaultCadenceDays) });

const taro = due(makeContact('yamada-taro', {
  name: '山田 太郎', industry: 'financial-services', industrySource: 'manual', tags: ['富山'], cadenceDays: 30,
  lastContactAt: T0 + 3 * DAY, personId: 'p1', connectedAt: Date.UTC(2025, 0, 15), userEditedAt: T0,
}));
const mori = due(makeContact('dr_mori3', { site: 'x', name: 'Dr.Mori 🐷', snoozedUntil: T0 + 9 * DAY, personId: 'p1', userEditedAt: T0 }));
const ethan = due(makeContact('ethanohara'));

/** A database with something in every table, auto ids with gaps (deleted records). */
async function seedOriginal(d: KakehashiDb): Promise<void> {
  await d.contacts.bulkAdd([taro, mori, ethan]);
  await d.notes.bulkAdd([
    makeNote(taro.id, 'Met at the Toyama meetup', { id: 3 }),
    makeNote(taro.id, '次回は金沢で。', { id: 7, createdAt: T0 + DAY, updatedAt: T0 + 2 * DAY }),
    makeNote(mori.id, 'streams on weekends', { id: 8 }),
  ]);
  await d.touches.bulkAdd([
    // As recordTouch stores them: with the person's industry (Insights counts by it).
    { id: 2, contactId: taro.id, kind: 'meeting', at: T0 + 3 * DAY, note: 'coffee', industry: taro.industry },
    { id: 5, contactId: mori.id, kind: 'comment', at: T0 + 2 * DAY, industry: mori.industry },
  ]);
  await d.suggestionLog.bulkAdd([
    { id: 1, contactId: ethan.id, at: T0 + DAY, outcome: 'shown' },
    { id: 4, contactId: ethan.id, at: T0 + DAY + 5, outcome: 'skipped' },
  ]);
  await d.settings.put({ key: 'user', ...SETTINGS });
}

/** Every table exactly as stored (settings row included, not merged with defaults). */
async function dump(d: KakehashiDb) {
  return {
    contacts: await d.contacts.toArray(),
    notes: await d.notes.toArray(),
    touches: await d.touches.toArray(),
    settings: await d.settings.toArray(),
    suggestionLog: await d.suggestionLog.toArray(),
  };
}

async function backupOf(d: KakehashiDb): Promise<Backup> {
  const result = parseBackup(serializeBackup(await readBackupData(d), NOW), NOW);
  if (!result.ok) throw new Error(result.detail);
  return result.backup;
}

describe('restoreBackup: replace', () => {
  it('restored into an empty database is identical to the original', async () => {
    const original = db();
    await seedOriginal(original);
    const target = db();
    const report = await restoreBackup(target, await backupOf(original), 'replace');
    expect(await dump(target)).toEqual(await dump(original));
    expect(report.contacts.added).toBe(3);
    // New records continue after the restored ids, as they would have in the original.
    expect(await target.notes.add(makeNote(ethan.id, 'new'))).toBe(9);
  });

  it('removes everything that was there before', async () => {
    const original = db();
    await seedOriginal(original);
    const target = db();
    await target.contacts.add(makeContact('someone-else'));
    await target.notes.add(makeNote('linkedin:someone-else', 'old note'));
    await restoreBackup(target, await backupOf(original), 'replace');
    expect(await dump(target)).toEqual(await dump(original));
  });
});

describe('restoreBackup: merge', () => {
  it('adds what is new, keeps a manual industry and the stored settings, never deletes, and is idempotent', async () => {
    const original = db();
    await seedOriginal(original);
    // The backup's (newer) taro has only an automatic industry.
    await original.contacts.update(taro.id, { industrySource: 'auto' });
    const backup = await backupOf(original);

    const target = db();
    const localSettings = { ...SETTINGS, defaultCadenceDays: 60, language: 'en' as const };
    await target.settings.put({ key: 'user', ...localSettings });
    // Stored: taro older, but with a manual industry of its own and a later touch.
    const storedTaro: Contact = {
      ...taro, name: 'Taro (old)', industry: 'education', industrySource: 'manual', updatedAt: T0 - DAY, lastContactAt: T0 + 5 * DAY,
    };
    const localOnly = makeContact('local-only');
    await target.contacts.bulkAdd([storedTaro, localOnly]);
    // Same note as the backup's id 3, under another id; and a local note holding id 7.
    await target.notes.bulkAdd([
      makeNote(taro.id, 'Met at the Toyama meetup', { id: 1 }),
      makeNote(localOnly.id, 'local', { id: 7 }),
    ]);

    const report = await restoreBackup(target, backup, 'merge');
    expect(report.contacts).toMatchObject({ added: 2, updated: 1, kept: 0 });
    expect(report.notes).toEqual({ added: 2, updated: 0, kept: 1 });
    expect(report.settings).toBe('kept');

    const merged = await target.contacts.get(taro.id);
    expect(merged).toMatchObject({ name: '山田 太郎', industry: 'education', industrySource: 'manual', lastContactAt: T0 + 5 * DAY });
    expect(merged!.nextDueAt).toBeGreaterThan(T0 + 5 * DAY);
    expect(await target.contacts.get(localOnly.id)).toEqual(localOnly);
    const bodies = (await target.notes.toArray()).map((n) => `${n.contactId}:${n.body}`).sort();
    expect(bodies).toEqual([
      `${mori.id}:streams on weekends`,
      `${taro.id}:Met at the Toyama meetup`,
      `${taro.id}:次回は金沢で。`,
      `${localOnly.id}:local`,
    ].sort());
    expect(await target.notes.get(7)).toMatchObject({ body: 'local' });
    expect(await target.settings.get('user')).toEqual({ key: 'user', ...localSettings });

    const before = await dump(target);
    const again = await restoreBackup(target, backup, 'merge');
    expect(again.contacts.added + again.notes.added + again.touches.added + again.suggestionLog.added).toBe(0);
    expect(await dump(target)).toEqual(before);
  });

  it('into an empty database is identical to the original too', async () => {
    const original = db();
    await seedOriginal(original);
    const target = db();
    await restoreBackup(target, await backupOf(original), 'merge');
    expect(await dump(target)).toEqual(await dump(original));
  });
});

describe('restoreBackup: due dates', () => {
  const dueDates = async (d: KakehashiDb) => Object.fromEntries((await d.contacts.toArray()).map((c) => [c.id, c.nextDueAt]));
  const expected = (defaultCadenceDays: number) =>
    Object.fromEntries([taro, mori, ethan].map((c) => [c.id, computeNextDueAt(c, defaultCadenceDays)]));

  it('recomputes nextDueAt of every restored contact: replace with the backup settings, merge with the current ones', async () => {
    const original = db();
    await seedOriginal(original);
    // A backup in which nobody is ever due: a missing or stale value must not carry over.
    await original.contacts.toCollection().modify((c) => {
      c.nextDueAt = null;
    });
    const backup = await backupOf(original);

    const replaced = db();
    await replaced.settings.put({ key: 'user', ...SETTINGS, defaultCadenceDays: 30 });
    await restoreBackup(replaced, backup, 'replace');
    expect(await dueDates(replaced)).toEqual(expected(SETTINGS.defaultCadenceDays));
    expect(Object.values(await dueDates(replaced))).not.toContain(null);

    const merged = db();
    await merged.settings.put({ key: 'user', ...SETTINGS, defaultCadenceDays: 30 });
    await merged.contacts.add({ ...ethan, nextDueAt: null });
    const report = await restoreBackup(merged, backup, 'merge');
    expect(await dueDates(merged)).toEqual(expected(30));
    expect(report.contacts).toMatchObject({ added: 2, updated: 1 });
  });
});

describe('a restore that fails part-way', () => {
  it('leaves the database exactly as it was when a record is refused after the tables were cleared', async () => {
    const original = db();
    await seedOriginal(original);
    const target = db();
    await target.contacts.add(makeContact('keep-me'));
    await target.notes.add(makeNote('linkedin:keep-me', 'precious'));
    const before = await dump(target);

    const plan = planRestore({ contacts: [], notes: [], touches: [], settings: null, suggestionLog: [] }, await backupOf(original), 'replace', { computeNextDueAt });
    // A contact without its key: IndexedDB refuses it (DataError) after contacts were already written.
    plan.contacts.push({ ...ethan, id: undefined as unknown as ContactId });
    await expect(applyRestorePlan(target, plan)).rejects.toThrow();
    expect(await dump(target)).toEqual(before);
  });

  it('leaves the database exactly as it was when a later table fails (merge and replace)', async () => {
    const original = db();
    await seedOriginal(original);
    const backup = await backupOf(original);
    const target = db();
    await target.contacts.add(makeContact('keep-me'));
    await target.settings.put({ key: 'user', ...SETTINGS, diversityGoalPercent: 65 });
    const before = await dump(target);
    for (const mode of ['merge', 'replace'] as const) {
      const spy = vi.spyOn(target.suggestionLog, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
      await expect(restoreBackup(target, backup, mode)).rejects.toThrow('disk full');
      expect(spy).toHaveBeenCalledOnce();
      spy.mockRestore();
      expect(await dump(target)).toEqual(before);
    }
  });

  it('rolls back earlier chunks when a record in a later chunk is refused', async () => {
    const target = db();
    await target.contacts.add(makeContact('keep-me'));
    const before = await dump(target);
    const many = Array.from({ length: 4_500 }, (_, i) => makeContact(`bulk-${i}`));
    many[4_200] = { ...many[4_200]!, id: undefined as unknown as ContactId };
    const plan = planRestore(
      { contacts: [], notes: [], touches: [], settings: null, suggestionLog: [] },
      { ...(await backupOf(db())), data: { contacts: many, notes: [], touches: [], settings: SETTINGS, suggestionLog: [] } },
      'replace',
      { computeNextDueAt },
    );
    const progress: number[] = [];
    await expect(applyRestorePlan(target, plan, (done) => progress.push(done), 2_000)).rejects.toThrow();
    expect(progress).toEqual([0, 2_000, 4_000]);
    expect(await dump(target)).toEqual(before);
  });
});

describe('a replace builds the search index and Insights counters itself', () => {
  const indexTables = async (d: KakehashiDb) => ({
    searchIndex: await d.searchByContact.toArray(),
    insightCounts: await d.insightCounts.toArray(),
    insightPeople: await d.insightPeople.toArray(),
  });

  it('to exactly what the write-by-write middlewares build, and drops what was there', async () => {
    const original = db();
    await seedOriginal(original);
    await original.touches.add({ contactId: ethan.id, kind: 'ask', at: T0 + 4 * DAY, note: 'お願い', industry: null });
    const expected = await indexTables(original);
    // One row per contact, holding the parts of its contact, notes and touch notes.
    expect(expected.searchIndex.flatMap((row) => Object.keys(row.parts)).length).toBeGreaterThan(3);
    expect(expected.insightPeople.length).toBeGreaterThan(0);
    const backup = await backupOf(original);
    const target = db();
    await target.contacts.add(makeContact('gone-after-replace', { name: 'Gone Person' }));
    await target.touches.add({ contactId: 'linkedin:gone-after-replace' as ContactId, kind: 'thanks', at: T0, industry: 'education' });
    await restoreBackup(target, backup, 'replace');
    expect(await indexTables(target)).toEqual(expected);
  });
});
