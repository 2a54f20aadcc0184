import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DAY_MS, type Contact } from '../model';
import { newContact } from './contacts';
import { getSuggestions, logSuggestion } from './suggestions';
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
