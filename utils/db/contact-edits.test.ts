import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DAY_MS, type Contact, type ProfileSnapshot } from '../model';
import { recordVisit } from './contacts';
import { countDue } from './due';
import { getDue, snoozeContact } from './reminders';
import { updateContact } from './contact-edits';
import { addNote } from './notes';
import { markDone } from './touches';
import type { KakehashiDb } from './schema';
import { saveSettings } from './settings';
import { computeNextDueAt } from '../domain/cadence';
import { freshDb, testPerson } from './test-db';

const NOW = Date.UTC(2026, 10, 23, 3);
let db: KakehashiDb;

const person = (handle: string, industry: string | null, lastContactDaysAgo: number | null): Contact => testPerson(handle, industry, lastContactDaysAgo, NOW);

beforeEach(async () => {
  db = freshDb();
  await saveSettings(db, { industry: 'technology-information-media' }, computeNextDueAt);
});
afterEach(() => db.close());

describe('contact edits', () => {
  const profile: ProfileSnapshot = { site: 'x', handle: 'ken', name: 'Ken', headline: 'Nurse at Tokyo General Hospital', company: null, location: null, avatarUrl: null };

  it('a manual industry is never overwritten by a later visit with a different headline', async () => {
    await updateContact(db, profile, { industry: 'education' }, NOW);
    await recordVisit(db, { ...profile, headline: 'Software Engineer at Google' }, NOW + 1);
    expect(await db.contacts.get('x:ken')).toMatchObject({ industry: 'education', industrySource: 'manual' });
  });

  it('"Unknown" chosen by the user sticks: a later visit with a guessable headline does not guess again', async () => {
    await updateContact(db, profile, {}, NOW);
    expect(await db.contacts.get('x:ken')).toMatchObject({ industry: 'hospitals-health-care', industrySource: 'auto' });
    await updateContact(db, profile, { industry: null }, NOW + 1);
    expect(await db.contacts.get('x:ken')).toMatchObject({ industry: null, industrySource: 'manual', userEditedAt: NOW + 1 });
    await recordVisit(db, { ...profile, headline: 'Head nurse at Tokyo General Hospital' }, NOW + 2);
    await addNote(db, { ...profile, headline: 'Chief nurse at Tokyo General Hospital' }, 'met at the clinic', NOW + 3);
    expect(await db.contacts.get('x:ken')).toMatchObject({ industry: null, industrySource: 'manual', headline: 'Chief nurse at Tokyo General Hospital' });
    // Until the user changes it.
    await updateContact(db, profile, { industry: 'education' }, NOW + 4);
    expect(await db.contacts.get('x:ken')).toMatchObject({ industry: 'education', industrySource: 'manual' });
  });

  it('a cadence change moves the next due date; "none" means never due', async () => {
    await updateContact(db, profile, { cadenceDays: 7 }, NOW);
    const weekly = await db.contacts.get('x:ken');
    expect(weekly?.nextDueAt).toBe(NOW + 7 * DAY_MS);
    await updateContact(db, profile, { cadenceDays: 0 }, NOW);
    expect((await db.contacts.get('x:ken'))?.nextDueAt).toBeNull();
  });

  it('tags are trimmed and de-duplicated', async () => {
    await updateContact(db, profile, { tags: [' 同郷 ', 'tokyo', '同郷', ''] }, NOW);
    expect((await db.contacts.get('x:ken'))?.tags).toEqual(['同郷', 'tokyo']);
  });

  it("stamps userEditedAt for the user's own edits only: not for a visit, a note, or re-sending the same value", async () => {
    const edited = async () => (await db.contacts.get('x:ken'))?.userEditedAt;
    await updateContact(db, profile, { cadenceDays: 14 }, NOW);
    expect(await edited()).toBe(NOW);
    await updateContact(db, profile, { cadenceDays: 14, tags: [] }, NOW + 1);
    expect(await edited()).toBe(NOW);
    await recordVisit(db, { ...profile, headline: 'Head nurse at Tokyo General Hospital' }, NOW + 2);
    expect(await db.contacts.get('x:ken')).toMatchObject({ updatedAt: NOW + 2, userEditedAt: NOW });
    await updateContact(db, profile, { tags: ['同郷'] }, NOW + 3);
    expect(await edited()).toBe(NOW + 3);
    await updateContact(db, profile, { industry: 'education' }, NOW + 4);
    expect(await edited()).toBe(NOW + 4);
    await snoozeContact(db, 'x:ken', 'week', NOW + 5);
    expect(await edited()).toBe(NOW + 5);
    // Done ends the snooze: that is a change of the user's own field too.
    await markDone(db, 'x:ken', 'message', NOW + 6);
    expect(await db.contacts.get('x:ken')).toMatchObject({ snoozedUntil: null, userEditedAt: NOW + 6 });
    // Another touch with no snooze to end changes none of them.
    await markDone(db, 'x:ken', 'message', NOW + 7);
    expect(await db.contacts.get('x:ken')).toMatchObject({ updatedAt: NOW + 7, userEditedAt: NOW + 6 });
  });

  it('changing the default cadence re-dates everyone who follows it', async () => {
    await db.contacts.add(person('d', 'retail', 50));
    expect(await countDue(db, NOW)).toBe(0);
    await saveSettings(db, { defaultCadenceDays: 30 }, computeNextDueAt);
    expect(await countDue(db, NOW)).toBe(1);
  });
});

