/**
 * The JSON backup of the whole database (DESIGN.md, "Export and import"):
 *
 *   {"format":"kakehashi-backup","version":2,"exportedAt":"…","counts":{…},"data":{contacts,notes,
 *    touches,settings,suggestionLog}}
 *
 * `format` and `version` are written first so a file can be recognised from its first bytes, and a
 * file that starts like a backup but is not valid JSON is reported as truncated (an interrupted
 * download or copy) rather than as "not a backup". Records keep their ids, so a backup restored into an
 * empty profile is identical to the original (see backup-restore.ts).
 *
 * Notes, touches and suggestion-log entries whose contact is not in the file ("orphans": the rest of
 * the extension never stores one) are left out of the parsed backup and counted, so the preview can
 * say what will not be restored instead of writing records no screen can reach.
 *
 * Versions: 2 added `Contact.userEditedAt` (what a merge compares the user's own fields by). Every
 * earlier version keeps restoring: a version-1 file's contacts get `userEditedAt` exactly as the
 * database upgrade gives it to version-1 rows (`initialUserEditedAt`). 3 added the touch kinds
 * `introduced` and `helped` with `Touch.otherId`, and holds the diversity goal as a percentage
 * (`diversityGoalPercent`); the count of versions 1–2 is mapped as the database upgrade maps it.
 */
import * as v from 'valibot';
import { initialUserEditedAt, type Contact, type IntroductionDecision, type Note, type Settings, type SuggestionLogEntry, type Touch } from '../model';
import { isPastTime } from '../time-bounds';
import { backupSchema, type BackupContact } from './backup-schema';
import { stripBom } from './decode-text';

export const BACKUP_FORMAT = 'kakehashi-backup';
/** The version new backups are written with; `parseBackup` reads this one and every earlier one. */
export const BACKUP_VERSION = 3;

/** The whole database, as the lead's export reads it (settings merged with the defaults). */
export interface BackupData {
  contacts: Contact[];
  notes: Note[];
  touches: Touch[];
  settings: Settings;
  suggestionLog: SuggestionLogEntry[];
  /**
   * Skipped, snoozed and made introductions (schema version 6). Optional in the file: backups made
   * before it have none, and a Kakehashi that predates it ignores the key, so the version stays 3.
   */
  introductionDecisions?: IntroductionDecision[];
}

export interface BackupCounts {
  contacts: number;
  notes: number;
  touches: number;
  suggestionLog: number;
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  /** The version the file was written with; its data is already upgraded to the current model. */
  version: number;
  /** ISO 8601 UTC. */
  exportedAt: string;
  counts: BackupCounts;
  data: BackupData;
}

export type BackupError = 'not-json' | 'not-kakehashi' | 'newer-version' | 'truncated' | 'invalid';

/** Records left out of a parsed backup because their contact is not in the file. */
export interface BackupOrphans {
  notes: number;
  touches: number;
  suggestionLog: number;
}

export type ParseBackupResult =
  | { ok: true; backup: Backup; orphans: BackupOrphans }
  | { ok: false; error: BackupError; detail: string };

function countsOf(data: BackupData): BackupCounts {
  return {
    contacts: data.contacts.length,
    notes: data.notes.length,
    touches: data.touches.length,
    suggestionLog: data.suggestionLog.length,
  };
}

/** The backup file's text: compact JSON, `format` and `version` first. */
export function serializeBackup(data: BackupData, now: number): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    counts: countsOf(data),
    data: {
      contacts: data.contacts,
      notes: data.notes,
      touches: data.touches,
      settings: data.settings,
      suggestionLog: data.suggestionLog,
      ...(data.introductionDecisions?.length ? { introductionDecisions: data.introductionDecisions } : {}),
    },
  };
  return JSON.stringify(backup);
}

