/**
 * The one way we read CSV files that users bring us (LinkedIn's Connections.csv): papaparse with
 * RFC 4180 rules, the line ending detected from the file (CRLF, LF or CR), a leading BOM removed, blank
 * lines dropped, and the physical line number of every record kept so problems can name the line the
 * user sees in a text editor.
 */
import Papa from 'papaparse';

/** papaparse settings shared by every import (and by the csv-spectrum conformance test). */
export const CSV_READ_CONFIG = {
  delimiter: ',',
  quoteChar: '"',
  escapeChar: '"',
  header: false,
  dynamicTyping: false,
  // We drop blank records ourselves: papaparse's skipping would hide which line a record started on.
  skipEmptyLines: false,
} as const satisfies Papa.ParseConfig<string[]>;

export interface CsvRecord {
  /** 1-based line (in the whole text) on which the record starts. */
  line: number;
  cells: string[];
  /** papaparse's complaint about this record (e.g. an unterminated quote), or null. */
  error: string | null;
}

/** True when every cell of a record is empty or whitespace (a blank line, or `,,,`). */
export function isBlankRecord(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** Line breaks in `value`: CRLF, LF and lone CR each count once. */
function countLineBreaks(value: string): number {
  let breaks = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0x0a) breaks++;
    else if (c === 0x0d && value.charCodeAt(i + 1) !== 0x0a) breaks++;
  }
  return breaks;
}

/**
 * Parses `text` (BOM already stripped) into non-blank records. `firstLine` is the line number of the
 * text's first line in the file it was cut from.
 *
 * Line numbers are derived from the records themselves: a record spans one line plus the line breaks
 * inside its quoted fields, and blank lines come back from papaparse as records of one empty cell.
 */
export function readCsvRecords(text: string, firstLine = 1): CsvRecord[] {
  const result = Papa.parse<string[]>(text, CSV_READ_CONFIG);
  const errors = new Map<number, string>();
  for (const error of result.errors) {
    if (error.row !== undefined && !errors.has(error.row)) errors.set(error.row, error.message);
  }
  const records: CsvRecord[] = [];
  let line = firstLine;
  result.data.forEach((cells, index) => {
    if (!isBlankRecord(cells)) records.push({ line, cells, error: errors.get(index) ?? null });
    line += 1;
    for (const cell of cells) line += countLineBreaks(cell);
  });
  return records;
}
