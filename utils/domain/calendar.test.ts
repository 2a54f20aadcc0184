import { describe, expect, it } from 'vitest';
import { addCalendarDays, addCalendarMonths } from './calendar';

const HOUR = 3_600_000;
const utc = (iso: string): number => Date.parse(iso);

describe('addCalendarMonths', () => {
  it('clamps to the end of a shorter month (31 Jan + 1 month)', () => {
    expect(addCalendarMonths(utc('2025-01-31T10:00:00Z'), 1, 'UTC')).toBe(utc('2025-02-28T10:00:00Z'));
    expect(addCalendarMonths(utc('2025-03-31T10:00:00Z'), 1, 'UTC')).toBe(utc('2025-04-30T10:00:00Z'));
    expect(addCalendarMonths(utc('2025-08-31T10:00:00Z'), 6, 'UTC')).toBe(utc('2026-02-28T10:00:00Z'));
  });

  it('knows leap years', () => {
    expect(addCalendarMonths(utc('2024-01-31T10:00:00Z'), 1, 'UTC')).toBe(utc('2024-02-29T10:00:00Z'));
    expect(addCalendarMonths(utc('2024-02-29T10:00:00Z'), 12, 'UTC')).toBe(utc('2025-02-28T10:00:00Z'));
    expect(addCalendarMonths(utc('2027-11-29T10:00:00Z'), 3, 'UTC')).toBe(utc('2028-02-29T10:00:00Z'));
    expect(addCalendarMonths(utc('2099-12-31T10:00:00Z'), 2, 'UTC')).toBe(utc('2100-02-28T10:00:00Z')); // 2100: no leap day
  });

  it('crosses year ends both ways', () => {
    expect(addCalendarMonths(utc('2025-11-15T00:00:00Z'), 3, 'UTC')).toBe(utc('2026-02-15T00:00:00Z'));
    expect(addCalendarMonths(utc('2025-01-15T00:00:00Z'), -1, 'UTC')).toBe(utc('2024-12-15T00:00:00Z'));
  });

  it("uses the zone's calendar, not UTC's", () => {
    // 30 Jan 16:00 UTC is 31 Jan 01:00 in Tokyo: a month later is 28 Feb 01:00 JST (27 Feb 16:00 UTC),
    // while in UTC it is 28 Feb 16:00.
    const t = utc('2025-01-30T16:00:00Z');
    expect(addCalendarMonths(t, 1, 'Asia/Tokyo')).toBe(utc('2025-02-27T16:00:00Z'));
    expect(addCalendarMonths(t, 1, 'UTC')).toBe(utc('2025-02-28T16:00:00Z'));
    // 31 Jan 20:00 UTC is 1 Feb 05:00 in Tokyo (→ 1 Mar 05:00 JST) and 31 Jan 15:00 in New York (→ 28 Feb).
    const u = utc('2025-01-31T20:00:00Z');
    expect(addCalendarMonths(u, 1, 'Asia/Tokyo')).toBe(utc('2025-02-28T20:00:00Z'));
    expect(addCalendarMonths(u, 1, 'America/New_York')).toBe(utc('2025-02-28T20:00:00Z'));
    // 30 Mar 20:00 UTC is 31 Mar 05:00 JST → 30 Apr 05:00 JST (29 Apr 20:00 UTC); in UTC, 30 Mar → 30 Apr.
    expect(addCalendarMonths(utc('2025-03-30T20:00:00Z'), 1, 'Asia/Tokyo')).toBe(utc('2025-04-29T20:00:00Z'));
    expect(addCalendarMonths(utc('2025-03-30T20:00:00Z'), 1, 'UTC')).toBe(utc('2025-04-30T20:00:00Z'));
  });

  it('keeps the wall-clock time across DST changes', () => {
    // New York: 15 Feb 09:00 EST (14:00Z) → 15 Mar 09:00 EDT (13:00Z).
    expect(addCalendarMonths(utc('2025-02-15T14:00:00Z'), 1, 'America/New_York')).toBe(utc('2025-03-15T13:00:00Z'));
    // London: 15 Oct 09:00 BST (08:00Z) → 15 Nov 09:00 GMT (09:00Z).
    expect(addCalendarMonths(utc('2025-10-15T08:00:00Z'), 1, 'Europe/London')).toBe(utc('2025-11-15T09:00:00Z'));
  });
});

describe('addCalendarDays', () => {
  it('adds whole days in UTC and in zones without DST', () => {
    expect(addCalendarDays(utc('2025-02-25T12:00:00Z'), 7, 'UTC')).toBe(utc('2025-03-04T12:00:00Z'));
    expect(addCalendarDays(utc('2024-02-25T12:00:00Z'), 7, 'Asia/Tokyo')).toBe(utc('2024-03-03T12:00:00Z'));
  });

  it('keeps the wall-clock time across DST, so a week is 167 or 169 hours', () => {
    const beforeSpring = utc('2025-03-02T14:00:00Z'); // Sun 2 Mar 09:00 EST
    expect(addCalendarDays(beforeSpring, 7, 'America/New_York') - beforeSpring).toBe(7 * 24 * HOUR - HOUR);
    const beforeFall = utc('2025-10-19T08:00:00Z'); // Sun 19 Oct 09:00 BST
    expect(addCalendarDays(beforeFall, 7, 'Europe/London') - beforeFall).toBe(7 * 24 * HOUR + HOUR);
  });

  it('moves a skipped wall-clock time forward and takes the first of a repeated one', () => {
    // 8 Mar 02:30 EST + 1 day = 9 Mar 02:30, which New York skips → 03:30 EDT (07:30Z).
    expect(addCalendarDays(utc('2025-03-08T07:30:00Z'), 1, 'America/New_York')).toBe(utc('2025-03-09T07:30:00Z'));
    // 1 Nov 01:30 EDT + 1 day = 2 Nov 01:30, which happens twice → the first, 01:30 EDT (05:30Z).
    expect(addCalendarDays(utc('2025-11-01T05:30:00Z'), 1, 'America/New_York')).toBe(utc('2025-11-02T05:30:00Z'));
    // London 25 Oct 01:30 BST + 1 day = 26 Oct 01:30, twice → first, 01:30 BST (00:30Z).
    expect(addCalendarDays(utc('2025-10-25T00:30:00Z'), 1, 'Europe/London')).toBe(utc('2025-10-26T00:30:00Z'));
  });

  it("defaults to the runtime's zone", () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const t = utc('2025-01-31T10:00:00Z');
    expect(addCalendarMonths(t, 1)).toBe(addCalendarMonths(t, 1, zone));
    expect(addCalendarDays(t, 30)).toBe(addCalendarDays(t, 30, zone));
  });
});
