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
import type { Touch } from '../model';
import type { KakehashiDb } from './schema';
import { getSettings } from './settings';

export type RestoreReport = RestorePlan['report'];

/** Records per `bulkPut`. */
const WRITE_CHUNK = 2_000;

/** Records written so far out of all records in the plan. */
export type WriteProgress = (done: number, total: number) => void;

interface PutTarget<T> {
  bulkPut(records: readonly T[]): Promise<unknown>;
}

function allTables(db: KakehashiDb) {
  return [db.contacts, db.notes, db.touches, db.settings, db.suggestionLog, db.introductionDecisions];
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
 */
export async function applyRestorePlan(db: KakehashiDb, plan: RestorePlan, onProgress?: WriteProgress): Promise<void> {
  const total = plan.contacts.length + plan.notes.length + plan.touches.length + plan.suggestionLog.length;
  let done = 0;
  async function putAll<T>(table: PutTarget<T>, records: readonly T[]): Promise<void> {
    for (let i = 0; i < records.length; i += WRITE_CHUNK) {
      const chunk = records.slice(i, i + WRITE_CHUNK);
      await table.bulkPut(chunk);
      done += chunk.length;
      onProgress?.(done, total);
    }
  }
  await db.transaction('rw', allTables(db), async () => {
    if (plan.clearFirst) await Promise.all(allTables(db).map((table) => table.clear()));
    onProgress?.(0, total);
    await putAll(db.contacts, plan.contacts);
    await putAll(db.notes, plan.notes);
    await putAll(db.touches, await withIndustries(db, plan));
    await putAll(db.suggestionLog, plan.suggestionLog);
    await putAll(db.introductionDecisions, plan.introductionDecisions);
    if (plan.settings) await db.settings.put({ key: 'user', ...plan.settings });
  });
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
