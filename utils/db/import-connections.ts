/**
 * Database side of the LinkedIn Connections.csv import (DESIGN.md, "Export and import"): parsed rows →
 * the pure `planConnectionImport` → one read-write transaction. Only the contacts whose ids appear in
 * the file are read (`bulkGet`), and updates go through `bulkUpdate` with just the changed fields, so
 * notes, touches, tags, cadence and a manual industry are never written by an import.
 *
 * Why the warm-up: an IndexedDB transaction cannot span a `setTimeout`, so everything inside it runs
 * without a chance to paint. Industry classification and the due-date calendar maths are the costly
 * parts of planning (about 1 s per 10,000 rows on a slow machine), so their answers are computed first,
 * in chunks that yield to the event loop, and the plan inside the transaction only looks them up.
 */
import { computeNextDueAt, type DueInput } from '../domain/cadence';
import { classifyIndustry } from '../domain/classify-industry';
import type { ConnectionRow } from '../io/linkedin-connections';
import { connectionHeadline, planConnectionImport, type ConnectionImportReport } from '../io/linkedin-connections-plan';
import { contactIdOf, type Contact, type ContactId } from '../model';
import type { KakehashiDb } from './schema';
import { getSettings } from './settings';

type Profile = { headline: string | null; company: string | null };

/** Rows classified between yields. */
const WARM_UP_CHUNK = 500;
/**
 * Records per write. Each chunk starts from the completion of the one before, so the transaction stays
 * active while the page paints in between (see restore.ts).
 */
const WRITE_CHUNK = 1_000;

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

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

/** `computeNextDueAt` remembered by the only fields it reads (`DueInput`): new contacts share one answer. */
function memoNextDue(defaultCadenceDays: number): (contact: DueInput) => number | null {
  const cache = new Map<string, number | null>();
  return (contact) => {
    const key = `${contact.cadenceDays}|${contact.lastContactAt}|${contact.createdAt}|${contact.snoozedUntil}`;
    let answer = cache.get(key);
    if (answer === undefined) {
      answer = computeNextDueAt(contact, defaultCadenceDays);
      cache.set(key, answer);
    }
    return answer;
  };
}

/** Imports parsed rows; returns what was imported, updated, unchanged and skipped (by the plan). */
export async function importConnections(
  db: KakehashiDb,
  rows: readonly ConnectionRow[],
  now: number,
): Promise<ConnectionImportReport> {
  const classify = memoClassify();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.handle !== null) classify({ headline: connectionHeadline(row.position, row.company), company: row.company });
    if ((i + 1) % WARM_UP_CHUNK === 0) await nextTurn();
  }
  return db.transaction('rw', db.contacts, db.settings, async () => {
    const { defaultCadenceDays } = await getSettings(db);
    const ids = [
      ...new Set(rows.flatMap((r) => (r.handle === null ? [] : [contactIdOf({ site: 'linkedin', handle: r.handle })]))),
    ];
    const found = await db.contacts.bulkGet(ids);
    const existing = new Map<ContactId, Contact>();
    found.forEach((contact) => {
      if (contact) existing.set(contact.id, contact);
    });
    const plan = planConnectionImport(rows, existing, now, { computeNextDueAt: memoNextDue(defaultCadenceDays), classify });
    for (let i = 0; i < plan.add.length; i += WRITE_CHUNK) await db.contacts.bulkAdd(plan.add.slice(i, i + WRITE_CHUNK));
    for (let i = 0; i < plan.update.length; i += WRITE_CHUNK) await db.contacts.bulkUpdate(plan.update.slice(i, i + WRITE_CHUNK));
    return plan.report;
  });
}
