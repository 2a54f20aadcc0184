import { describe, expect, it } from 'vitest';
import { DAY_MS } from './model';
import { dateOf, isPastTime, isStoredTime } from './time-bounds';

const NOW = Date.UTC(2026, 10, 23, 8);

describe('time bounds', () => {
  it('stores integer times from 2000-01-01 through the end of 9999', () => {
    expect(isStoredTime(Date.UTC(2000, 0, 1))).toBe(true);
    expect(isStoredTime(Date.parse('9999-12-31T23:59:59.999Z'))).toBe(true);
    for (const bad of [Date.UTC(2000, 0, 1) - 1, Date.parse('9999-12-31T23:59:59.999Z') + 1, 1e16, 0, -1, NOW + 0.5, Number.NaN, Infinity, '2026-01-01', null]) {
      expect(isStoredTime(bad), String(bad)).toBe(false);
    }
  });

  it('takes a touch up to one day after now, not later', () => {
    expect(isPastTime(NOW + DAY_MS, NOW)).toBe(true);
    expect(isPastTime(NOW + DAY_MS + 1, NOW)).toBe(false);
    expect(isPastTime(Date.UTC(1999, 0, 1), NOW)).toBe(false);
  });

  it('gives a Date only for values a Date can hold, so formatters never throw', () => {
    expect(dateOf(NOW)?.toISOString()).toBe('2026-11-23T08:00:00.000Z');
    expect(dateOf(8.64e15)?.toISOString()).toBe('+275760-09-13T00:00:00.000Z');
    for (const bad of [1e16, -1e16, Number.NaN, '2026', undefined]) expect(dateOf(bad), String(bad)).toBeNull();
  });
});
