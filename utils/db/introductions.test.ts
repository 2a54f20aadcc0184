import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { introPairKey } from '../domain/introductions';
import { DAY_MS, type ContactId, type ProfileSnapshot } from '../model';
import { updateContact } from './contact-edits';
import { CACHED, decideIntroduction, findIntroductions, INTRO_SNOOZE_DAYS, readCachedIntroductions, recordIntroduction, refreshIntroductions } from './introductions';
import { addNote } from './notes';
import { saveSettings } from './settings';
import { computeNextDueAt } from '../domain/cadence';
import { logTouch } from './touches';
import type { KakehashiDb } from './schema';
import { parseBackup, serializeBackup } from '../io/backup';
import { deleteEverything } from './delete';
import { readBackupData } from './export';
import { restoreBackup } from './restore';
import { freshDb } from './test-db';
import type { IntroResultRow } from './introductions-cache';

const NOW = Date.UTC(2026, 10, 23, 3);
let db: KakehashiDb;

const snapshot = (handle: string, headline: string | null = null): ProfileSnapshot => ({ site: 'linkedin', handle, name: handle, headline, company: null, location: null, avatarUrl: null });
const id = (handle: string) => `linkedin:${handle}` as ContactId;

async function seed(): Promise<void> {
  await updateContact(db, snapshot('nurse'), { industry: 'hospitals-health-care' }, NOW);
  await addNote(db, snapshot('nurse'), 'Curious about Kubernetes for the hospital records', NOW);
  await updateContact(db, snapshot('dev'), { industry: 'technology-information-media', tags: ['Kubernetes'] }, NOW);
  await updateContact(db, snapshot('teacher'), { industry: 'education' }, NOW);
  await addNote(db, snapshot('teacher'), '将棋部の顧問', NOW);
  await updateContact(db, snapshot('driver'), { industry: 'transportation-logistics' }, NOW);
  await addNote(db, snapshot('driver'), '将棋が強い', NOW);
}

beforeEach(async () => {
  db = freshDb();
  await seed();
});
afterEach(() => db.close());

describe('introductions in the database', () => {
  it('finds pairs from notes and tags of the whole book, read in chunks', async () => {
    let yields = 0;
    const found = await findIntroductions(db, { now: NOW, yieldToPage: async () => void yields++ });
    expect(found.map((s) => [s.pair, s.topic])).toEqual(
      expect.arrayContaining([
        [introPairKey(id('dev'), id('nurse')), 'Kubernetes'],
        [introPairKey(id('driver'), id('teacher')), expect.stringMatching(/^将棋/)],
      ]),
    );
    expect(found).toHaveLength(2);
    expect(yields).toBeGreaterThan(0);
  });

  it('a skipped pair stays away; a snoozed one comes back after 30 days', async () => {
    await decideIntroduction(db, id('nurse'), id('dev'), 'skipped', NOW);
    await decideIntroduction(db, id('teacher'), id('driver'), 'snoozed', NOW);
    expect(await findIntroductions(db, { now: NOW + DAY_MS })).toEqual([]);
    const later = await findIntroductions(db, { now: NOW + INTRO_SNOOZE_DAYS * DAY_MS + 1 });
    expect(later.map((s) => s.pair)).toEqual([introPairKey(id('driver'), id('teacher'))]);
  });

  it('"I introduced them" records an introduced touch for both, each naming the other, and the pair is not suggested again', async () => {
    await recordIntroduction(db, id('nurse'), id('dev'), NOW);
    const touches = (await db.touches.toArray()).filter((t) => t.kind === 'introduced');
    expect(touches.map((t) => [t.contactId, t.otherId]).sort()).toEqual([
      [id('dev'), id('nurse')],
      [id('nurse'), id('dev')],
    ]);
    expect((await db.contacts.get(id('nurse')))!.lastContactAt).toBe(NOW);
    expect((await findIntroductions(db, { now: NOW })).map((s) => s.pair)).toEqual([introPairKey(id('driver'), id('teacher'))]);
  });

  it('nothing is recorded when one of the two is gone', async () => {
    await db.contacts.delete(id('dev'));
    await expect(recordIntroduction(db, id('nurse'), id('dev'), NOW)).rejects.toThrow();
    expect(await db.introductionDecisions.count()).toBe(0);
    expect((await db.touches.toArray()).filter((t) => t.kind === 'introduced')).toEqual([]);
  });

  it('hometown ↔ city pairs come from the settings and the contacts’ regions', async () => {
    await db.settings.put({ key: 'user', hometown: '福岡', currentCity: '東京' });
    await updateContact(db, snapshot('farmer'), { industry: 'farming-ranching-forestry' }, NOW);
    await updateContact(db, snapshot('banker'), { industry: 'financial-services' }, NOW);
    await db.contacts.update(id('farmer'), { region: '福岡県' });
    await db.contacts.update(id('banker'), { region: '東京' });
    const found = await findIntroductions(db, { now: NOW });
    expect(found).toContainEqual(expect.objectContaining({ kind: 'hometown', topic: null, fromHometown: id('farmer'), pair: introPairKey(id('farmer'), id('banker')) }));
  });
});

