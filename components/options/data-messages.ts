/** Sentences for the Data section's outcomes, in the user's language. */
import type { BackupError } from '@/utils/io/backup';
import type { FileCheck, ImportKind } from '@/utils/io/file-guard';
import type { RowProblemReason } from '@/utils/io/linkedin-connections';
import { failureReason } from '@/components/error-message';
import { formatCount, keyFor, t } from '@/utils/i18n';

/** `12,345` in the user's locale. */
export const count = formatCount;

/** What went wrong with a failed write or read, for a `…: $1` sentence (details: the console). */
export function describeError(error: unknown): string {
  return failureReason(error);
}

const BACKUP_TABLES = ['contacts', 'notes', 'touches', 'suggestionLog'] as const;
type BackupTable = (typeof BACKUP_TABLES)[number];
const isBackupTable = (name: string | undefined): name is BackupTable => BACKUP_TABLES.includes(name as BackupTable);

/**
 * Where a damaged backup is damaged, in the user's words: "a value in note no. 3 is not valid".
 * `detail` is the parser's technical text (a valibot path such as `data.notes.2.body: Invalid
 * length`), which is logged to the console and never shown.
 */
export function backupProblemText(detail: string): string {
  console.warn('[Kakehashi] backup refused:', detail);
  const record = /^data\.(\w+)\.(\d+)(?:\.(\w+))?/.exec(detail);
  if (record && isBackupTable(record[1])) {
    const where = t(keyFor('nu_backupWhere_', record[1]), count(Number(record[2]) + 1));
    // Every time field is named `…At` (createdAt, lastContactAt, at): say "a date".
    return t(/^at$|At$/.test(record[3] ?? '') ? 'nu_backupDateAt' : 'nu_backupProblemAt', where);
  }
  const twice = /^data\.(\w+): id .* appears twice/.exec(detail);
  if (twice && isBackupTable(twice[1])) return t('nu_backupDuplicate', t(keyFor('nu_backupTable_', twice[1])));
  if (/^counts\./.test(detail)) return t('nu_backupCounts');
  if (/^data\.settings\b/.test(detail)) return t('nu_backupProblemAt', t('nu_backupWhere_settings'));
  return t('nu_backupProblemAt', t('nu_backupWhere_file'));
}

/** Why a picked file was refused before reading it. */
export function fileCheckMessage(reason: Extract<FileCheck, { ok: false }>['reason'], kind: ImportKind): string {
  switch (reason) {
    case 'empty':
      return t('dataErrorEmpty');
    case 'too-large':
      return kind === 'csv' ? t('dataErrorTooLargeCsv') : t('dataErrorTooLargeJson');
    case 'wrong-type':
      return kind === 'csv' ? t('dataErrorWrongTypeCsv') : t('dataErrorWrongTypeJson');
  }
}

/** Why a backup file cannot be restored; every one ends "Nothing was changed." */
export function backupErrorMessage(error: BackupError, detail: string): string {
  switch (error) {
    case 'not-json':
      return t('dataErrorNotJson');
    case 'not-kakehashi':
      return t('dataErrorNotKakehashi');
    case 'newer-version':
      return t('dataErrorNewerVersion');
    case 'truncated':
      return t('dataErrorTruncated');
    case 'invalid':
      return t('dataErrorInvalid', backupProblemText(detail));
  }
}

/** Why an import skipped a line. `legacy`: the file is an older export, which has no URL column. */
export function skipReasonMessage(reason: RowProblemReason, legacy: boolean): string {
  switch (reason) {
    case 'no-name':
      return t('dataReasonNoName');
    case 'no-url':
      return legacy ? t('dataReasonNoUrlLegacy') : t('dataReasonNoUrl');
    case 'bad-url':
      return t('dataReasonBadUrl');
    case 'malformed':
      return t('dataReasonMalformed');
    case 'duplicate':
      return t('dataReasonDuplicate');
    case 'bad-date':
      return t('dataReasonBadDate');
    case 'garbled':
      return t('dataReasonGarbled');
  }
}
