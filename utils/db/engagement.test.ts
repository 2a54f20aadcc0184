import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DAY_MS, type Contact, type ProfileSnapshot } from '../model';
import { newContact, recordVisit } from './contacts';
import { countDue } from './due';
import { getDue, getSuggestions, logSuggestion, snoozeContact, updateContact } from './engagement';
import { addNote } from './notes';
import { markDone } from './touches';
import type { KakehashiDb } from './schema';
import { saveSettings } from './settings';
import { computeNextDueAt } from '../domain/cadence';
import { freshDb } from './test-db';

const NOW = Date.UTC(2026, 10, 23, 3);
let db: KakehashiDb;

function person(handle: string, industry: string | null, lastContactDaysAgo: number | null): Contact {
  const c = newContact({ site: 'linkedin', handle }, NOW - 400 * DAY_MS);
  c.name = handle;
  c.industry = industry;
  c.industrySource = industry ? 'manual' : null;
  c.lastContactAt = lastContactDaysAgo === null ? null : NOW - lastContactDaysAgo * DAY_MS;
  c.nextDueAt = computeNextDueAt(c, 90);
  return c;
}

beforeEach(async () => {
  db = freshDb();
  await saveSettings(db, { industry: 'technology-information-media' }, computeNextDueAt);
});
afterEach(() => db.close());

describe('suggestions from the database', () => {
  it('never suggests the user’s own industry, and reads candidates through indexes', async () => {
    await db.contacts.bulkAdd([
      person('tech-a', 'technology-information-media', 300),
      person('tech-b', 'technology-information-media', 200),
      person('nurse', 'hospitals-health-care', 100),
      person('banker', 'financial-services', 30),
    ]);
    const { suggestions } = await getSuggestions(db, NOW);
    expect(suggestions.map((s) => s.contactId)).not.toContain('linkedin:tech-a');
    expect(suggestions.map((s) => s.contactId)).not.toContain('linkedin:tech-b');
    expect(suggestions[0]?.contactId).toBe('linkedin:nurse'); // overdue beats not due
    expect(suggestions[0]?.contact.name).toBe('nurse');
  });

  it('finds the right person among many (per-industry index ranges with limits)', async () => {
    const many: Contact[] = [];
    for (let i = 0; i < 3000; i++) many.push(person(`tech-${i}`, 'technology-information-media', 400));
    for (let i = 0; i < 200; i++) many.push(person(`fin-${i}`, 'financial-services', 10));
    many.push(person('teacher', 'education', 95));
    await db.contacts.bulkAdd(many);
    const {
      suggestions: [top],
    } = await getSuggestions(db, NOW);
    expect(top?.contactId).toBe('linkedin:teacher');
  });

  it('does not push a skipped person again within 7 days', async () => {
    await db.contacts.bulkAdd([person('nurse', 'hospitals-health-care', 100), person('banker', 'financial-services', 95)]);
    const {
      suggestions: [first],
    } = await getSuggestions(db, NOW);
    await logSuggestion(db, first!.contactId, 'skipped', NOW);
    const {
      suggestions: [next],
    } = await getSuggestions(db, NOW + 1000);
    expect(next?.contactId).not.toBe(first?.contactId);
  });

  it('asks for the user\'s industry instead of suggesting one when it is unset and nothing was touched in 90 days', async () => {
    await saveSettings(db, { industry: null }, computeNextDueAt);
    await db.contacts.bulkAdd([person('nurse', 'hospitals-health-care', 100), person('banker', 'financial-services', 95)]);
    expect(await getSuggestions(db, NOW)).toEqual({ suggestions: [], needsIndustry: true });

    // A touch in the last 90 days stands in for the user's industry: banking is "theirs", the nurse is suggested.
    await markDone(db, 'linkedin:banker', 'message', NOW - 10 * DAY_MS);
    const standIn = await getSuggestions(db, NOW);
    expect(standIn.needsIndustry).toBe(false);
    expect(standIn.suggestions.map((s) => s.contactId)).toEqual(['linkedin:nurse']);
  });

  it('logs "shown" at most once a day per person', async () => {
    await logSuggestion(db, 'linkedin:nurse', 'shown', NOW);
    await logSuggestion(db, 'linkedin:nurse', 'shown', NOW + 1000);
    expect(await db.suggestionLog.count()).toBe(1);
  });
});

describe('due list, done and snooze', () => {
  beforeEach(async () => {
    await db.contacts.bulkAdd([person('a', 'education', 200), person('b', 'retail', 100), person('c', 'retail', 10)]);
  });

  it('lists due people most overdue first, with the full count', async () => {
    const due = await getDue(db, NOW, 1);
    expect(due.count).toBe(2);
    expect(due.contacts.map((c) => c.id)).toEqual(['linkedin:a']);
  });

  it('Done logs a touch now and takes the person off the due list', async () => {
    await markDone(db, 'linkedin:a', 'message', NOW);
    expect(await countDue(db, NOW)).toBe(1);
    expect(await db.touches.where('contactId').equals('linkedin:a').count()).toBe(1);
    expect((await db.contacts.get('linkedin:a'))?.lastContactAt).toBe(NOW);
  });

  it('a snooze hides the person until it ends', async () => {
    await snoozeContact(db, 'linkedin:b', 'week', NOW);
    expect(await countDue(db, NOW)).toBe(1);
    expect(await countDue(db, NOW + 8 * DAY_MS)).toBe(2);
  });

  it('Done on a person who no longer exists says so', async () => {
    await expect(markDone(db, 'linkedin:gone', 'message', NOW)).rejects.toMatchObject({ code: 'not-found' });
  });
});

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

describe('due count at scale', () => {
  it('stops counting at the cap, so the popup and badge say 99+ without walking every due person', async () => {
    const many = Array.from({ length: 250 }, (_, i) => person(`due-${i}`, 'retail', 200));
    await db.contacts.bulkAdd(many);
    const due = await getDue(db, NOW, 10);
    expect(due.count).toBe(100);
    expect(due.contacts).toHaveLength(10);
    expect(await countDue(db, NOW, 1000)).toBe(250);
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
    // 2,100 contacts through fake-indexeddb and two middlewares: over the 30 s default at load ~20 on 2 cores.
  }, 120_000);
});
