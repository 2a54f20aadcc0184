import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DAY_MS, type Contact } from '../model';
import { actOnSuggestion, getSuggestions } from './suggestions';
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
    await actOnSuggestion(db, first!.contactId, { action: 'skip' }, NOW);
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

  it('ranks a person shown on several days without an answer lower (shown marks kept outside the database)', async () => {
    await db.contacts.bulkAdd([person('nurse', 'hospitals-health-care', 100), person('banker', 'financial-services', 95)]);
    expect((await getSuggestions(db, NOW)).suggestions[0]?.contactId).toBe('linkedin:nurse');
    const shown = [1, 2].map((days) => ({ contactId: 'linkedin:nurse' as const, at: NOW - days * DAY_MS, outcome: 'shown' as const }));
    expect((await getSuggestions(db, NOW, 4, undefined, shown)).suggestions[0]?.contactId).toBe('linkedin:banker');
  });
});

describe('acting on a suggestion', () => {
  beforeEach(async () => {
    await db.contacts.bulkAdd([person('nurse', 'hospitals-health-care', 100)]);
  });

  it('Done logs the touch of the chosen kind and the answer, in one go', async () => {
    await actOnSuggestion(db, 'linkedin:nurse', { action: 'done', kind: 'comment' }, NOW);
    expect(await db.touches.toArray()).toMatchObject([{ contactId: 'linkedin:nurse', kind: 'comment', at: NOW }]);
    expect(await db.suggestionLog.toArray()).toMatchObject([{ contactId: 'linkedin:nurse', outcome: 'done', at: NOW }]);
    expect((await db.contacts.get('linkedin:nurse'))?.lastContactAt).toBe(NOW);
  });

  it('Snooze snoozes for the chosen length and logs it; Skip only logs', async () => {
    await actOnSuggestion(db, 'linkedin:nurse', { action: 'snooze', length: 'week' }, NOW);
    expect((await db.contacts.get('linkedin:nurse'))?.snoozedUntil).toBeGreaterThan(NOW + 6 * DAY_MS);
    await actOnSuggestion(db, 'linkedin:nurse', { action: 'skip' }, NOW + 1);
    expect((await db.suggestionLog.toArray()).map((e) => e.outcome)).toEqual(['snoozed', 'skipped']);
    expect(await db.touches.count()).toBe(0);
  });

  it('on a person who is gone, says so and records nothing (no answer without its effect)', async () => {
    for (const act of [{ action: 'done', kind: 'message' }, { action: 'snooze', length: 'month' }, { action: 'skip' }] as const) {
      await expect(actOnSuggestion(db, 'linkedin:gone', act, NOW)).rejects.toMatchObject({ code: 'not-found' });
    }
    expect(await db.suggestionLog.count()).toBe(0);
    expect(await db.touches.count()).toBe(0);
  });
});
