import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DAY_MS, type ContactId, type ProfileSnapshot } from '../model';
import { findContact, getContactView, trackContact } from './contacts';
import { countDue } from './due';
import { dismissDuplicate, findDuplicates, mergeContacts, nameKey } from './duplicates';
import { updateContact } from './contact-edits';
import { getPersonView, linkContacts, unlinkContact } from './links';
import { addNote } from './notes';
import { searchPeople } from './people';
import type { KakehashiDb } from './schema';
import { freshDb } from './test-db';
import { restoreSnapshot } from './undo';
import { logTouch } from './touches';

const NOW = Date.UTC(2026, 10, 23, 9);
const snap = (site: 'linkedin' | 'x', handle: string, name: string | null, company: string | null = null): ProfileSnapshot => ({
  site, handle, name, headline: null, company, location: null, avatarUrl: null,
});
const AYAKA_LI = snap('linkedin', 'ayaka-tanaka', '田中 彩花', '東京医療センター');
const AYAKA_X = snap('x', 'ayaka_t', '田中　彩花');
const OLD_SLUG = snap('linkedin', 'ayaka-tanaka-1a2b', '田中 彩花', '東京医療センター');
const OTHER_AYAKA = snap('linkedin', 'ayaka-t-osaka', '田中 彩花', '大阪銀行');

let db: KakehashiDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

const pairsOf = async () => (await findDuplicates(db)).map((p) => [p.keep.id, p.away.id, p.reason]);

describe('duplicates', () => {
  it('folds width, spaces and case in the name key', () => {
    expect(nameKey('田中　彩花')).toBe(nameKey('田中 彩花'));
    expect(nameKey('ＫＥＮ  Watanabe')).toBe(nameKey('ken watanabe'));
  });

  it('finds the same name and company across sites and under an old slug, not a namesake elsewhere; "not the same" is remembered', async () => {
    await trackContact(db, OLD_SLUG, NOW - 3 * DAY_MS);
    await trackContact(db, AYAKA_X, NOW - 2 * DAY_MS);
    await trackContact(db, AYAKA_LI, NOW - DAY_MS);
    await trackContact(db, OTHER_AYAKA, NOW - 4 * DAY_MS);
    expect(await pairsOf()).toEqual([
      ['linkedin:ayaka-tanaka', 'linkedin:ayaka-tanaka-1a2b', 'same-site'],
      ['linkedin:ayaka-tanaka', 'x:ayaka_t', 'across-sites'],
      // The X record shows no company, so it cannot tell her from the Osaka namesake.
      ['x:ayaka_t', 'linkedin:ayaka-t-osaka', 'across-sites'],
      ['x:ayaka_t', 'linkedin:ayaka-tanaka-1a2b', 'across-sites'],
    ]);
    await dismissDuplicate(db, 'linkedin:ayaka-t-osaka', 'x:ayaka_t', NOW);
    expect((await pairsOf()).map((p) => p[1])).toEqual(['linkedin:ayaka-tanaka-1a2b', 'x:ayaka_t', 'linkedin:ayaka-tanaka-1a2b']);
  });

  it('proposes two records of one site linked to the same person, and not a linked LinkedIn+X pair', async () => {
    await trackContact(db, snap('linkedin', 'a', 'Aoi'), NOW);
    await trackContact(db, snap('x', 'aoi', 'Aoi S.'), NOW);
    await trackContact(db, snap('linkedin', 'b', 'Aoi Suzuki'), NOW);
    await linkContacts(db, 'linkedin:a', 'x:aoi', NOW);
    expect(await pairsOf()).toEqual([]);
    await linkContacts(db, 'linkedin:b', 'x:aoi', NOW);
    expect(await pairsOf()).toEqual([['linkedin:a', 'linkedin:b', 'linked-twice']]);
  });

  it('merge keeps every note, touch and tag; the old id opens the person, search finds the notes under the kept record', async () => {
    await addNote(db, OLD_SLUG, '大阪の勉強会で会った', NOW - 3 * DAY_MS);
    await logTouch(db, OLD_SLUG, { kind: 'thanks', at: NOW - 3 * DAY_MS, note: 'お礼の手紙' }, NOW - 3 * DAY_MS);
    await updateContact(db, OLD_SLUG, { tags: ['mentor'], industry: 'education' }, NOW - 3 * DAY_MS);
    await addNote(db, AYAKA_LI, 'New job', NOW - DAY_MS);
    await updateContact(db, AYAKA_LI, { tags: ['tokyo'] }, NOW - DAY_MS);
    const { merged } = await mergeContacts(db, 'linkedin:ayaka-tanaka', 'linkedin:ayaka-tanaka-1a2b', NOW);
    expect(merged).toMatchObject({ tags: ['tokyo', 'mentor'], industry: 'education', industrySource: 'manual', aliases: ['linkedin:ayaka-tanaka-1a2b'], lastContactAt: NOW - 3 * DAY_MS });
    expect(await db.contacts.get('linkedin:ayaka-tanaka-1a2b')).toBeUndefined();
    const view = await getContactView(db, { site: 'linkedin', handle: 'ayaka-tanaka-1a2b' });
    expect(view.contact?.id).toBe('linkedin:ayaka-tanaka');
    expect(view.notes.map((n) => n.body)).toEqual(['New job', '大阪の勉強会で会った']);
    expect(view.touches.map((t) => t.note)).toEqual(['お礼の手紙']);
    expect([...(await searchPeople(db, '勉強会')).ids]).toEqual(['linkedin:ayaka-tanaka']);
    expect([...(await searchPeople(db, 'お礼')).ids]).toEqual(['linkedin:ayaka-tanaka']);
    expect((await db.searchByContact.toArray()).some((r) => r.contactId === 'linkedin:ayaka-tanaka-1a2b')).toBe(false);
    // A note saved on the old URL lands on the kept record, not on a new one.
    await addNote(db, OLD_SLUG, 'via the old URL', NOW);
    expect(await db.contacts.count()).toBe(1);
    expect((await findContact(db, 'linkedin:ayaka-tanaka-1a2b'))?.id).toBe('linkedin:ayaka-tanaka');
    expect(await pairsOf()).toEqual([]);
  });
});

