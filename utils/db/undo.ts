/**
 * One-step undo for the People page's bulk actions and deletes (DESIGN.md, "The People page"):
 * every action snapshots the rows it is about to change or delete, and undo puts exactly those rows
 * back, in one transaction (a merge's too: duplicates.ts). The search index and Insights' counters
 * follow by themselves (search-index.ts, insight-counts.ts middleware).
 */
import type { Contact, Note, SuggestionLogEntry, Touch } from '../model';
import type { KakehashiDb } from './schema';

export interface UndoSnapshot {
  /** Every affected contact as it was before the action. */
  contacts: Contact[];
  /** Records deleted with those contacts (empty unless the action deleted people). */
  notes: Note[];
  touches: Touch[];
  suggestionLog: SuggestionLogEntry[];
}

/** Rows per bulk request: a 10,000-person action is ten requests per table, not one huge one. */
export const WRITE_CHUNK = 1_000;

export const emptySnapshot = (): UndoSnapshot => ({ contacts: [], notes: [], touches: [], suggestionLog: [] });

/** Splits `items` into runs of at most `size`. */
export function chunksOf<T>(items: readonly T[], size: number = WRITE_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Puts the snapshot's rows back exactly as they were (same ids), in one transaction. Notes and
 * touches are deleted before they are put back: an action may have moved them to another contact
 * (merge), and the search index keys its rows by contact, so an overwrite in place would leave the
 * moved row's index entry under the other person. Deleting an id that is not there does nothing.
 */
export async function restoreSnapshot(db: KakehashiDb, snapshot: UndoSnapshot): Promise<void> {
  await db.transaction('rw', [db.contacts, db.notes, db.touches, db.suggestionLog], async () => {
    for (const chunk of chunksOf(snapshot.contacts)) await db.contacts.bulkPut(chunk);
    for (const chunk of chunksOf(snapshot.notes)) await db.notes.bulkDelete(chunk.map((n) => n.id!));
    for (const chunk of chunksOf(snapshot.touches)) await db.touches.bulkDelete(chunk.map((t) => t.id!));
    for (const chunk of chunksOf(snapshot.notes)) await db.notes.bulkPut(chunk);
    for (const chunk of chunksOf(snapshot.touches)) await db.touches.bulkPut(chunk);
    for (const chunk of chunksOf(snapshot.suggestionLog)) await db.suggestionLog.bulkPut(chunk);
  });
}
