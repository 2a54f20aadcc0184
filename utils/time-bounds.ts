/**
 * The range every stored time must fall in (DESIGN.md, "Export and import": times within range),
 * defined once for backup validation, message validation and the Connections.csv import.
 *
 * Why these bounds: `Date` stops at ±8.64e15 ms, beyond which `toISOString()` and `Intl` throw
 * `RangeError` (a backup with `createdAt: 1e16` once broke CSV export and the pages). Years after
 * 9999 need ISO 8601's expanded form, which spreadsheets do not read. Nothing Kakehashi records is
 * older than 2000 (LinkedIn opened in 2003, X in 2006). Touches and the last contact are things that
 * happened, so they may be at most a day ahead of `now` (time zones, a slightly fast clock).
 */
import { DAY_MS } from './model';

/** 2000-01-01T00:00:00.000Z. */
export const EARLIEST_TIME = Date.UTC(2000, 0, 1);
/** 9999-12-31T23:59:59.999Z. */
export const LATEST_TIME = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
/** How far past `now` a touch or last contact may be. */
export const FUTURE_SLACK_MS = DAY_MS;

/** True for an epoch-ms integer from 2000 through 9999. */
export function isStoredTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= EARLIEST_TIME && value <= LATEST_TIME;
}

/** True for a stored time that is not after `now` + one day: the rule for touches and last contact. */
export function isPastTime(value: unknown, now: number): value is number {
  return isStoredTime(value) && value <= now + FUTURE_SLACK_MS;
}

/**
 * The `Date` of an epoch-ms value, or null when JavaScript cannot represent it (NaN, beyond
 * ±8.64e15, not a number at all). Formatters go through this so a bad stored value never throws.
 */
export function dateOf(value: unknown): Date | null {
  if (typeof value !== 'number') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