/** Our first bytes, allowing for a BOM, whitespace and pretty-printing by whoever touched the file. */
const LOOKS_LIKE_BACKUP = /^\s*\{\s*"format"\s*:\s*"kakehashi-backup"/;

const failure = (error: BackupError, detail: string): ParseBackupResult => ({ ok: false, error, detail });

/**
 * Reads and validates a backup file's text; `now` bounds touches and last contacts (at most a day
 * ahead, see time-bounds.ts). Never throws.
 */
export function parseBackup(text: string, now: number): ParseBackupResult {
  const body = stripBom(text);
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return LOOKS_LIKE_BACKUP.test(body) ? failure('truncated', message) : failure('not-json', message);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return failure('not-kakehashi', 'not a JSON object');
  }
  const { format, version } = json as { format?: unknown; version?: unknown };
  if (format !== BACKUP_FORMAT) return failure('not-kakehashi', `format is ${JSON.stringify(format) ?? 'missing'}`);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return failure('invalid', `version is ${JSON.stringify(version) ?? 'missing'}`);
  }
  if (version > BACKUP_VERSION) {
    return failure('newer-version', `backup version ${version}, this Kakehashi reads up to ${BACKUP_VERSION}`);
  }
  const result = v.safeParse(backupSchema, json);
  if (!result.success) {
    const issue = result.issues[0];
    return failure('invalid', `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
  }
  const { data } = result.output;
  const backup: Backup = { ...result.output, data: { ...data, contacts: data.contacts.map(withUserEditedAt) } };
  const problem = consistencyProblem(backup) ?? futureProblem(backup, now);
  return problem ? failure('invalid', problem) : withoutOrphans(backup);
}

/** The backup without records of contacts it does not hold, and how many of each were left out. */
function withoutOrphans(backup: Backup): ParseBackupResult & { ok: true } {
  const ids = new Set<string>(backup.data.contacts.map((c) => c.id));
  const owned = <T extends { contactId: string }>(records: T[]): T[] => records.filter((r) => ids.has(r.contactId));
  const data: BackupData = {
    ...backup.data,
    notes: owned(backup.data.notes),
    touches: owned(backup.data.touches),
    suggestionLog: owned(backup.data.suggestionLog),
    ...(backup.data.introductionDecisions ? { introductionDecisions: backup.data.introductionDecisions.filter((d) => d.pair.split(' ').every((id) => ids.has(id))) } : {}),
  };
  const orphans: BackupOrphans = {
    notes: backup.data.notes.length - data.notes.length,
    touches: backup.data.touches.length - data.touches.length,
    suggestionLog: backup.data.suggestionLog.length - data.suggestionLog.length,
  };
  return { ok: true, backup: { ...backup, data, counts: countsOf(data) }, orphans };
}

/** A contact from any backup version with `userEditedAt`, estimated when the file predates it. */
function withUserEditedAt(contact: BackupContact): Contact {
  return { ...contact, userEditedAt: contact.userEditedAt === undefined ? initialUserEditedAt(contact) : contact.userEditedAt };
}

/** A touch or last contact more than a day after `now`: something that has not happened yet. */
function futureProblem(backup: Backup, now: number): string | null {
  const late = 'later than tomorrow, so it cannot have happened yet';
  const contact = backup.data.contacts.findIndex((c) => c.lastContactAt !== null && !isPastTime(c.lastContactAt, now));
  if (contact >= 0) return `data.contacts.${contact}.lastContactAt: ${late}`;
  const touch = backup.data.touches.findIndex((t) => !isPastTime(t.at, now));
  return touch >= 0 ? `data.touches.${touch}.at: ${late}` : null;
}

/** Checks the schema cannot express: counts match, keys unique. */
function consistencyProblem(backup: Backup): string | null {
  const actual = countsOf(backup.data);
  for (const table of Object.keys(actual) as (keyof BackupCounts)[]) {
    if (actual[table] !== backup.counts[table]) {
      return `counts.${table} is ${backup.counts[table]} but data.${table} has ${actual[table]} records`;
    }
  }
  const duplicate = (values: readonly unknown[]): unknown => {
    const seen = new Set<unknown>();
    for (const value of values) {
      if (value === undefined) continue;
      if (seen.has(value)) return value;
      seen.add(value);
    }
    return undefined;
  };
  const tables = {
    contacts: backup.data.contacts.map((c) => c.id),
    notes: backup.data.notes.map((n) => n.id),
    touches: backup.data.touches.map((t) => t.id),
    suggestionLog: backup.data.suggestionLog.map((s) => s.id),
    introductionDecisions: (backup.data.introductionDecisions ?? []).map((d) => d.pair),
  };
  for (const [table, ids] of Object.entries(tables)) {
    const id = duplicate(ids);
    if (id !== undefined) return `data.${table}: id ${JSON.stringify(id)} appears twice`;
  }
  return null;
}

export interface BackupPreview {
  version: number;
  /** ISO 8601 UTC, as written in the file. */
  exportedAt: string;
  counts: BackupCounts;
}

/** What the restore dialog shows before the user picks merge or replace. */
export function previewBackup(backup: Backup): BackupPreview {
  return { version: backup.version, exportedAt: backup.exportedAt, counts: countsOf(backup.data) };
}
