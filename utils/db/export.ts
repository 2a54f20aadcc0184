/**
 * Database side of the CSV export and the JSON backup (DESIGN.md, "Export and import"), for the
 * options page. The CSV files are built in pages of `pageSize` records by primary key, yielding to the
 * event loop between pages, so 100,000 contacts never freeze the page and the progress bar paints.
 *
 * The CSV export is not one snapshot: paging across event-loop turns cannot hold an IndexedDB
 * transaction open. A note saved while the export runs may or may not be in the file; nothing is ever
 * half-written, because each page is read in one request.
 */
import {
  CONTACT_COLUMNS,
  CSV_BOM,
  NOTE_COLUMNS,
  contactToRow,
  csvHeader,
  noteToRow,
  rowsToCsv,
  summariseNotes,
  type NoteSummary,
} from '../io/csv-export';
import type { BackupData } from '../io/backup';
import { industryLabel } from '../domain/industries';
import type { Contact, ContactId, Note } from '../model';
import type { KakehashiDb } from './schema';
import { getSettings } from './settings';
import { nextTurn } from '../next-turn';

export const EXPORT_PAGE_SIZE = 500;

export interface ExportProgress {
  /** `notes`: summarising notes for the contacts file; `rows`: writing the file's rows. */
  phase: 'notes' | 'rows';
  done: number;
  total: number;
}

export interface CsvExportOptions {
  lang: 'en' | 'ja';
  pageSize?: number;
  onProgress?: (progress: ExportProgress) => void;
}

/** A CSV file as parts to hand to `new Blob(parts)`, and how many records it holds. */
export interface CsvExport {
  parts: string[];
  rows: number;
}

interface PagedQuery<T> {
  limit(n: number): { toArray(): Promise<T[]> };
}

/** The part of a Dexie table keyset paging needs. */
interface KeyedTable<T, K> {
  orderBy(index: ':id'): PagedQuery<T>;
  where(index: ':id'): { above(key: K): PagedQuery<T> };
}

/**
 * Calls `visit` with every record of `table` in primary-key order, `pageSize` at a time, yielding to
 * the event loop after each page. Keyset paging (`above(lastKey)`), so page n costs the same as page 1.
 */
async function forEachPage<T, K extends string | number>(
  table: KeyedTable<T, K>,
  keyOf: (record: T) => K,
  pageSize: number,
  visit: (page: T[]) => void | Promise<void>,
): Promise<void> {
  let last: K | undefined;
  for (;;) {
    const page =
      last === undefined
        ? await table.orderBy(':id').limit(pageSize).toArray()
        : await table.where(':id').above(last).limit(pageSize).toArray();
    if (page.length === 0) return;
    await visit(page);
    last = keyOf(page[page.length - 1]!);
    if (page.length < pageSize) return;
    await nextTurn();
  }
}

/**
 * Note count and latest note per contact, reading the notes table once in pages. Each page is
 * summarised with the io layer's `summariseNotes`, and pages are combined with the same rule.
 */
export async function summariseAllNotes(
  db: KakehashiDb,
  pageSize = EXPORT_PAGE_SIZE,
  onProgress?: (done: number, total: number) => void,
): Promise<Map<ContactId, NoteSummary>> {
  const total = await db.notes.count();
  const all = new Map<ContactId, NoteSummary>();
  let done = 0;
  await forEachPage<Note, number>(db.notes, (n) => n.id!, pageSize, (page) => {
    for (const [contactId, summary] of summariseNotes(page)) {
      const before = all.get(contactId);
      if (!before) {
        all.set(contactId, summary);
        continue;
      }
      // "Which note is later" stays defined in one place: summariseNotes of the two candidates.
      const latest = summariseNotes([before.latest, summary.latest]).get(contactId)!.latest;
      all.set(contactId, { count: before.count + summary.count, latest });
    }
    done += page.length;
    onProgress?.(done, total);
  });
  return all;
}

/** `contacts.csv`: BOM, header, one row per contact with its note count and latest note. */
export async function exportContactsCsv(db: KakehashiDb, options: CsvExportOptions): Promise<CsvExport> {
  const pageSize = options.pageSize ?? EXPORT_PAGE_SIZE;
  const summaries = await summariseAllNotes(db, pageSize, (done, total) =>
    options.onProgress?.({ phase: 'notes', done, total }),
  );
  const total = await db.contacts.count();
  const label = (id: string) => industryLabel(id, options.lang);
  const parts = [CSV_BOM + csvHeader(CONTACT_COLUMNS)];
  let rows = 0;
  options.onProgress?.({ phase: 'rows', done: 0, total });
  await forEachPage<Contact, ContactId>(db.contacts, (c) => c.id, pageSize, (page) => {
    parts.push(
      rowsToCsv(
        page.map((contact) => {
          const summary = summaries.get(contact.id);
          return contactToRow(contact, {
            noteCount: summary?.count ?? 0,
            latestNote: summary?.latest.body ?? null,
            industryLabel: label,
          });
        }),
      ),
    );
    rows += page.length;
    options.onProgress?.({ phase: 'rows', done: rows, total });
  });
  return { parts, rows };
}

/** `notes.csv`: BOM, header, one row per note, each with its contact's name and URL. */
export async function exportNotesCsv(db: KakehashiDb, options: CsvExportOptions): Promise<CsvExport> {
  const pageSize = options.pageSize ?? EXPORT_PAGE_SIZE;
  const total = await db.notes.count();
  const parts = [CSV_BOM + csvHeader(NOTE_COLUMNS)];
  let rows = 0;
  options.onProgress?.({ phase: 'rows', done: 0, total });
  await forEachPage<Note, number>(db.notes, (n) => n.id!, pageSize, async (page) => {
    // Only the contacts this page needs, never the whole table.
    const ids = [...new Set(page.map((n) => n.contactId))];
    const found = await db.contacts.bulkGet(ids);
    const contacts = new Map(ids.map((id, i) => [id, found[i]]));
    parts.push(rowsToCsv(page.map((note) => noteToRow(note, contacts.get(note.contactId)))));
    rows += page.length;
    options.onProgress?.({ phase: 'rows', done: rows, total });
  });
  return { parts, rows };
}

/** The whole database for `serializeBackup`, read in one transaction so it is one consistent snapshot. */
export async function readBackupData(db: KakehashiDb): Promise<BackupData> {
  return db.transaction('r', [db.contacts, db.notes, db.touches, db.settings, db.suggestionLog, db.introductionDecisions], async () => ({
    contacts: await db.contacts.toArray(),
    notes: await db.notes.toArray(),
    touches: await db.touches.toArray(),
    settings: await getSettings(db),
    suggestionLog: await db.suggestionLog.toArray(),
    introductionDecisions: await db.introductionDecisions.toArray(),
  }));
}