describe('undo a merge', () => {
  /** Every table a merge writes or its middleware keeps current, in key order. */
  const everything = async () => ({
    contacts: await db.contacts.toArray(),
    notes: await db.notes.toArray(),
    touches: await db.touches.toArray(),
    suggestionLog: await db.suggestionLog.toArray(),
    searchIndex: await db.searchByContact.toArray(),
    insightCounts: await db.insightCounts.toArray(),
    insightPeople: await db.insightPeople.toArray(),
  });

  it('puts both records, their notes, touches, search rows and counters back exactly', async () => {
    await addNote(db, OLD_SLUG, '大阪の勉強会で会った', NOW - 3 * DAY_MS);
    await logTouch(db, OLD_SLUG, { kind: 'ask', at: NOW - 3 * DAY_MS, note: 'お礼の手紙' }, NOW - 3 * DAY_MS);
    await updateContact(db, OLD_SLUG, { tags: ['mentor'], industry: 'education' }, NOW - 3 * DAY_MS);
    await addNote(db, AYAKA_LI, 'New job', NOW - DAY_MS);
    await logTouch(db, AYAKA_LI, { kind: 'thanks', at: NOW - DAY_MS }, NOW - DAY_MS);
    await db.suggestionLog.add({ contactId: 'linkedin:ayaka-tanaka-1a2b', at: NOW - 2 * DAY_MS, outcome: 'skipped' });
    const before = await everything();
    const { undo } = await mergeContacts(db, 'linkedin:ayaka-tanaka', 'linkedin:ayaka-tanaka-1a2b', NOW);
    expect(await db.contacts.count()).toBe(1);
    await restoreSnapshot(db, undo);
    expect(await everything()).toEqual(before);
    expect([...(await searchPeople(db, '勉強会')).ids]).toEqual(['linkedin:ayaka-tanaka-1a2b']);
    expect((await findContact(db, 'linkedin:ayaka-tanaka-1a2b'))?.id).toBe('linkedin:ayaka-tanaka-1a2b');
    expect(await pairsOf()).toEqual([['linkedin:ayaka-tanaka', 'linkedin:ayaka-tanaka-1a2b', expect.any(String)]]);
  });
});

describe('same person as…', () => {
  it('links share the last contact (a touch on either moves both), show one timeline and count once as due; unlink', async () => {
    await logTouch(db, AYAKA_LI, { kind: 'meeting', at: NOW - 200 * DAY_MS }, NOW - 200 * DAY_MS);
    await addNote(db, AYAKA_X, 'X側のメモ', NOW - 150 * DAY_MS);
    expect(await countDue(db, NOW)).toBe(2);
    const linked = await linkContacts(db, 'linkedin:ayaka-tanaka', 'x:ayaka_t', NOW);
    expect(new Set(linked.map((c) => c.personId)).size).toBe(1);
    expect(linked.map((c) => c.lastContactAt)).toEqual([NOW - 200 * DAY_MS, NOW - 200 * DAY_MS]);
    expect(await countDue(db, NOW)).toBe(1);
    await logTouch(db, AYAKA_X, { kind: 'message', at: NOW - DAY_MS, note: 'DM on X' }, NOW);
    const li = (await db.contacts.get('linkedin:ayaka-tanaka'))!;
    expect(li.lastContactAt).toBe(NOW - DAY_MS);
    expect(li.nextDueAt).toBe((await db.contacts.get('x:ayaka_t'))!.nextDueAt);
    expect(await countDue(db, NOW)).toBe(0);
    const view = await getPersonView(db, { site: 'linkedin', handle: 'ayaka-tanaka' }, 50);
    expect(view.linked.map((c) => c.id)).toEqual(['x:ayaka_t']);
    expect(view.touches.map((t) => [t.contactId, t.kind])).toEqual([['x:ayaka_t', 'message'], ['linkedin:ayaka-tanaka', 'meeting']]);
    expect(view.notes.map((n) => n.body)).toEqual(['X側のメモ']);
    await unlinkContact(db, 'x:ayaka_t', NOW);
    const after = await db.contacts.bulkGet(['linkedin:ayaka-tanaka', 'x:ayaka_t'] as ContactId[]);
    expect(after.map((c) => c!.personId)).toEqual([null, null]);
    await expect(linkContacts(db, 'x:ayaka_t', 'x:ayaka_t', NOW)).rejects.toThrow('itself');
  });
});