describe('per-tag default cadence', () => {
  it('re-dates everyone with a tag whose cadence changes, and no one else', async () => {
    const mentor = { ...person('mentor', 'retail', 40), tags: ['mentor'] };
    const own = { ...person('own', 'retail', 40), tags: ['mentor'], cadenceDays: 182 };
    const other = { ...person('other', 'retail', 40), tags: ['friend'] };
    for (const c of [mentor, own, other]) c.nextDueAt = computeNextDueAt(c, 90);
    await db.contacts.bulkAdd([mentor, own, other]);
    expect(await countDue(db, NOW)).toBe(0);
    await saveSettings(db, { tagCadences: { mentor: 30 } }, computeNextDueAt);
    expect((await db.contacts.get('linkedin:mentor'))!.nextDueAt).toBe(computeNextDueAt(mentor, { defaultCadenceDays: 90, tagCadences: { mentor: 30 } }));
    expect(await db.contacts.get('linkedin:own')).toMatchObject({ nextDueAt: own.nextDueAt });
    expect(await db.contacts.get('linkedin:other')).toMatchObject({ nextDueAt: other.nextDueAt });
    expect((await getDue(db, NOW, 10)).contacts.map((c) => c.id)).toEqual(['linkedin:mentor']);
    // Removing the tag's cadence puts them back on the default.
    await saveSettings(db, { tagCadences: {} }, computeNextDueAt);
    expect(await countDue(db, NOW)).toBe(0);
  });

  it('applies when a person’s tags change', async () => {
    await saveSettings(db, { tagCadences: { mentor: 30 } }, computeNextDueAt);
    await db.contacts.add(person('p', 'retail', 40));
    const profile: ProfileSnapshot = { site: 'linkedin', handle: 'p', name: 'p', headline: null, company: null, location: null, avatarUrl: null };
    await updateContact(db, profile, { tags: ['mentor'] }, NOW);
    expect(await countDue(db, NOW)).toBe(1);
    await updateContact(db, profile, { tags: [] }, NOW);
    expect(await countDue(db, NOW)).toBe(0);
  });

  it('re-dates a whole book in chunks inside one transaction', async () => {
    const many = Array.from({ length: 2100 }, (_, i) => ({ ...person(`m-${i}`, 'retail', 40), tags: ['mentor'] }));
    await db.contacts.bulkAdd(many);
    await saveSettings(db, { tagCadences: { mentor: 30 } }, computeNextDueAt);
    expect(await countDue(db, NOW, 10_000)).toBe(2100);
    // 2,100 rows in fake-indexeddb: seconds on a quiet machine, over 30 s on a busy one.
  }, 180_000);
});
