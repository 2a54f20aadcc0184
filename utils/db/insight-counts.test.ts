import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeNextDueAt } from '../domain/cadence';
import { parseBackup, serializeBackup } from '../io/backup';
import { DAY_MS, type Contact, type ProfileSnapshot, type Touch } from '../model';
import { newContact } from './contacts';
import { deleteContact } from './contacts';
import { updateContact } from './contact-edits';
import { readBackupData } from './export';
import { countRowsOf, dayOf, networkRowsOf, type InsightCountRow } from './insight-counts';
import { readBalance, readGiveBack, readNetwork } from './insights';
import { restoreBackup } from './restore';
import type { KakehashiDb } from './schema';
import { saveSettings } from './settings';
import { freshDb } from './test-db';
import { logIntroduction, logTouch, markDone, setLastContact } from './touches';

const NOW = Date.UTC(2026, 10, 23, 3);
const HEALTH = 'hospitals-health-care';
const FINANCE = 'financial-services';
let db: KakehashiDb;

const snapshot = (handle: string): ProfileSnapshot => ({ site: 'linkedin', handle, name: handle, headline: null, company: null, location: null, avatarUrl: null });

function person(handle: string, industry: string | null): Contact {
  const c = newContact({ site: 'linkedin', handle }, NOW - 400 * DAY_MS);
  c.industry = industry;
  c.industrySource = industry ? 'manual' : null;
  c.nextDueAt = computeNextDueAt(c, 90);
  return c;
}

const sortRows = (rows: InsightCountRow[]) => [...rows].sort((a, b) => a.industry.localeCompare(b.industry) || a.day - b.day);

/** The counters must always equal what a full recount of the touches gives. */
async function expectCountersMatchTouches(): Promise<void> {
  const touches = await db.touches.toArray();
  const { counts, people } = countRowsOf(touches);
  expect(sortRows(await db.insightCounts.toArray())).toEqual(sortRows(counts));
  expect((await db.insightPeople.toArray()).sort((a, b) => a.contactId.localeCompare(b.contactId))).toEqual(
    people.sort((a, b) => a.contactId.localeCompare(b.contactId)),
  );
  await expectNetworkMatchesContacts();
}

/** Contacts per industry must always equal a full recount of the contacts. */
async function expectNetworkMatchesContacts(): Promise<void> {
  const byIndustry = (a: { industry: string }, b: { industry: string }) => a.industry.localeCompare(b.industry);
  expect((await db.insightNetwork.toArray()).sort(byIndustry)).toEqual(networkRowsOf(await db.contacts.toArray()).sort(byIndustry));
}

beforeEach(async () => {
  db = freshDb();
  await saveSettings(db, { industry: 'technology-information-media' }, computeNextDueAt);
  await db.contacts.bulkAdd([person('nurse', HEALTH), person('banker', FINANCE), person('unknown', null)]);
});
afterEach(() => db.close());

