/**
 * The options page's data tools — restore a backup, import Connections.csv, export CSV and the
 * backup — as requests handled away from the page (data-tools.worker.ts runs `handleDataRequest`).
 *
 * Why a worker: parsing a 100,000-contact backup (`JSON.parse` plus validation), planning a restore
 * and building a 100,000-row CSV each take seconds of JavaScript that cannot be cut into pieces
 * small enough for a page to stay responsive, and a read-write IndexedDB transaction cannot span
 * the yields that would let it paint. In a worker none of that blocks the page, so the restore runs
 * as ONE transaction (all or nothing: a worker stopped mid-restore leaves the database as it was)
 * with no pauses, and files arrive as `File`s and leave as `Blob`s, which cross without copying.
 *
 * Parsed files stay in the worker between the preview and the user's confirmation, named by a token.
 */
import { parseBackup, previewBackup, serializeBackup, type Backup, type BackupError, type BackupOrphans, type BackupPreview } from '../io/backup';
import type { RestoreMode } from '../io/backup-restore';
import { decodeStrictly, type TextEncodingName } from '../io/decode-text';
import { parseLinkedInConnectionsAsync, type ConnectionRow, type ConnectionsFormat, type RowProblem } from '../io/linkedin-connections';
import type { ConnectionImportReport } from '../io/linkedin-connections-plan';
import { exportContactsCsv, exportNotesCsv, readBackupData, type ExportProgress } from './export';
import { importConnections } from './import-connections';
import { restoreBackup, type RestoreReport } from './restore';
import type { KakehashiDb } from './schema';

/** Rows per page read by an export in the worker (no page to keep responsive, so few, large reads). */
const WORKER_EXPORT_PAGE = 5_000;

export type DataRequest =
  | { kind: 'read-backup'; file: Blob; now: number }
  | { kind: 'restore'; token: number; mode: RestoreMode }
  | { kind: 'read-connections'; file: Blob }
  | { kind: 'import'; token: number; now: number; remind: boolean }
  | { kind: 'export-csv'; table: 'contacts' | 'notes'; lang: 'en' | 'ja' }
  | { kind: 'export-backup'; now: number };

export type ReadBackupResult =
  | { ok: true; token: number; preview: BackupPreview; orphans: BackupOrphans }
  | { ok: false; error: 'read-failed' | 'not-utf8' | BackupError; detail: string };

export type ReadConnectionsResult =
  | { ok: true; token: number; encoding: TextEncodingName; format: ConnectionsFormat; rows: number; problems: RowProblem[] }
  | { ok: false; error: 'read-failed' | 'not-text' | 'not-connections'; detail: string };

export interface DataResults {
  'read-backup': ReadBackupResult;
  restore: RestoreReport;
  'read-connections': ReadConnectionsResult;
  import: ConnectionImportReport;
  'export-csv': { blob: Blob; rows: number };
  'export-backup': { blob: Blob; contacts: number; notes: number };
}

/** Progress of a long request: records written or rows read so far. */
export interface DataProgress {
  phase: 'write' | ExportProgress['phase'];
  done: number;
  total: number;
}

/** What a worker keeps between a file's preview and the user's choice. */
export interface HeldFiles {
  backups: Map<number, Backup>;
  connections: Map<number, ConnectionRow[]>;
  next: number;
}

export const emptyHeldFiles = (): HeldFiles => ({ backups: new Map(), connections: new Map(), next: 1 });

async function bytesOf(file: Blob): Promise<ArrayBuffer | Error> {
  try {
    return await file.arrayBuffer();
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

function held<T>(map: Map<number, T>, token: number): T {
  const value = map.get(token);
  if (value === undefined) throw new Error('the file is no longer loaded; choose it again');
  map.delete(token);
  return value;
}

/** Handles one request against `db`; throws what the database throws (the page words it). */
export async function handleDataRequest<K extends DataRequest['kind']>(
  db: KakehashiDb,
  files: HeldFiles,
  request: DataRequest & { kind: K },
  onProgress: (progress: DataProgress) => void,
): Promise<DataResults[K]> {
  const req = request as DataRequest;
  const write = (done: number, total: number) => onProgress({ phase: 'write', done, total });
  let result: DataResults[DataRequest['kind']];
  switch (req.kind) {
    case 'read-backup': {
      const bytes = await bytesOf(req.file);
      if (bytes instanceof Error) return { ok: false, error: 'read-failed', detail: bytes.message } as DataResults[K];
      // Kakehashi writes backups in UTF-8 only; other bytes would restore as U+FFFD.
      const decoded = decodeStrictly(bytes, ['utf-8']);
      if (!decoded.ok) return { ok: false, error: 'not-utf8', detail: '' } as DataResults[K];
      const parsed = parseBackup(decoded.text, req.now);
      if (!parsed.ok) return { ok: false, error: parsed.error, detail: parsed.detail } as DataResults[K];
      // One file at a time: a new pick forgets the previous one.
      files.backups.clear();
      const token = files.next++;
      files.backups.set(token, parsed.backup);
      result = { ok: true, token, preview: previewBackup(parsed.backup), orphans: parsed.orphans };
      break;
    }
    case 'restore':
      result = await restoreBackup(db, held(files.backups, req.token), req.mode, write);
      break;
    case 'read-connections': {
      const bytes = await bytesOf(req.file);
      if (bytes instanceof Error) return { ok: false, error: 'read-failed', detail: bytes.message } as DataResults[K];
      // Japanese Excel re-saves CSV as Shift_JIS; anything else that is not UTF-8 is refused.
      const decoded = decodeStrictly(bytes, ['utf-8', 'shift_jis']);
      if (!decoded.ok) return { ok: false, error: 'not-text', detail: '' } as DataResults[K];
      const parsed = await parseLinkedInConnectionsAsync(decoded.text, {
        batchSize: 2_000,
        onProgress: (p) => onProgress({ phase: 'rows', ...p }),
      });
      if (parsed.format === 'unknown') return { ok: false, error: 'not-connections', detail: '' } as DataResults[K];
      files.connections.clear();
      const token = files.next++;
      files.connections.set(token, parsed.rows);
      result = { ok: true, token, encoding: decoded.encoding, format: parsed.format, rows: parsed.rows.length, problems: parsed.problems };
      break;
    }
    case 'import':
      result = await importConnections(db, held(files.connections, req.token), req.now, { remind: req.remind });
      break;
    case 'export-csv': {
      const exporter = req.table === 'contacts' ? exportContactsCsv : exportNotesCsv;
      const file = await exporter(db, { lang: req.lang, pageSize: WORKER_EXPORT_PAGE, onProgress: (p) => onProgress(p) });
      result = { blob: new Blob(file.parts, { type: 'text/csv;charset=utf-8' }), rows: file.rows };
      break;
    }
    case 'export-backup': {
      const data = await readBackupData(db);
      result = { blob: new Blob([serializeBackup(data, req.now)], { type: 'application/json' }), contacts: data.contacts.length, notes: data.notes.length };
      break;
    }
  }
  return result as DataResults[K];
}
