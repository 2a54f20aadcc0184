/**
 * Keep-in-touch cadence and when someone is next due (DESIGN.md, "Reminders").
 *
 * `Contact.cadenceDays` holds: `null` = the settings default, `0` = never remind, otherwise a number
 * of days. Month options are what users mean by "every 3 months": CALENDAR months (10 March → 10 June,
 * 31 January → 28/29 February), so the three month options are stored as the canonical day counts
 * 91, 182 and 365 and `cadenceMonths` recognises exactly those values as 3, 6 and 12 months. Every
 * other value (including the settings default of 90) is a number of calendar days. Code that only
 * needs a size (ranking, ratios) may treat `cadenceDays` as days: the error is a day or two.
 *
 * Dates move by wall-clock days and months in the user's time zone (see calendar.ts), so a reminder
 * set at 09:00 stays at 09:00 across DST changes and month ends.
 */
import { DAY_MS, type Contact } from '../model';
import { addCalendarDays, addCalendarMonths } from './calendar';

export type CadenceOptionId = 'default' | 'none' | '1w' | '2w' | '4w' | '6w' | '3m' | '6m' | '12m';

export interface CadenceOption {
  id: CadenceOptionId;
  /** The value stored in `Contact.cadenceDays`. */
  cadenceDays: number | null;
  /** Set for calendar-month options. */
  months?: number;
}

export const CADENCE_OPTIONS: readonly CadenceOption[] = [
  { id: 'default', cadenceDays: null },
  { id: 'none', cadenceDays: 0 },
  { id: '1w', cadenceDays: 7 },
  { id: '2w', cadenceDays: 14 },
  { id: '4w', cadenceDays: 28 },
  { id: '6w', cadenceDays: 42 },
  { id: '3m', cadenceDays: 91, months: 3 },
  { id: '6m', cadenceDays: 182, months: 6 },
  { id: '12m', cadenceDays: 365, months: 12 },
];

const MONTHS_BY_DAYS: ReadonlyMap<number, number> = new Map(
  CADENCE_OPTIONS.flatMap((o) => (o.months && o.cadenceDays ? [[o.cadenceDays, o.months] as const] : [])),
);

/** The calendar months a stored cadence means, or null when it is a plain number of days. */
export function cadenceMonths(cadenceDays: number): number | null {
  return MONTHS_BY_DAYS.get(cadenceDays) ?? null;
}

/** The option a stored value belongs to, or null for a custom value (e.g. the default's 90 days). */
export function cadenceOptionOf(cadenceDays: number | null): CadenceOption | null {
  return CADENCE_OPTIONS.find((o) => o.cadenceDays === cadenceDays) ?? null;
}

/** Per-tag default cadences in days (settings): tag "mentor" every 30 days. */
export type TagCadences = Readonly<Record<string, number>>;

/** What a contact without a cadence of their own follows: the settings default and the tags' defaults. */
export interface CadenceDefaults {
  defaultCadenceDays: number;
  tagCadences?: TagCadences | undefined;
}

/** A bare number is the settings default alone (no per-tag cadences). */
export type CadenceRules = number | CadenceDefaults;

/**
 * The shortest per-tag default among these tags, or null when none of them has one. Only positive
 * values count: a tag cannot turn reminders off, only the person's own "none" does.
 */
export function tagCadenceOf(tags: readonly string[] | undefined, tagCadences: TagCadences | undefined): number | null {
  if (!tags?.length || !tagCadences) return null;
  let shortest: number | null = null;
  for (const tag of tags) {
    if (!Object.hasOwn(tagCadences, tag)) continue;
    const days = tagCadences[tag]!;
    if (Number.isFinite(days) && days > 0 && (shortest === null || days < shortest)) shortest = days;
  }
  return shortest;
}

/** The tag whose default sets a person's cadence (the shortest), or null when none has one. */
export function cadenceTagOf(tags: readonly string[] | undefined, tagCadences: TagCadences | undefined): string | null {
  const days = tagCadenceOf(tags, tagCadences);
  return days === null ? null : (tags!.find((tag) => Object.hasOwn(tagCadences!, tag) && tagCadences![tag] === days) ?? null);
}

/**
 * The cadence in days that applies to a contact (DESIGN.md, "Data"): their own, else the shortest
 * of their tags' defaults, else the settings default. 0 means no reminders.
 */
export function effectiveCadenceDays(cadenceDays: number | null, rules: CadenceRules, tags?: readonly string[]): number {
  const defaults = typeof rules === 'number' ? { defaultCadenceDays: rules } : rules;
  const days = cadenceDays ?? tagCadenceOf(tags, defaults.tagCadences) ?? defaults.defaultCadenceDays;
  return Number.isFinite(days) && days > 0 ? days : 0;
}

/** `t` moved forward by one cadence, in the user's calendar. */
export function addCadence(t: number, cadenceDays: number, timeZone?: string): number {
  const months = cadenceMonths(cadenceDays);
  return months === null ? addCalendarDays(t, cadenceDays, timeZone) : addCalendarMonths(t, months, timeZone);
}

export type DueInput = Pick<Contact, 'lastContactAt' | 'createdAt' | 'cadenceDays' | 'snoozedUntil'> & { tags?: readonly string[] };

/**
 * When a contact is next due: one cadence after the last contact (or after they were added, if never
 * contacted), pushed to at least `snoozedUntil`. Null when the cadence is "none": never due.
 * This is the value to store in `Contact.nextDueAt` after every change to those fields.
 */
export function computeNextDueAt(contact: DueInput, rules: CadenceRules, timeZone?: string): number | null {
  const cadence = effectiveCadenceDays(contact.cadenceDays, rules, contact.tags);
  if (cadence === 0) return null;
  const due = addCadence(contact.lastContactAt ?? contact.createdAt, cadence, timeZone);
  return contact.snoozedUntil !== null && contact.snoozedUntil > due ? contact.snoozedUntil : due;
}

/** Due = nextDueAt ≤ now and not snoozed (DESIGN.md, "Reminders"). */
export function isDue(contact: Pick<Contact, 'nextDueAt' | 'snoozedUntil'>, now: number): boolean {
  if (contact.nextDueAt === null || contact.nextDueAt > now) return false;
  return !(contact.snoozedUntil !== null && contact.snoozedUntil > now);
}

/**
 * Time since the last contact (or since the contact was added) ÷ the cadence: 1 = due today, 2 = a
 * whole cadence overdue. 0 when the cadence is "none". Month cadences count as their day size.
 */
export function overdueRatio(
  contact: Pick<Contact, 'lastContactAt' | 'createdAt' | 'cadenceDays'> & { tags?: readonly string[] },
  rules: CadenceRules,
  now: number,
): number {
  const cadence = effectiveCadenceDays(contact.cadenceDays, rules, contact.tags);
  if (cadence === 0) return 0;
  const elapsed = now - (contact.lastContactAt ?? contact.createdAt);
  return Math.max(0, elapsed) / (cadence * DAY_MS);
}

export type SnoozeLength = 'week' | 'month';

/** The end of a snooze started now: one calendar week or one calendar month later. */
export function snoozeUntil(now: number, length: SnoozeLength, timeZone?: string): number {
  return length === 'week' ? addCalendarDays(now, 7, timeZone) : addCalendarMonths(now, 1, timeZone);
}
