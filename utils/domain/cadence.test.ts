import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../model';
import {
  CADENCE_OPTIONS,
  cadenceMonths,
  cadenceOptionOf,
  computeNextDueAt,
  effectiveCadenceDays,
  isDue,
  overdueRatio,
  snoozeUntil,
} from './cadence';

const utc = (iso: string): number => Date.parse(iso);
const base = { lastContactAt: null, createdAt: utc('2025-01-01T00:00:00Z'), cadenceDays: null, snoozedUntil: null };

describe('CADENCE_OPTIONS', () => {
  it('offers default, none, 1/2/4/6 weeks and 3/6/12 calendar months', () => {
    expect(CADENCE_OPTIONS.map((o) => o.id)).toEqual(['default', 'none', '1w', '2w', '4w', '6w', '3m', '6m', '12m']);
    expect(CADENCE_OPTIONS.map((o) => o.cadenceDays)).toEqual([null, 0, 7, 14, 28, 42, 91, 182, 365]);
    expect(cadenceMonths(91)).toBe(3);
    expect(cadenceMonths(182)).toBe(6);
    expect(cadenceMonths(365)).toBe(12);
    expect(cadenceMonths(90)).toBeNull();
    expect(cadenceOptionOf(null)?.id).toBe('default');
    expect(cadenceOptionOf(90)).toBeNull();
  });

  it('treats null as the default and 0, negative or NaN as "no reminders"', () => {
    expect(effectiveCadenceDays(null, 90)).toBe(90);
    expect(effectiveCadenceDays(14, 90)).toBe(14);
    expect(effectiveCadenceDays(0, 90)).toBe(0);
    expect(effectiveCadenceDays(-3, 90)).toBe(0);
    expect(effectiveCadenceDays(Number.NaN, 90)).toBe(0);
    expect(effectiveCadenceDays(null, 0)).toBe(0);
  });
});

describe('computeNextDueAt', () => {
  it('is the last contact plus the cadence, in days', () => {
    const c = { ...base, lastContactAt: utc('2025-03-01T09:00:00Z'), cadenceDays: 14 };
    expect(computeNextDueAt(c, 90, 'UTC')).toBe(utc('2025-03-15T09:00:00Z'));
  });

  it('uses createdAt when never contacted, and the default when cadence is null', () => {
    expect(computeNextDueAt(base, 90, 'UTC')).toBe(utc('2025-04-01T00:00:00Z'));
  });

  it('returns null (never due) for cadence 0, or a default of 0', () => {
    expect(computeNextDueAt({ ...base, cadenceDays: 0 }, 90, 'UTC')).toBeNull();
    expect(computeNextDueAt(base, 0, 'UTC')).toBeNull();
  });

  it('uses calendar months for the month options (31 Jan + 3 months = 30 Apr)', () => {
    const c = { ...base, lastContactAt: utc('2025-01-31T09:00:00Z'), cadenceDays: 91 };
    expect(computeNextDueAt(c, 90, 'UTC')).toBe(utc('2025-04-30T09:00:00Z'));
    const leap = { ...base, lastContactAt: utc('2024-02-29T09:00:00Z'), cadenceDays: 365 };
    expect(computeNextDueAt(leap, 90, 'UTC')).toBe(utc('2025-02-28T09:00:00Z'));
    const six = { ...base, lastContactAt: utc('2024-08-31T09:00:00Z'), cadenceDays: 182 };
    expect(computeNextDueAt(six, 90, 'UTC')).toBe(utc('2025-02-28T09:00:00Z'));
  });

  it("counts in the user's zone and keeps the time of day across DST", () => {
    // 09:00 in New York on 2 Mar + 2 weeks = 09:00 EDT on 16 Mar (one hour less than 14×24 h).
    const c = { ...base, lastContactAt: utc('2025-03-02T14:00:00Z'), cadenceDays: 14 };
    expect(computeNextDueAt(c, 90, 'America/New_York')).toBe(utc('2025-03-16T13:00:00Z'));
    // 31 Jan 01:00 in Tokyo + 3 months = 30 Apr 01:00 JST.
    const t = { ...base, lastContactAt: utc('2025-01-30T16:00:00Z'), cadenceDays: 91 };
    expect(computeNextDueAt(t, 90, 'Asia/Tokyo')).toBe(utc('2025-04-29T16:00:00Z'));
  });

  it('is pushed to the end of a snooze, but a snooze that ends earlier changes nothing', () => {
    const c = { ...base, lastContactAt: utc('2025-03-01T00:00:00Z'), cadenceDays: 7 };
    const later = utc('2025-04-01T00:00:00Z');
    expect(computeNextDueAt({ ...c, snoozedUntil: later }, 90, 'UTC')).toBe(later);
    expect(computeNextDueAt({ ...c, snoozedUntil: utc('2025-03-03T00:00:00Z') }, 90, 'UTC')).toBe(utc('2025-03-08T00:00:00Z'));
  });

  it('stays null for "none" even when snoozed', () => {
    expect(computeNextDueAt({ ...base, cadenceDays: 0, snoozedUntil: utc('2025-04-01T00:00:00Z') }, 90, 'UTC')).toBeNull();
  });
});

