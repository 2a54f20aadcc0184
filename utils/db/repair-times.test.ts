import { describe, expect, it } from 'vitest';
import { makeContact, makeNote } from '../io/__fixtures__/records';
import { DAY_MS } from '../model';
import { EARLIEST_TIME, isStoredTime } from '../time-bounds';
import { repairContactTimes, repairNoteTimes, repairTouchTime } from './repair-times';

const NOW = Date.UTC(2026, 11, 1, 9);
const dueIn30 = (c: { lastContactAt: number | null; createdAt: number }) => (c.lastContactAt ?? c.createdAt) + 30 * DAY_MS;

describe('repairContactTimes', () => {
  it('leaves a contact inside the bounds alone (no write)', () => {
    expect(repairContactTimes(makeContact('fine', { lastContactAt: NOW - DAY_MS }), NOW, dueIn30)).toBeNull();
  });

  it('makes impossible optional times unknown, required ones now, and recomputes the due date', () => {
    const bad = makeContact('bad', {
      createdAt: 1e16, updatedAt: EARLIEST_TIME - 1, lastContactAt: -1, snoozedUntil: Number.NaN, connectedAt: 1.5, lastVisitedAt: 1e16, userEditedAt: 1e16, nextDueAt: 5,
    });
    const fixed = repairContactTimes(bad, NOW, dueIn30)!;
    expect(fixed).toMatchObject({ createdAt: NOW, updatedAt: NOW, lastContactAt: null, snoozedUntil: null, connectedAt: null, lastVisitedAt: null, userEditedAt: null });
    expect(fixed.nextDueAt).toBe(NOW + 30 * DAY_MS);
    expect(fixed.name).toBe(bad.name);
  });

  it('brings a last contact more than a day ahead back to now; a day ahead (time zones) stays', () => {
    expect(repairContactTimes(makeContact('ahead', { lastContactAt: NOW + 3 * DAY_MS }), NOW, dueIn30)?.lastContactAt).toBe(NOW);
    expect(repairContactTimes(makeContact('tz', { lastContactAt: NOW + DAY_MS }), NOW, dueIn30)).toBeNull();
  });

  it('recomputes only an impossible due date when every other time is fine', () => {
    const fixed = repairContactTimes(makeContact('due', { lastContactAt: NOW - DAY_MS, nextDueAt: 1e16 }), NOW, dueIn30)!;
    expect(fixed.nextDueAt).toBe(NOW - DAY_MS + 30 * DAY_MS);
  });
});

describe('repairNoteTimes and repairTouchTime', () => {
  it('keep the record and its text; only the impossible times change', () => {
    const note = makeNote('linkedin:bad', 'still here', { id: 4, createdAt: 1e16, updatedAt: NOW - DAY_MS });
    expect(repairNoteTimes(note, NOW)).toEqual({ ...note, createdAt: NOW });
    expect(repairNoteTimes({ ...note, createdAt: NOW - DAY_MS }, NOW)).toBeNull();
    const touch = { id: 2, contactId: 'linkedin:bad' as const, kind: 'meeting' as const, at: 1e16, note: 'coffee' };
    expect(repairTouchTime(touch, NOW)).toEqual({ ...touch, at: NOW });
    expect(repairTouchTime({ ...touch, at: NOW - DAY_MS }, NOW)).toBeNull();
    expect(isStoredTime(repairTouchTime({ ...touch, at: 946684799999 }, NOW)!.at)).toBe(true);
  });
});