describe('the introductions cache', () => {
  const pairs = async (now = NOW) => (await readCachedIntroductions(db, now)).suggestions?.map((s) => s.pair) ?? null;
  const SHOGI = () => introPairKey(id('driver'), id('teacher'));

  it('is empty and stale until the engine ran; then holds what findIntroductions finds, current', async () => {
    expect(await readCachedIntroductions(db, NOW)).toEqual({ suggestions: null, stale: true });
    await refreshIntroductions(db, NOW);
    expect(await readCachedIntroductions(db, NOW)).toEqual({ suggestions: await findIntroductions(db, { now: NOW }), stale: false });
  });

  it('a write to contacts, notes or touches makes it stale (still shown); settings other than the places and decisions do not', async () => {
    const stale = async () => (await readCachedIntroductions(db, NOW)).stale;
    const writes: Array<() => Promise<unknown>> = [
      () => updateContact(db, snapshot('dev'), { tags: ['Kubernetes', 'Go'] }, NOW),
      () => addNote(db, snapshot('teacher'), 'also plays go', NOW),
      () => logTouch(db, snapshot('nurse'), { kind: 'message', at: NOW - DAY_MS, note: 'talked about Helm' }, NOW),
      () => db.contacts.delete(id('driver')),
    ];
    for (const write of writes) {
      await refreshIntroductions(db, NOW);
      expect(await stale()).toBe(false);
      await write();
      expect(await stale()).toBe(true);
      expect(await pairs()).not.toBeNull();
    }
    await refreshIntroductions(db, NOW);
    await saveSettings(db, { diversityGoalPercent: 20 }, computeNextDueAt);
    await decideIntroduction(db, id('nurse'), id('dev'), 'skipped', NOW);
    expect(await stale()).toBe(false);
    await saveSettings(db, { hometown: '福岡' }, computeNextDueAt);
    expect(await stale()).toBe(true);
  });

  it('applies decisions at once: a skip for good, a snooze until it ends', async () => {
    await refreshIntroductions(db, NOW);
    await decideIntroduction(db, id('nurse'), id('dev'), 'skipped', NOW);
    await decideIntroduction(db, id('teacher'), id('driver'), 'snoozed', NOW);
    expect(await pairs()).toEqual([]);
    expect(await pairs(NOW + INTRO_SNOOZE_DAYS * DAY_MS + 1)).toEqual([SHOGI()]);
    // A run after the decisions leaves the skipped pair out and keeps the snoozed one for later.
    await refreshIntroductions(db, NOW);
    expect((await db.introductionCache.get('result'))).toMatchObject({ suggestions: [expect.objectContaining({ pair: SHOGI() })] });
    expect(await pairs(NOW + INTRO_SNOOZE_DAYS * DAY_MS + 1)).toEqual([SHOGI()]);
  });

  it('a full cache used up by pairs decided on for good asks for a new run', async () => {
    await refreshIntroductions(db, NOW);
    const row = (await db.introductionCache.get('result'))!;
    if (row.key !== 'result') throw new Error('no result row');
    const usedUp: IntroResultRow = { ...row, full: true, suggestions: row.suggestions.slice(0, 2) };
    await db.introductionCache.put(usedUp);
    expect(CACHED).toBeGreaterThan(2);
    expect((await readCachedIntroductions(db, NOW, 2)).stale).toBe(false);
    await decideIntroduction(db, id('nurse'), id('dev'), 'skipped', NOW);
    expect(await readCachedIntroductions(db, NOW, 2)).toEqual({ suggestions: [expect.objectContaining({ pair: SHOGI() })], stale: true });
  });
});

describe('introduction decisions in backups', () => {
  const backupOf = async (from: KakehashiDb) => {
    const parsed = parseBackup(serializeBackup(await readBackupData(from), NOW), NOW);
    if (!parsed.ok) throw new Error(parsed.detail);
    return parsed.backup;
  };

  it('a backup carries skips, snoozes and introductions; replace into an empty profile gives them back', async () => {
    await decideIntroduction(db, id('nurse'), id('dev'), 'skipped', NOW);
    await decideIntroduction(db, id('teacher'), id('driver'), 'snoozed', NOW);
    const before = (await db.introductionDecisions.toArray()).sort((a, b) => a.pair.localeCompare(b.pair));
    const backup = await backupOf(db);
    const other = freshDb('kakehashi-other');
    try {
      await restoreBackup(other, backup, 'replace');
      expect((await other.introductionDecisions.toArray()).sort((a, b) => a.pair.localeCompare(b.pair))).toEqual(before);
      expect(await findIntroductions(other, { now: NOW })).toEqual([]);
    } finally {
      other.close();
    }
  });

  it('merge keeps the later decision about a pair; delete everything clears them', async () => {
    await decideIntroduction(db, id('nurse'), id('dev'), 'snoozed', NOW - DAY_MS);
    const older = await backupOf(db);
    await decideIntroduction(db, id('nurse'), id('dev'), 'skipped', NOW);
    await restoreBackup(db, older, 'merge');
    expect(await db.introductionDecisions.get(introPairKey(id('nurse'), id('dev')))).toMatchObject({ outcome: 'skipped', at: NOW });
    await deleteEverything(db);
    await restoreBackup(db, older, 'merge');
    expect(await db.introductionDecisions.get(introPairKey(id('nurse'), id('dev')))).toMatchObject({ outcome: 'snoozed' });
    await deleteEverything(db);
    expect(await db.introductionDecisions.count()).toBe(0);
  });

  it('a malformed pair in a backup is refused with a message', async () => {
    await decideIntroduction(db, id('nurse'), id('dev'), 'skipped', NOW);
    const text = serializeBackup(await readBackupData(db), NOW).replace(introPairKey(id('nurse'), id('dev')), 'linkedin:nurse linkedin:nurse');
    const parsed = parseBackup(text, NOW);
    expect(parsed).toMatchObject({ ok: false, error: 'invalid' });
  });
});
