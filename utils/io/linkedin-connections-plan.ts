/**
 * Planning a Connections.csv import: parsed rows + the contacts already stored → what to write.
 * Pure; the caller writes `add` with `bulkAdd` and `update` with Dexie's `bulkUpdate` (only the
 * changed fields, so an edit the user makes during the import is not overwritten).
 *
 * Rules (DESIGN.md, "Export and import"):
 * - rows are keyed by slug; a slug seen earlier in `rows` is skipped as `duplicate`; rows without a
 *   profile URL (every row of a legacy export) cannot be keyed and are skipped as `no-url`;
 * - the import only fills gaps: name, headline ("Position at Company") and company are written only
 *   where the stored value is empty, so nothing the user or a profile visit stored is overwritten
 *   (a headline imported earlier therefore stays until a profile visit refreshes it);
 * - "Connected On" goes to `connectedAt` (LinkedIn's value wins, it is a fact of record); it is not a
 *   touch, so `lastContactAt` is never set;
 * - an industry is suggested via `classify` (source `auto`) only for contacts with no industry; a
 *   manual or auto industry already stored is kept;
 * - tags, cadence, touches, notes, snooze and URL of stored contacts are never touched, so people
 *   already in the contacts keep their reminders; e-mail addresses are not stored.
 *
 * Reminders for NEW people (DESIGN.md, "Reminders": no import floods reminders). Without `stagger`
 * (the user did not opt in) a new person gets cadence 0, the model's own "no reminders": nothing
 * that recomputes `nextDueAt` later (a default-cadence change, a restore, a touch) can bring 800
 * connections due on one day, the panel and People page show "no reminders" and one edit turns them
 * on. Suggestions skip cadence 0 like every other reminder. With `stagger` (opted in) the person
 * keeps the default cadence and is first due on day 1, 2, … after the import, at most `perDay` a day
 * counting people already due that day, in file order.
 */
import { blankContact, contactIdOf, type Contact, type ContactId } from '../model';
import { LIMITS } from '../limits';
import { clamp } from '../sites/text';
import type { ConnectionRow, RowProblemReason } from './linkedin-connections';

/** At most this many imported people fall due on any one day (DESIGN.md, "Reminders"). */
export const IMPORT_REMINDERS_PER_DAY = 5;

/** How opted-in new people are spread over the days after the import. */
export interface ReminderStagger {
  perDay: number;
  /** The reminder time on day `day` after the import (1 = tomorrow), in the user's calendar. */
  dueAt: (day: number) => number;
  /** People already due on day `day`; they count against `perDay`. */
  alreadyDue: (day: number) => number;
}

export interface ConnectionImportDeps {
  /** Present when the user opted in to reminders for the new people; absent = no reminders. */
  stagger?: ReminderStagger;
  /** Industry suggestion from headline and company (utils/domain). */
  classify?: (profile: { headline: string | null; company: string | null }) => { industry: string } | null;
}

export interface ConnectionImportReport {
  imported: number;
  updated: number;
  /** Rows whose contact already had everything the row could add. */
  unchanged: number;
  skipped: { line: number; reason: RowProblemReason; detail?: string }[];
}

export interface ConnectionImportPlan {
  add: Contact[];
  update: { key: ContactId; changes: Partial<Contact> }[];
  report: ConnectionImportReport;
}

/** Han, kana or hangul: names written this way are shown family name first, as LinkedIn does. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Display name from the export's name columns, or null when both are blank. */
export function connectionName(firstName: string, lastName: string): string | null {
  const parts = CJK.test(firstName + lastName) ? [lastName, firstName] : [firstName, lastName];
  const name = parts.filter(Boolean).join(' ');
  return name ? clamp(name, LIMITS.name) : null;
}

/** `Position at Company`, just the position when there is no company, null without a position. */
export function connectionHeadline(position: string | null, company: string | null): string | null {
  if (!position) return null;
  return company ? clamp(`${position} at ${company}`, LIMITS.headline) : position;
}

function isBlank(value: string | null): boolean {
  return value === null || value.trim() === '';
}

