/**
 * Database side of restoring a JSON backup (DESIGN.md, "Export and import"). The plan comes from the
 * pure `planRestore` (utils/io/backup-restore.ts); this file reads what it needs and writes the plan in
 * ONE read-write transaction over every table, so a failure anywhere (quota, a record IndexedDB
 * refuses) aborts the transaction and leaves the database exactly as it was.
 *
 * Records are written in chunks, each `bulkPut` started from the completion of the one before: the
 * transaction stays active (a request is always pending), yet the page gets to paint and run input
 * between chunks. One `bulkPut` of 100,000 contacts instead blocks the page for many seconds, because
 * Chromium computes every index key in the page's own thread when a put is issued.
 */
import { computeNextDueAt } from '../domain/cadence';
import type { Backup } from '../io/backup';
import { planRestore, type ExistingData, type RestoreMode, type RestorePlan } from '../io/backup-restore';
import type { EntityTable } from 'dexie';
import type { Touch } from '../model';
import { countRowsOf, networkRowsOf } from './insight-counts';
import type { KakehashiDb } from './schema';
import { searchRowsOf } from './search-index';
import { markSelfIndexed } from './self-indexed';
import { getSettings } from './settings';

export type RestoreReport = RestorePlan['report'];

/** Records per `bulkPut`: large, since the restore runs in a worker where a long task blocks no one. */
export const WRITE_CHUNK = 10_000;

/** Records written so far out of all records in the plan. */
export type WriteProgress = (done: number, total: number) => void;

interface PutTarget<T> {
  bulkPut(records: readonly T[]): Promise<unknown>;
}

/** Every table a restore writes; a replace also empties and rebuilds the index tables. */
function allTables(db: KakehashiDb) {
  return [db.contacts, db.notes, db.touches, db.settings, db.suggestionLog, db.introductionDecisions, db.searchByContact, db.insightCounts, db.insightPeople, db.insightNetwork];
}

/** The current database as `planRestore` sees it; call inside a transaction over every table. */
async function readExisting(db: KakehashiDb): Promise<ExistingData> {
  const stored = await db.settings.get('user');
  return {
    contacts: await db.contacts.toArray(),
    notes: await db.notes.toArray(),
    touches: await db.touches.toArray(),
    settings: stored ? await getSettings(db) : null,
    suggestionLog: await db.suggestionLog.toArray(),
    introductionDecisions: await db.introductionDecisions.toArray(),
  };
}

/**
 * The plan's touches with their person's industry (Insights counts by it; backups do not carry it):
 * from the plan's contacts, else from the database (a merge may restore touches of a kept contact).
 */
async function withIndustries(db: KakehashiDb, plan: RestorePlan): Promise<Touch[]> {
  const industryOf = new Map<string, string | null>(plan.contacts.map((c) => [c.id, c.industry]));
  const missing = [...new Set(plan.touches.map((t) => t.contactId).filter((id) => !industryOf.has(id)))];
  if (missing.length) (await db.contacts.bulkGet(missing)).forEach((c, i) => industryOf.set(missing[i]!, c?.industry ?? null));
  return plan.touches.map((t) => ({ ...t, industry: industryOf.get(t.contactId) ?? null }));
}

/**
 * Writes a plan: clears every table first when it says so, then `bulkPut`s each list. Inside the
 * caller's transaction when there is one, otherwise in its own; either way, all or nothing.
 *
 * A replace (`clearFirst`) builds the search index and Insights' counters itself, in bulk, from the
 * records it writes (self-indexed.ts): nothing old survives the clear, so there is nothing to read
 * back, and each index row or counter is written once. A merge keeps the middlewares, which read
 * what each write replaces.
 */
export async function applyRestorePlan(db: KakehashiDb, plan: RestorePlan, onProgress?: WriteProgress, chunkSize = WRITE_CHUNK): Promise<void> {
  const total = plan.contacts.length + plan.notes.length + plan.touches.length + plan.suggestionLog.length;
  let done = 0;
  async function putAll<T>(table: PutTarget<T>, records: readonly T[], count = true): Promise<void> {
    for (let i = 0; i < records.length; i += chunkSize) {
      const chunk = records.slice(i, i + chunkSize);
      await table.bulkPut(chunk);
      if (!count) continue;
      done += chunk.length;
      onProgress?.(done, total);
    }
  }
  await db.transaction('rw', allTables(db), async () => {
    if (plan.clearFirst) {
      markSelfIndexed();
      await Promise.all(allTables(db).map((table) => table.clear()));
    }
    onProgress?.(0, total);
    await putAll(db.contacts, plan.contacts);
    const notes = await putAllWithIds(db.notes, plan.notes, chunkSize, (n) => (done += n, onProgress?.(done, total)));
    const touches = await putAllWithIds(db.touches, await withIndustries(db, plan), chunkSize, (n) => (done += n, onProgress?.(done, total)));
    await putAll(db.suggestionLog, plan.suggestionLog);
    await putAll(db.introductionDecisions, plan.introductionDecisions);
    if (plan.settings) await db.settings.put({ key: 'user', ...plan.settings });
    if (plan.clearFirst) {
      await putAll(db.searchByContact, searchRowsOf(plan.contacts, notes, touches), false);
      const counters = countRowsOf(touches);
      await putAll(db.insightCounts, counters.counts, false);
      await putAll(db.insightPeople, counters.people, false);
      await putAll(db.insightNetwork, networkRowsOf(plan.contacts), false);
    }
  });
}

/** `bulkPut`s records in chunks and returns them with the ids IndexedDB gave those that had none. */
async function putAllWithIds<T extends { id?: number }>(
  table: EntityTable<T, 'id'>,
  records: readonly T[],
  chunkSize: number,
  onChunk: (n: number) => void,
): Promise<T[]> {
  const written: T[] = [];
  for (let i = 0; i < records.length; i += chunkSize) {
    const chunk = records.slice(i, i + chunkSize);
    const keys = await table.bulkPut(chunk, { allKeys: true });
    chunk.forEach((record, j) => written.push(record.id === undefined ? { ...record, id: keys[j] as number } : record));
    onChunk(chunk.length);
  }
  return written;
}

/**
 * Restores a parsed backup. Reading the current data, planning and writing happen in one transaction,
 * so nothing the user saves meanwhile (in a tab's panel) slips between the snapshot and the write.
 * Replace does not need the current data and skips reading it.
 */
export async function restoreBackup(
  db: KakehashiDb,
  backup: Backup,
  mode: RestoreMode,
  onProgress?: WriteProgress,
): Promise<RestoreReport> {
  return db.transaction('rw', allTables(db), async () => {
    const existing: ExistingData =
      mode === 'replace'
        ? { contacts: [], notes: [], touches: [], settings: null, suggestionLog: [] }
        : await readExisting(db);
    // The planner picks the settings each restored contact's nextDueAt is computed with.
    const plan = planRestore(existing, backup, mode, { computeNextDueAt: (contact, rules) => computeNextDueAt(contact, rules) });
    await applyRestorePlan(db, plan, onProgress);
    return plan.report;
  });
}
