/**
 * `contacts.csv` and `notes.csv` (DESIGN.md, "Export and import"): UTF-8 with BOM, CRLF, RFC 4180
 * quoting, ISO 8601 UTC dates, formula injection neutralised (see csv-injection.ts).
 *
 * Built to be streamed: the caller writes `CSV_BOM + csvHeader(columns)`, then pages through the
 * database, turning each page into lines with `rowsToCsv(page.map(toRow))`, yielding to the event loop
 * and reporting progress between pages, and finally joins the parts into one `Blob`. Every string
 * `rowsToCsv` returns ends with CRLF, so the parts simply concatenate.
 *
 * Column names are English snake_case and never change with the UI language: they are stable
 * identifiers for anyone who scripts against the file, and contain no spaces or characters that need
 * quoting.
 */
import Papa from 'papaparse';
import {
  parseContactId,
  profileUrlOf,
  type Contact,
  type ContactId,
  type Note,
} from '../model';
import { localDateString } from '../local-date';
import { dateOf } from '../time-bounds';
import { neutraliseFormula } from './csv-injection';

export const CSV_BOM = '\uFEFF';
const CRLF = '\r\n';

export const CONTACT_COLUMNS = [
  'site',
  'handle',
  'url',
  'name',
  'headline',
  'company',
  'location',
  'region',
  'industry_id',
  'industry_label',
  'tags',
  'last_contact_at',
  'cadence_days',
  'next_due_at',
  'note_count',
  'latest_note',
  'created_at',
  'updated_at',
] as const;

export const NOTE_COLUMNS = ['contact_id', 'name', 'url', 'created_at', 'updated_at', 'body'] as const;

export type ContactColumn = (typeof CONTACT_COLUMNS)[number];
export type NoteColumn = (typeof NOTE_COLUMNS)[number];
/** One CSV record, cells in column order. */
export type CsvRow = string[];

/** What a contact row needs beyond the contact itself. */
export interface ContactRowExtras {
  noteCount: number;
  /** Body of the contact's most recent note, or null when there is none. */
  latestNote: string | null;
  /** Industry id → label in the user's language (from utils/domain/industries.ts). */
  industryLabel: (id: string) => string;
}

/** Separator of the `tags` cell. */
export const TAG_SEPARATOR = '; ';

/** Page or user text: neutralised against formula injection; null becomes an empty cell. */
function text(value: string | null | undefined): string {
  return value ? neutraliseFormula(value) : '';
}

/**
 * Epoch ms → ISO 8601 UTC, empty for null and for a value no `Date` can hold (a damaged record must
 * not fail the whole export). Never neutralised: it starts with a digit.
 */
function isoDate(ms: number | null): string {
  return dateOf(ms)?.toISOString() ?? '';
}

/** `cadenceDays`: a number of days, `default` (null: the setting applies) or `none` (0: no reminders). */
function cadenceCell(days: number | null): string {
  if (days === null) return 'default';
  return days === 0 ? 'none' : String(days);
}

/** One `contacts.csv` record, cells in `CONTACT_COLUMNS` order. */
export function contactToRow(contact: Contact, extras: ContactRowExtras): CsvRow {
  const cells: Record<ContactColumn, string> = {
    site: contact.site,
    handle: text(contact.handle),
    url: text(contact.url),
    name: text(contact.name),
    headline: text(contact.headline),
    company: text(contact.company),
    location: text(contact.location),
    region: text(contact.region),
    industry_id: text(contact.industry),
    industry_label: contact.industry === null ? '' : text(extras.industryLabel(contact.industry)),
    tags: text(contact.tags.join(TAG_SEPARATOR)),
    last_contact_at: isoDate(contact.lastContactAt),
    cadence_days: cadenceCell(contact.cadenceDays),
    next_due_at: isoDate(contact.nextDueAt),
    note_count: String(extras.noteCount),
    latest_note: text(extras.latestNote),
    created_at: isoDate(contact.createdAt),
    updated_at: isoDate(contact.updatedAt),
  };
  return CONTACT_COLUMNS.map((column) => cells[column]);
}

/**
 * One `notes.csv` record, cells in `NOTE_COLUMNS` order. `contact` may be undefined for a note whose
 * contact is gone; the URL then comes from the contact id.
 */
export function noteToRow(note: Note, contact: Contact | undefined): CsvRow {
  const key = parseContactId(note.contactId);
  const cells: Record<NoteColumn, string> = {
    contact_id: text(note.contactId),
    name: text(contact?.name),
    url: text(contact?.url ?? (key ? profileUrlOf(key) : null)),
    created_at: isoDate(note.createdAt),
    updated_at: isoDate(note.updatedAt),
    body: text(note.body),
  };
  return NOTE_COLUMNS.map((column) => cells[column]);
}

/**
 * RFC 4180 text for `rows`: fields holding a comma, quote, CR/LF or edge whitespace are quoted, quotes
 * doubled, and every record (the last one included) ends with CRLF. Empty input gives ''.
 * Cells are written as given: build rows with `contactToRow`/`noteToRow`, which neutralise formulas.
 */
export function rowsToCsv(rows: readonly CsvRow[]): string {
  if (rows.length === 0) return '';
  return Papa.unparse(rows as CsvRow[], { newline: CRLF, quotes: false, escapeFormulae: false }) + CRLF;
}

/** The header line of a CSV file with `columns`, ending with CRLF (no BOM: prepend `CSV_BOM`). */
export function csvHeader(columns: readonly string[]): string {
  return rowsToCsv([[...columns]]);
}

/** Per-contact note count and most recent note (by createdAt, then updatedAt, then id). */
export interface NoteSummary {
  count: number;
  latest: Note;
}

/** Summarises notes per contact for `contactToRow`'s `noteCount` and `latestNote`. */
export function summariseNotes(notes: Iterable<Note>): Map<ContactId, NoteSummary> {
  const summaries = new Map<ContactId, NoteSummary>();
  for (const note of notes) {
    const summary = summaries.get(note.contactId);
    if (!summary) {
      summaries.set(note.contactId, { count: 1, latest: note });
      continue;
    }
    summary.count += 1;
    if (isLater(note, summary.latest)) summary.latest = note;
  }
  return summaries;
}

function isLater(a: Note, b: Note): boolean {
  if (a.createdAt !== b.createdAt) return a.createdAt > b.createdAt;
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt;
  return (a.id ?? 0) > (b.id ?? 0);
}

export type ExportKind = 'contacts' | 'notes' | 'backup';

/**
 * `kakehashi-contacts-2026-11-23.csv`, `kakehashi-notes-….csv`, `kakehashi-backup-….json`. The date is
 * the user's local calendar date at `now`, because that is the day they will look for.
 */
export function exportFileName(kind: ExportKind, now: number): string {
  return `kakehashi-${kind}-${localDateString(now)}.${kind === 'backup' ? 'json' : 'csv'}`;
}