describe('Insights counters follow every touch write', () => {
  it('a logged touch counts under the person’s industry, on its day and all time', async () => {
    await logTouch(db, snapshot('nurse'), { kind: 'meeting', at: NOW - 3 * DAY_MS }, NOW);
    expect(sortRows(await db.insightCounts.toArray())).toEqual([
      { industry: HEALTH, day: -1, touches: 1, gives: 0, asks: 0 },
      { industry: HEALTH, day: dayOf(NOW - 3 * DAY_MS), touches: 1, gives: 0, asks: 0 },
    ]);
    expect((await db.touches.toArray())[0]).toMatchObject({ industry: HEALTH });
  });

  it('gives and asks per person: shared info, thanks, introduced and helped give; ask asks', async () => {
    for (const kind of ['ask', 'ask', 'ask', 'thanks'] as const) await markDone(db, 'linkedin:nurse', kind, NOW);
    for (const kind of ['shared-info', 'helped', 'comment'] as const) await markDone(db, 'linkedin:banker', kind, NOW);
    expect(await readBalance(db, 'linkedin:nurse')).toEqual({ gives: 1, asks: 3 });
    expect(await readBalance(db, 'linkedin:banker')).toEqual({ gives: 2, asks: 0 });
    expect((await readGiveBack(db, 10)).map((p) => [p.contact.id, p.asks - p.gives])).toEqual([['linkedin:nurse', 2]]);
    await expectCountersMatchTouches();
  });

  it('an introduction is an `introduced` touch on both timelines, each naming the other, a give to both', async () => {
    await logIntroduction(db, 'linkedin:nurse', 'linkedin:banker', NOW - DAY_MS, NOW);
    const touches = await db.touches.orderBy('contactId').toArray();
    expect(touches.map((t) => [t.contactId, t.kind, t.otherId])).toEqual([
      ['linkedin:banker', 'introduced', 'linkedin:nurse'],
      ['linkedin:nurse', 'introduced', 'linkedin:banker'],
    ]);
    expect(await readBalance(db, 'linkedin:banker')).toEqual({ gives: 1, asks: 0 });
    expect((await db.contacts.get('linkedin:nurse'))!.lastContactAt).toBe(NOW - DAY_MS);
    await expect(logIntroduction(db, 'linkedin:nurse', 'linkedin:nurse', NOW, NOW)).rejects.toThrow(/two different people/);
    await expectCountersMatchTouches();
  });

  it('editing, deleting and bulk writes of touches keep the counters exact; empty rows disappear', async () => {
    await db.touches.bulkAdd([
      { contactId: 'linkedin:nurse', kind: 'ask', at: NOW - DAY_MS, industry: HEALTH },
      { contactId: 'linkedin:nurse', kind: 'ask', at: NOW - DAY_MS, industry: HEALTH },
      { contactId: 'linkedin:banker', kind: 'call', at: NOW - 40 * DAY_MS, industry: FINANCE },
    ]);
    await expectCountersMatchTouches();
    const [first] = await db.touches.toArray();
    await db.touches.put({ ...first!, kind: 'thanks', at: NOW - 2 * DAY_MS });
    await expectCountersMatchTouches();
    await db.touches.where('contactId').equals('linkedin:banker').delete();
    await expectCountersMatchTouches();
    expect((await db.insightCounts.toArray()).every((r) => r.industry !== FINANCE)).toBe(true);
    await db.touches.clear();
    expect(await db.insightCounts.count()).toBe(0);
    expect(await db.insightPeople.count()).toBe(0);
  });

  it('several writes to the same day in one transaction lose no update', async () => {
    await db.transaction('rw', db.touches, async () => {
      for (let i = 0; i < 5; i++) await db.touches.add({ contactId: 'linkedin:nurse', kind: 'ask', at: NOW, industry: HEALTH });
      await Promise.all([1, 2, 3].map(() => db.touches.add({ contactId: 'linkedin:nurse', kind: 'thanks', at: NOW, industry: HEALTH })));
    });
    expect(await db.insightCounts.get([HEALTH, dayOf(NOW)])).toEqual({ industry: HEALTH, day: dayOf(NOW), touches: 8, gives: 3, asks: 5 });
    await expectCountersMatchTouches();
  });

  it('setting a person’s industry moves their past touches to it', async () => {
    await logTouch(db, snapshot('unknown'), { kind: 'message', at: NOW - DAY_MS }, NOW);
    expect(await db.insightCounts.get(['', -1])).toMatchObject({ touches: 1 });
    await updateContact(db, snapshot('unknown'), { industry: FINANCE }, NOW);
    expect(await db.insightCounts.get(['', -1])).toBeUndefined();
    expect(await db.insightCounts.get([FINANCE, -1])).toMatchObject({ touches: 1 });
    await expectCountersMatchTouches();
  });

  it('deleting a person takes their touches out of the counters', async () => {
    await markDone(db, 'linkedin:nurse', 'ask', NOW);
    await markDone(db, 'linkedin:banker', 'ask', NOW);
    await deleteContact(db, 'linkedin:nurse');
    await expectCountersMatchTouches();
    expect(await readBalance(db, 'linkedin:nurse')).toEqual({ gives: 0, asks: 0 });
  });

  it('a restored backup counts its touches under their people’s industries (replace and merge)', async () => {
    await markDone(db, 'linkedin:nurse', 'ask', NOW);
    await setLastContact(db, snapshot('banker'), NOW - 5 * DAY_MS, NOW);
    const parsed = parseBackup(serializeBackup(await readBackupData(db), NOW), NOW);
    if (!parsed.ok) throw new Error(parsed.detail);
    const before = sortRows(await db.insightCounts.toArray());
    await restoreBackup(db, parsed.backup, 'replace');
    expect(sortRows(await db.insightCounts.toArray())).toEqual(before);
    await restoreBackup(db, parsed.backup, 'merge');
    expect(sortRows(await db.insightCounts.toArray())).toEqual(before);
    await expectCountersMatchTouches();
  });

  it('contacts per industry follow every contact write: add, edit, bulk, delete, clear, restore', async () => {
    expect(await readNetwork(db)).toEqual({ network: new Map([[HEALTH, 1], [FINANCE, 1], ['', 1]]), total: 3 });
    await db.contacts.bulkPut([person('nurse2', HEALTH), person('banker', HEALTH)]); // one new, one moved
    await expectNetworkMatchesContacts();
    expect(await db.insightNetwork.get(HEALTH)).toEqual({ industry: HEALTH, contacts: 3 });
    expect(await db.insightNetwork.get(FINANCE)).toBeUndefined(); // back at zero: no row
    await updateContact(db, snapshot('unknown'), { industry: FINANCE }, NOW);
    await expectNetworkMatchesContacts();
    await deleteContact(db, 'linkedin:nurse');
    await db.contacts.where('industry').equals(FINANCE).delete();
    await expectNetworkMatchesContacts();
    expect(await readNetwork(db)).toEqual({ network: new Map([[HEALTH, 2]]), total: 2 });
    // An industry outside the taxonomy (a foreign tool's) is shown as unknown, as before.
    await db.contacts.add({ ...person('odd', null), industry: 'not-an-industry' });
    expect(await readNetwork(db)).toEqual({ network: new Map([[HEALTH, 2], ['', 1]]), total: 3 });
    await db.contacts.update('linkedin:odd', { industry: null }); // a backup refuses it
    const parsed = parseBackup(serializeBackup(await readBackupData(db), NOW), NOW);
    if (!parsed.ok) throw new Error(parsed.detail);
    await db.contacts.clear();
    expect(await db.insightNetwork.count()).toBe(0);
    await restoreBackup(db, parsed.backup, 'replace');
    await expectNetworkMatchesContacts();
    await restoreBackup(db, parsed.backup, 'merge');
    await expectNetworkMatchesContacts();
    expect((await readNetwork(db)).total).toBe(3);
  });

  it('a failed touch write leaves the counters untouched', async () => {
    const bad = { contactId: 'linkedin:nurse', kind: 'ask', at: NOW, industry: HEALTH, id: 'not a number' as unknown as number } satisfies Touch;
    await db.touches.add({ ...bad, id: 1 });
    await expect(db.touches.add({ ...bad, id: 1 })).rejects.toThrow();
    await expectCountersMatchTouches();
  });
});
