import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DAY_MS, type Contact } from '../model';
import { countDue } from './due';
import { getDue, snoozeContact } from './reminders';
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
