/**
 * Wall-clock calendar arithmetic in an IANA time zone, with nothing but `Intl` (no date library).
 * "One month after 31 January, 10:00 in Tokyo" must not depend on the UTC offset or on DST, so we
 * read the wall-clock parts in the zone, move them, and turn them back into an instant.
 *
 * `timeZone` undefined means the runtime's own zone (the user's, in the extension). Passing it
 * explicitly keeps these functions pure and testable in any zone.
 */

import { DAY_MS } from '../model';

interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(key, f);
  }
  return f;
}

function wallClockAt(epoch: number, timeZone: string | undefined): WallClock {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(epoch)) parts[p.type] = p.value;
  const year = Number(parts.year);
  return {
    year: parts.era === 'BC' ? 1 - year : year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond: ((epoch % 1000) + 1000) % 1000,
  };
}

function wallClockAsUtc(w: WallClock): number {
  const t = new Date(0);
  t.setUTCFullYear(w.year, w.month - 1, w.day);
  t.setUTCHours(w.hour, w.minute, w.second, w.millisecond);
  return t.getTime();
}

/** The zone's offset from UTC at an instant, in ms (Tokyo: +9 h). */
function offsetAt(epoch: number, timeZone: string | undefined): number {
  return wallClockAsUtc(wallClockAt(epoch, timeZone)) - epoch;
}

/**
 * The instant at which the zone's clocks show `w`. A wall-clock time skipped by a DST jump resolves
 * to the instant one offset-change later (02:30 on a spring-forward night becomes 03:30); a repeated
 * one resolves to its first occurrence.
 */
function instantOf(w: WallClock, timeZone: string | undefined): number {
  const asUtc = wallClockAsUtc(w);
  // Zones change offset at most once within a day either side, so these two cover every case.
  const before = asUtc - offsetAt(asUtc - DAY_MS, timeZone);
  const after = asUtc - offsetAt(asUtc + DAY_MS, timeZone);
  const shows = (t: number): boolean => wallClockAsUtc(wallClockAt(t, timeZone)) === asUtc;
  if (shows(before) && shows(after)) return Math.min(before, after);
  if (shows(after)) return after;
  // Either only `before` shows it, or the time was skipped: then the pre-jump offset moves it forward.
  return before;
}

function daysInMonth(year: number, month: number): number {
  const t = new Date(0);
  t.setUTCFullYear(year, month, 0); // day 0 of the next month = last day of this one
  return t.getUTCDate();
}

/** Same wall-clock time `days` calendar days later (or earlier) in the zone. */
export function addCalendarDays(epoch: number, days: number, timeZone?: string): number {
  const w = wallClockAt(epoch, timeZone);
  const t = new Date(0);
  t.setUTCFullYear(w.year, w.month - 1, w.day + days);
  return instantOf({ ...w, year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() }, timeZone);
}

/**
 * Same wall-clock time `months` calendar months later (or earlier) in the zone; the day is clamped
 * to the end of a shorter month (31 January + 1 month = 28 or 29 February).
 */
export function addCalendarMonths(epoch: number, months: number, timeZone?: string): number {
  const w = wallClockAt(epoch, timeZone);
  const index = w.year * 12 + (w.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const day = Math.min(w.day, daysInMonth(year, month));
  return instantOf({ ...w, year, month, day }, timeZone);
}
