/**
 * A first check of a file the user picked for import, before reading it: right kind (by extension
 * and MIME type) and not too large to read into memory.
 *
 * MIME types are only a hint: browsers take them from the OS, which maps `.csv` to
 * `application/vnd.ms-excel` where Excel is installed and to nothing at all on many Linux desktops.
 * So the extension must match, and a MIME type, when there is one, must be one of the known aliases.
 */

export type ImportKind = 'csv' | 'json';

export type FileCheck = { ok: true } | { ok: false; reason: 'too-large' | 'wrong-type' | 'empty' };

const MIB = 1024 * 1024;

/**
 * Size limits. LinkedIn's Connections.csv holds at most 30,000 connections (a few MB), so 20 MiB is
 * plenty. A backup of 100,000 contacts with their notes and touches can pass 100 MB; 256 MiB still
 * parses in an extension page's memory.
 */
export const MAX_IMPORT_BYTES: Record<ImportKind, number> = { csv: 20 * MIB, json: 256 * MIB };

const EXTENSIONS: Record<ImportKind, string> = { csv: '.csv', json: '.json' };

const MIME_TYPES: Record<ImportKind, ReadonlySet<string>> = {
  csv: new Set([
    'text/csv',
    'application/csv',
    'text/comma-separated-values',
    'text/x-csv',
    'application/x-csv',
    'application/vnd.ms-excel',
    'text/plain',
  ]),
  json: new Set(['application/json', 'text/json', 'text/plain']),
};

/** The subset of `File` this needs, so it can be tested without a DOM. */
export interface FileFacts {
  name: string;
  size: number;
  type: string;
}

/** Checks a picked file before it is read. */
export function checkImportFile(file: FileFacts, kind: ImportKind): FileCheck {
  const mime = file.type.split(';')[0]!.trim().toLowerCase();
  if (!file.name.toLowerCase().endsWith(EXTENSIONS[kind]) || (mime !== '' && !MIME_TYPES[kind].has(mime))) {
    return { ok: false, reason: 'wrong-type' };
  }
  if (file.size === 0) return { ok: false, reason: 'empty' };
  if (file.size > MAX_IMPORT_BYTES[kind]) return { ok: false, reason: 'too-large' };
  return { ok: true };
}
