/**
 * Import of LinkedIn's own `Connections.csv` (DESIGN.md, "Export and import").
 *
 * Two file shapes exist:
 * - current: a `Notes:` preamble of a few prose lines, a blank line, then
 *   `First Name,Last Name,URL,Email Address,Company,Position,Connected On` with dates like `07 Feb 2026`;
 * - legacy: no preamble and no URL column, dates like `1/8/18, 6:14 PM`.
 * The header is found by scanning for the line that names `First Name` and `Last Name`, so the preamble
 * may have any length. Rows are keyed by the profile slug; legacy rows have no URL, so they cannot be
 * matched to a profile and are skipped by the plan with reason `no-url`.
 *
 * Parsing (text → rows + problems) and planning (rows + database snapshot → records to write) are
 * separate pure steps; the options page does the I/O around them. Names, company and position are
 * member-written text, so they go through the same `cleanText` (controls and bidi overrides removed,
 * whitespace collapsed to one line, length clamped) as text read off a profile page.
 */
import Papa from 'papaparse';
import { profileUrlOf } from '../model';
import { LIMITS } from '../limits';
import { cleanText } from '../sites/text';
import { isBlankRecord, readCsvRecords, type CsvRecord } from './csv-read';
import { stripBom } from './decode-text';
import { linkedInHandleFromUrl, parseConnectedOn } from './linkedin-connection-fields';
import { nextTurn } from '../next-turn';

export interface ConnectionRow {
  /** 1-based line in the file where the row starts. */
  line: number;
  firstName: string;
  lastName: string;
  /** Canonical profile URL (`https://www.linkedin.com/in/<slug>/`); null when the file has none. */
  url: string | null;
  /** Percent-decoded, lower-cased slug; null exactly when `url` is null. */
  handle: string | null;
  email: string | null;
  company: string | null;
  position: string | null;
  /** ISO date `YYYY-MM-DD`. */
  connectedOn: string | null;
}

export type RowProblemReason = 'no-name' | 'no-url' | 'bad-url' | 'bad-date' | 'malformed' | 'duplicate' | 'garbled';

/**
 * A row worth telling the user about. `bad-date` is a warning: that row is still in `rows`, with
 * `connectedOn: null`. Every other reason means the row is not in `rows`. A row with a URL but blank
 * names is kept without a problem (LinkedIn exports blank names for some members; the contact gets
 * `name: null` until a profile visit reads it). Rows without a URL are kept here and skipped as
 * `no-url` by `planConnectionImport`, which is where that reason comes from.
 */
export interface RowProblem {
  line: number;
  reason: RowProblemReason;
  detail?: string;
}

/** `unknown`: no `First Name,Last Name,…` header anywhere, so this is not a Connections.csv. */
export type ConnectionsFormat = 'current' | 'legacy' | 'unknown';

export interface ConnectionsParseResult {
  rows: ConnectionRow[];
  problems: RowProblem[];
  format: ConnectionsFormat;
}

/** Records handled so far out of all records below the header. */
export interface ParseProgress {
  done: number;
  total: number;
}

export interface ParseOptions {
  onProgress?: (progress: ParseProgress) => void;
  /** Records between progress reports (and, in the async variant, between yields). Default 1,000. */
  batchSize?: number;
}

/**
 * U+FFFD, what a decoder puts where bytes were not text. Files are decoded strictly (decode-text.ts),
 * so one here was in the file already, left by a program that converted it with the wrong encoding:
 * such a row is skipped, never stored as a name nobody can read.
 */
const REPLACEMENT_CHARACTER = '\uFFFD';

/** RFC 5321's limit on an address. */
const EMAIL_MAX = 320;

type Column = 'first name' | 'last name' | 'url' | 'email address' | 'company' | 'position' | 'connected on';

const COLUMNS: readonly Column[] = [
  'first name', 'last name', 'url', 'email address', 'company', 'position', 'connected on',
];

/** `"  Connected  On "` → `connected on`. */
function normaliseHeader(cell: string): string {
  return stripBom(cell).trim().replace(/\s+/g, ' ').toLowerCase();
}

interface Located {
  format: 'current' | 'legacy';
  columns: Map<Column, number>;
  width: number;
  records: CsvRecord[];
}

