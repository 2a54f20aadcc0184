/**
 * Database side of the LinkedIn Connections.csv import (DESIGN.md, "Export and import"): parsed rows →
 * the pure `planConnectionImport` → one read-write transaction. Only the contacts whose ids appear in
 * the file are read (`bulkGet`), and updates go through `bulkUpdate` with just the changed fields, so
 * notes, touches, tags, cadence and a manual industry are never written by an import.
 */
import { computeNextDueAt } from '../domain/cadence';
import { classifyIndustry } from '../domain/classify-industry';
import type { ConnectionRow } from '../io/linkedin-connections';
import { planConnectionImport, type ConnectionImportReport } from '../io/linkedin-connections-plan';
import { contactIdOf, type Contact, type ContactId } from '../model';
import type { KakehashiDb } from './schema';
import { getSettings } from './settings';

/** Imports parsed rows; returns what was imported, updated, unchanged and skipped (by the plan). */
export async function importConnections(
  db: KakehashiDb,
  rows: readonly ConnectionRow[],
  now: number,
): Promise<ConnectionImportReport> {
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
    const plan = planConnectionImport(rows, existing, now, {
      computeNextDueAt: (contact) => computeNextDueAt(contact, defaultCadenceDays),
      classify: (profile) => classifyIndustry({ ...profile, bio: null }),
    });
    if (plan.add.length > 0) await db.contacts.bulkAdd(plan.add);
    if (plan.update.length > 0) await db.contacts.bulkUpdate(plan.update);
    return plan.report;
  });
}