describe('isDue', () => {
  const now = utc('2025-06-01T12:00:00Z');
  it('is due when nextDueAt ≤ now', () => {
    expect(isDue({ nextDueAt: now, snoozedUntil: null }, now)).toBe(true);
    expect(isDue({ nextDueAt: now - 1, snoozedUntil: null }, now)).toBe(true);
    expect(isDue({ nextDueAt: now + 1, snoozedUntil: null }, now)).toBe(false);
    expect(isDue({ nextDueAt: null, snoozedUntil: null }, now)).toBe(false);
  });
  it('is never due while snoozed', () => {
    expect(isDue({ nextDueAt: now - DAY_MS, snoozedUntil: now + 1 }, now)).toBe(false);
    expect(isDue({ nextDueAt: now - DAY_MS, snoozedUntil: now - 1 }, now)).toBe(true);
  });
});

describe('overdueRatio', () => {
  const now = utc('2025-06-01T00:00:00Z');
  it('is time since last contact ÷ cadence', () => {
    expect(overdueRatio({ lastContactAt: now - 30 * DAY_MS, createdAt: 0, cadenceDays: 15 }, 90, now)).toBe(2);
    expect(overdueRatio({ lastContactAt: now - 45 * DAY_MS, createdAt: 0, cadenceDays: null }, 90, now)).toBe(0.5);
  });
  it('uses createdAt when never contacted', () => {
    expect(overdueRatio({ lastContactAt: null, createdAt: now - 90 * DAY_MS, cadenceDays: null }, 90, now)).toBe(1);
  });
  it('is 0 for cadence none, and never negative', () => {
    expect(overdueRatio({ lastContactAt: now - 999 * DAY_MS, createdAt: 0, cadenceDays: 0 }, 90, now)).toBe(0);
    expect(overdueRatio({ lastContactAt: now + DAY_MS, createdAt: 0, cadenceDays: 7 }, 90, now)).toBe(0);
  });
});

describe('snoozeUntil', () => {
  it('is one calendar week or one calendar month later', () => {
    expect(snoozeUntil(utc('2025-01-31T08:00:00Z'), 'week', 'UTC')).toBe(utc('2025-02-07T08:00:00Z'));
    expect(snoozeUntil(utc('2025-01-31T08:00:00Z'), 'month', 'UTC')).toBe(utc('2025-02-28T08:00:00Z'));
    expect(snoozeUntil(utc('2024-01-31T08:00:00Z'), 'month', 'UTC')).toBe(utc('2024-02-29T08:00:00Z'));
  });
  it('keeps the local time across DST', () => {
    expect(snoozeUntil(utc('2025-10-20T08:00:00Z'), 'week', 'Europe/London')).toBe(utc('2025-10-27T09:00:00Z'));
  });
});

describe('per-tag default cadence', () => {
  const rules = { defaultCadenceDays: 90, tagCadences: { mentor: 30, client: 14, '__proto__': 5 } };

  it('is a person’s own cadence, else the shortest of their tags’, else the default', () => {
    expect(effectiveCadenceDays(null, rules, ['mentor'])).toBe(30);
    expect(effectiveCadenceDays(null, rules, ['mentor', 'client', 'friend'])).toBe(14);
    expect(effectiveCadenceDays(null, rules, ['friend'])).toBe(90);
    expect(effectiveCadenceDays(null, rules, [])).toBe(90);
    expect(effectiveCadenceDays(7, rules, ['client'])).toBe(7);
    // The person's own "no reminders" wins over any tag.
    expect(effectiveCadenceDays(0, rules, ['client'])).toBe(0);
  });

  it('ignores inherited object keys such as "toString" and counts only own entries', () => {
    expect(effectiveCadenceDays(null, { defaultCadenceDays: 90, tagCadences: {} }, ['toString', 'constructor'])).toBe(90);
  });

  it('moves the next due date', () => {
    const c = { ...base, tags: ['mentor'] };
    expect(computeNextDueAt(c, rules, 'UTC')).toBe(c.createdAt + 30 * DAY_MS);
    expect(computeNextDueAt(c, 90, 'UTC')).toBe(c.createdAt + 90 * DAY_MS);
    expect(overdueRatio({ ...c, createdAt: utc('2025-01-01T00:00:00Z') }, rules, utc('2025-01-31T00:00:00Z'))).toBe(1);
  });
});