/** Finds the header line and reads the records below it. */
function locate(text: string): Located | null {
  const lineBreak = /\r\n|\n|\r/g;
  let start = 0;
  let lineNumber = 1;
  while (start <= text.length) {
    lineBreak.lastIndex = start;
    const found = lineBreak.exec(text);
    const end = found ? found.index : text.length;
    const line = text.slice(start, end);
    const lower = line.toLowerCase();
    if (lower.includes('first name') && lower.includes('last name')) {
      const header = (Papa.parse<string[]>(line, { delimiter: ',' }).data[0] ?? []).map(normaliseHeader);
      if (header.includes('first name') && header.includes('last name')) {
        const columns = new Map<Column, number>();
        for (const column of COLUMNS) {
          const index = header.indexOf(column);
          if (index >= 0) columns.set(column, index);
        }
        const records = readCsvRecords(text.slice(start), lineNumber).slice(1);
        return { format: columns.has('url') ? 'current' : 'legacy', columns, width: header.length, records };
      }
    }
    if (!found) break;
    start = found.index + found[0].length;
    lineNumber += 1;
  }
  return null;
}

/** Turns records into rows and problems, remembering slugs to report duplicates. */
class RowCollector {
  readonly rows: ConnectionRow[] = [];
  readonly problems: RowProblem[] = [];
  private readonly firstLineOfHandle = new Map<string, number>();

  constructor(private readonly located: Located) {}

  add(record: CsvRecord): void {
    const { line, cells } = record;
    if (record.error) return this.report(line, 'malformed', record.error);
    const { columns, width } = this.located;
    if (cells.length < width || !isBlankRecord(cells.slice(width))) {
      return this.report(line, 'malformed', `expected ${width} fields, found ${cells.length}`);
    }
    const cell = (column: Column): string => {
      const index = columns.get(column);
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    if ((['first name', 'last name', 'company', 'position'] as const).some((c) => cell(c).includes(REPLACEMENT_CHARACTER))) {
      return this.report(line, 'garbled', 'U+FFFD in the text');
    }
    const firstName = cleanText(cell('first name'), LIMITS.name) ?? '';
    const lastName = cleanText(cell('last name'), LIMITS.name) ?? '';
    const rawUrl = cell('url');
    if (!firstName && !lastName && !rawUrl) return this.report(line, 'no-name', 'no name and no profile URL');

    let handle: string | null = null;
    if (rawUrl) {
      handle = linkedInHandleFromUrl(rawUrl);
      if (handle === null) return this.report(line, 'bad-url', rawUrl.slice(0, 200));
      const earlier = this.firstLineOfHandle.get(handle);
      if (earlier !== undefined) return this.report(line, 'duplicate', `same profile as line ${earlier}`);
      this.firstLineOfHandle.set(handle, line);
    }

    const rawDate = cell('connected on');
    let connectedOn = parseConnectedOn(rawDate);
    if (connectedOn === undefined) {
      this.report(line, 'bad-date', rawDate.slice(0, 100));
      connectedOn = null;
    }
    this.rows.push({
      line,
      firstName,
      lastName,
      url: handle === null ? null : profileUrlOf({ site: 'linkedin', handle }),
      handle,
      email: cleanText(cell('email address'), EMAIL_MAX),
      company: cleanText(cell('company'), LIMITS.company),
      position: cleanText(cell('position'), LIMITS.headline),
      connectedOn,
    });
  }

  private report(line: number, reason: RowProblemReason, detail: string): void {
    this.problems.push({ line, reason, detail });
  }
}

const NOT_CONNECTIONS: ConnectionsParseResult = {
  rows: [],
  problems: [{ line: 1, reason: 'malformed', detail: 'no "First Name,Last Name" header line' }],
  format: 'unknown',
};

/**
 * Parses a Connections.csv (either shape), yielding to the event loop after every batch of records
 * so a progress bar keeps painting on huge files (10,000 rows take milliseconds; see
 * io-performance.test.ts). The one parser: tests and the import page call the same code.
 */
export async function parseLinkedInConnectionsAsync(
  text: string,
  options: ParseOptions = {},
): Promise<ConnectionsParseResult> {
  const located = locate(stripBom(text));
  if (!located) return structuredClone(NOT_CONNECTIONS);
  const collector = new RowCollector(located);
  const { records } = located;
  const batch = options.batchSize ?? 1000;
  for (let i = 0; i < records.length; i++) {
    collector.add(records[i]!);
    if ((i + 1) % batch === 0) {
      options.onProgress?.({ done: i + 1, total: records.length });
      await nextTurn();
    }
  }
  if (records.length === 0 || records.length % batch !== 0) options.onProgress?.({ done: records.length, total: records.length });
  return { rows: collector.rows, problems: collector.problems, format: located.format };
}
