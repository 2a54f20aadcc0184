/**
 * Deleting people with everything about them — notes, touches, suggestion history and (through the
 * search-index middleware) their index rows — with a snapshot for undo; and "delete everything".
 */
import type { ContactId } from '../model';
import type { KakehashiDb } from './schema';
import { chunksOf, emptySnapshot, type UndoSnapshot } from './undo';

/**
 * Deletes these people and all their records in one transaction, in chunks, and returns what was
 * deleted so undo can put it back. Ids that do not exist are ignored.
 */
export async function deleteContacts(db: KakehashiDb, ids: readonly ContactId[]): Promise<UndoSnapshot> {
  const snapshot = emptySnapshot();
  await db.transaction('rw', [db.contacts, db.notes, db.touches, db.suggestionLog], async () => {
    for (const chunk of chunksOf([...new Set(ids)])) {
      const [contacts, notes, touches, log] = await Promise.all([
        db.contacts.bulkGet(chunk),
        db.notes.where('contactId').anyOf(chunk).toArray(),
        db.touches.where('contactId').anyOf(chunk).toArray(),
        db.suggestionLog.where('contactId').anyOf(chunk).toArray(),
      ]);
      for (const c of contacts) if (c) snapshot.contacts.push(c);
      snapshot.notes.push(...notes);
      snapshot.touches.push(...touches);
      snapshot.suggestionLog.push(...log);
      await db.notes.bulkDelete(notes.map((n) => n.id!));
      await db.touches.bulkDelete(touches.map((t) => t.id!));
      await db.suggestionLog.bulkDelete(log.map((e) => e.id!));
      await db.contacts.bulkDelete(chunk);
    }
  });
  return snapshot;
}

/**
 * Clears every table: contacts, notes, touches, settings, suggestion log, search index, dismissals,
 * introduction decisions, and last the two caches (the popup's home holds copies of contacts, the
 * introductions' cache names pairs of people), their stamps included.
 */
export async function deleteEverything(db: KakehashiDb): Promise<void> {
  const tables = [db.contacts, db.notes, db.touches, db.settings, db.suggestionLog, db.searchByContact, db.duplicateDismissals, db.introductionDecisions, db.popupHome, db.introductionCache];
  await db.transaction('rw', tables, async () => {
    for (const table of tables) await table.clear();
  });
}
