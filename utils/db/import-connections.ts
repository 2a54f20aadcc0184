/**
 * Database side of the LinkedIn Connections.csv import (DESIGN.md, "Export and import"): parsed rows →
 * the pure `planConnectionImport` → one read-write transaction. Only the contacts whose ids appear in
 * the file are read (`bulkGet`), and updates go through `bulkUpdate` with just the changed fields, so
 * notes, touches, tags, cadence and a manual industry are never written by an import.
 *
 * Why the warm-up: an IndexedDB transaction cannot span a `setTimeout`, so everything inside it runs
 * without a chance to paint. Industry classification is the costly
 * part of planning (about 1 s per 10,000 rows on a slow machine), so its answers are computed first,
 * in chunks that yield to the event loop, and the plan inside the transaction only looks them up.
 *
 * Reminders: new people get none unless `remind` is set; then they are staggered (see the planner)
 * around the people already due on each day, read from the `nextDueAt` index a month at a time.
 */
import { addCalendarDays } from '../domain/calendar';
import { classifyIndustry } from '../domain/classify-industry';
import type { ConnectionRow } from '../io/linkedin-connections';
import {
  connectionHeadline,
  IMPORT_REMINDERS_PER_DAY,
  planConnectionImport,
  type ConnectionImportReport,
  type ReminderStagger,
} from '../io/linkedin-connections-plan';
import { contactIdOf, type Contact, type ContactId } from '../model';
import type { KakehashiDb } from './schema';
import { nextTurn } from '../next-turn';

type Profile = { headline: string | null; company: string | null };

/** Rows classified between yields. */
const WARM_UP_CHUNK = 500;
/**
 * Records per write. Each chunk starts from the completion of the one before, so the transaction stays
 * active while the page paints in between (see restore.ts).
 */
const WRITE_CHUNK = 1_000;

/** `classifyIndustry` with answers remembered by headline and company. */
function memoClassify(): (profile: Profile) => { industry: string } | null {
  const cache = new Map<string, { industry: string } | null>();
  return (profile) => {
    const key = `${profile.headline ?? ''}\u0000${profile.company ?? ''}`;
    let answer = cache.get(key);
    if (answer === undefined) {
      answer = classifyIndustry({ ...profile, bio: null });
      cache.set(key, answer);
    }
    return answer;
  };
}

export interface ImportOptions {
  /** The user opted in to reminders for the new people (staggered); default: no reminders. */
  remind?: boolean;
  /** At most this many imported people due on any one day. */
  perDay?: number;
}

/** Days read from the due index per query while looking for room. */
const DUE_WINDOW_DAYS = 31;

/**
 * The stagger for `newPeople` opted-in people: day `d` runs from local midnight `d` days after `now`,
 * and the people already due in each day are counted so the import adds only to the room left.
 */
async function buildStagger(db: KakehashiDb, now: number, newPeople: number, perDay: number): Promise<ReminderStagger> {
  const midnight = new Date(now);
  midnight.setHours(0, 0, 0, 0);
  const dayStart = (day: number) => addCalendarDays(midnight.getTime(), day);
  const due: number[] = [];
  let room = 0;
  for (let first = 1; room < newPeople; first += DUE_WINDOW_DAYS) {
    const last = first + DUE_WINDOW_DAYS;
    const keys = (await db.contacts.where('nextDueAt').between(dayStart(first), dayStart(last), true, false).keys()) as number[];
    let day = first;
    for (const key of keys) {
      while (key >= dayStart(day + 1)) day += 1;
      due[day] = (due[day] ?? 0) + 1;
    }
    for (let d = first; d < last; d++) room += Math.max(0, perDay - (due[d] ?? 0));
  }
  return { perDay, dueAt: (day) => addCalendarDays(now, day), alreadyDue: (day) => due[day] ?? 0 };
}

/** Imports parsed rows; returns what was imported, updated, unchanged and skipped (by the plan). */
export async function importConnections(
  db: KakehashiDb,
  rows: readonly ConnectionRow[],
  now: number,
  options: ImportOptions = {},
): Promise<ConnectionImportReport> {
  const classify = memoClassify();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.handle !== null) classify({ headline: connectionHeadline(row.position, row.company), company: row.company });
    if ((i + 1) % WARM_UP_CHUNK === 0) await nextTurn();
  }
  return db.transaction('rw', db.contacts, async () => {
    const ids = [
      ...new Set(rows.flatMap((r) => (r.handle === null ? [] : [contactIdOf({ site: 'linkedin', handle: r.handle })]))),
    ];
    const found = await db.contacts.bulkGet(ids);
    const existing = new Map<ContactId, Contact>();
    found.forEach((contact) => {
      if (contact) existing.set(contact.id, contact);
    });
    const newPeople = ids.length - existing.size;
    const stagger = options.remind && newPeople > 0
      ? await buildStagger(db, now, newPeople, options.perDay ?? IMPORT_REMINDERS_PER_DAY)
      : undefined;
    const plan = planConnectionImport(rows, existing, now, { stagger, classify });
    for (let i = 0; i < plan.add.length; i += WRITE_CHUNK) await db.contacts.bulkAdd(plan.add.slice(i, i + WRITE_CHUNK));
    for (let i = 0; i < plan.update.length; i += WRITE_CHUNK) await db.contacts.bulkUpdate(plan.update.slice(i, i + WRITE_CHUNK));
    return plan.report;
  });
}