function connectedAtOf(row: ConnectionRow): number | null {
  return row.connectedOn === null ? null : Date.parse(`${row.connectedOn}T00:00:00Z`);
}

function newContact(row: ConnectionRow & { handle: string; url: string }, now: number, deps: ConnectionImportDeps): Contact {
  const headline = connectionHeadline(row.position, row.company);
  const industry = deps.classify?.({ headline, company: row.company })?.industry ?? null;
  const contact: Contact = {
    ...blankContact({ site: 'linkedin', handle: row.handle }, now),
    url: row.url,
    name: connectionName(row.firstName, row.lastName),
    headline,
    company: row.company,
    industry,
    industrySource: industry === null ? null : 'auto',
    connectedAt: connectedAtOf(row),
  };

  return contact;
}

/** Gives each new contact its first reminder: none, or the next day with room (see module comment). */
function scheduleReminders(contacts: Contact[], stagger: ReminderStagger | undefined): void {
  if (!stagger) {
    for (const contact of contacts) contact.cadenceDays = 0;
    return;
  }
  const perDay = Math.max(1, Math.floor(stagger.perDay));
  let day = 1;
  let room = perDay - stagger.alreadyDue(day);
  for (const contact of contacts) {
    while (room <= 0) {
      day += 1;
      room = perDay - stagger.alreadyDue(day);
    }
    contact.nextDueAt = stagger.dueAt(day);
    room -= 1;
  }
}

/** The fields a row can fill in on a stored contact; empty when it adds nothing. */
function changesFor(row: ConnectionRow, stored: Contact, deps: ConnectionImportDeps): Partial<Contact> {
  const changes: Partial<Contact> = {};
  const name = connectionName(row.firstName, row.lastName);
  if (isBlank(stored.name) && name) changes.name = name;
  const headline = connectionHeadline(row.position, row.company);
  if (isBlank(stored.headline) && headline) changes.headline = headline;
  if (isBlank(stored.company) && row.company) changes.company = row.company;
  const connectedAt = connectedAtOf(row);
  if (connectedAt !== null && connectedAt !== stored.connectedAt) changes.connectedAt = connectedAt;
  if (stored.industry === null && stored.industrySource !== 'manual' && deps.classify) {
    const suggestion = deps.classify({
      headline: changes.headline ?? stored.headline,
      company: changes.company ?? stored.company,
    });
    if (suggestion) {
      changes.industry = suggestion.industry;
      changes.industrySource = 'auto';
    }
  }
  return changes;
}

/** See the module comment for the rules. */
export function planConnectionImport(
  rows: readonly ConnectionRow[],
  existing: ReadonlyMap<ContactId, Contact>,
  now: number,
  deps: ConnectionImportDeps,
): ConnectionImportPlan {
  const plan: ConnectionImportPlan = {
    add: [],
    update: [],
    report: { imported: 0, updated: 0, unchanged: 0, skipped: [] },
  };
  const seen = new Map<string, number>();
  for (const row of rows) {
    const { handle, url } = row;
    if (handle === null || url === null) {
      plan.report.skipped.push({ line: row.line, reason: 'no-url', detail: 'no profile URL to match' });
      continue;
    }
    const earlier = seen.get(handle);
    if (earlier !== undefined) {
      plan.report.skipped.push({ line: row.line, reason: 'duplicate', detail: `same profile as line ${earlier}` });
      continue;
    }
    seen.set(handle, row.line);
    const id = contactIdOf({ site: 'linkedin', handle });
    const stored = existing.get(id);
    if (!stored) {
      plan.add.push(newContact({ ...row, handle, url }, now, deps));
      plan.report.imported += 1;
      continue;
    }
    const changes = changesFor(row, stored, deps);
    if (Object.keys(changes).length === 0) {
      plan.report.unchanged += 1;
      continue;
    }
    plan.update.push({ key: id, changes: { ...changes, updatedAt: now } });
    plan.report.updated += 1;
  }
  scheduleReminders(plan.add, deps.stagger);
  return plan;
}
