import { MessageError } from '@/utils/messaging/client';
import { toStoreError } from '@/utils/db/errors';
import { t } from '@/utils/i18n';
import { messageErrorText, messageFailureReason } from './message-error-text';

/** IndexedDB/Dexie failures that mean the database itself could not be used (not a full disk). */
const DATABASE_ERRORS = new Set([
  'DatabaseClosedError',
  'OpenFailedError',
  'VersionError',
  'UpgradeError',
  'InvalidStateError',
  'AbortError',
  'UnknownError',
  'MissingAPIError',
  'InvalidTableError',
]);
/** What `File.arrayBuffer()`/`text()` throw when the file moved or cannot be read. */
const FILE_ERRORS = new Set(['NotReadableError', 'NotFoundError', 'SecurityError']);

/**
 * Why something failed, in the user's words and language, for a "…: $1" sentence. Never the
 * error's own text: that is English and technical, so it goes to the console instead.
 */
export function failureReason(error: unknown): string {
  console.error('[Kakehashi]', error);
  if (error instanceof MessageError) return messageFailureReason(error);
  if (toStoreError(error).code === 'quota') return t('nu_failQuota');
  const name = (error as { name?: unknown } | null)?.name;
  const inner = (error as { inner?: { name?: unknown } } | null)?.inner?.name;
  if (typeof name === 'string' && FILE_ERRORS.has(name)) return t('nu_failFile');
  if ((typeof name === 'string' && DATABASE_ERRORS.has(name)) || (typeof inner === 'string' && DATABASE_ERRORS.has(inner))) {
    return t('nu_failDatabase');
  }
  return t('nu_failUnexpected');
}

/** A sentence for the user about a failed request, saying what happened and what to do. */
export function errorMessage(error: unknown): string {
  if (error instanceof MessageError) return messageErrorText(error);
  return t('errorGeneric', failureReason(error));
}
