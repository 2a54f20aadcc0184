/**
 * Database side of restoring a JSON backup (DESIGN.md, "Export and import"). The plan comes from the
 * pure `planRestore` (utils/io/backup-restore.ts); this file reads what it needs and writes the plan in
 * ONE read-write transaction over every table, so a failure anywhere (quota, a record IndexedDB
 * refuses) aborts the transaction and leaves the database exactly as it was.
 */
import { computeNextDueAt } from '../domain/cadence';
import { planRestore, type Backup, type ExistingData, type RestoreMode, type RestorePlan } from '../io/backup';
import type { KakehashiDb } from './schema';
import { getSettings } from './settings';

export type RestoreReport = RestorePlan['report'];

function allTables(db: KakehashiDb) {
  return [db.contacts, db.notes, db.touches, db.settings, db.suggestionLog];
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
  };
}

/**
 * Writes a plan: clears every table first when it says so, then `bulkPut`s each list. Inside the
 * caller's transaction when there is one, otherwise in its own; either way, all or nothing.
 */
export async function applyRestorePlan(db: KakehashiDb, plan: RestorePlan): Promise<void> {
  await db.transaction('rw', allTables(db), async () => {
    if (plan.clearFirst) await Promise.all(allTables(db).map((table) => table.clear()));
    await db.contacts.bulkPut(plan.contacts);
    await db.notes.bulkPut(plan.notes);
    await db.touches.bulkPut(plan.touches);
    await db.suggestionLog.bulkPut(plan.suggestionLog);
    if (plan.settings) await db.settings.put({ key: 'user', ...plan.settings });
  });
}

/**
 * Restores a parsed backup. Reading the current data, planning and writing happen in one transaction,
 * so nothing the user saves meanwhile (in a tab's panel) slips between the snapshot and the write.
 * Replace does not need the current data and skips reading it.
 */
export async function restoreBackup(db: KakehashiDb, backup: Backup, mode: RestoreMode): Promise<RestoreReport> {
  return db.transaction('rw', allTables(db), async () => {
    const existing: ExistingData =
      mode === 'replace'
        ? { contacts: [], notes: [], touches: [], settings: null, suggestionLog: [] }
        : await readExisting(db);
    // A merge that moves lastContactAt recomputes nextDueAt with the cadence the user has now.
    const { defaultCadenceDays } = existing.settings ?? backup.data.settings;
    const plan = planRestore(existing, backup, mode, {
      computeNextDueAt: (contact) => computeNextDueAt(contact, defaultCadenceDays),
    });
    await applyRestorePlan(db, plan);
    return plan.report;
  });
}
