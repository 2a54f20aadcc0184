/** Sentences for the Data section's outcomes, in the user's language. */
import type { BackupError } from '@/utils/io/backup';
import type { FileCheck, ImportKind } from '@/utils/io/file-guard';
import type { RowProblemReason } from '@/utils/io/linkedin-connections';
import { t, uiLocale } from '@/utils/i18n';

/** `12,345` / `12,345` in the user's locale. */
export function count(n: number): string {
  return new Intl.NumberFormat(uiLocale()).format(n);
}

/** What went wrong with a failed write or read, for a `…: $1` sentence. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error);
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
      return t('dataErrorInvalid', detail.slice(0, 200));
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
