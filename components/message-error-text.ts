/**
 * What a failed message says to the user, in their language. Apart from error-message.ts, which
 * also explains database and file failures of extension pages, because the panel's content script
 * loads on every LinkedIn and X page and can only ever fail through a message (`send` turns every
 * failure into a `MessageError`).
 */
import { t } from '@/utils/i18n';
import { MessageError } from '@/utils/messaging/client';

/** Why a message failed, for a "…: $1" sentence. Never the error's own (English, technical) text. */
export function messageFailureReason(error: MessageError): string {
  switch (error.code) {
    case 'quota':
      return t('nu_failQuota');
    case 'unreachable':
      return t('nu_failUnreachable');
    case 'invalid':
    case 'forbidden':
      return t('nu_failRefused');
    default:
      return t('nu_failUnexpected');
  }
}

/** A sentence for the user about a failed message, saying what happened and what to do. */
export function messageErrorText(error: MessageError): string {
  switch (error.code) {
    case 'quota':
      return t('errorQuota');
    case 'unreachable':
      return t('errorUnreachable');
    case 'not-found':
      return t('errorNotFound');
    case 'invalid':
      // The validator's own words are English and technical: log them, say it in the user's language.
      console.warn('[Kakehashi] refused:', error.message);
      return t('errorInvalid');
    default:
      console.error('[Kakehashi]', error);
      return t('errorGeneric', messageFailureReason(error));
  }
}

/**
 * `messageErrorText` for whatever a message-only path caught: anything that is not a
 * `MessageError` is a bug of ours, said as an unexpected failure and logged.
 */
export function sentErrorText(error: unknown): string {
  if (error instanceof MessageError) return messageErrorText(error);
  console.error('[Kakehashi]', error);
  return t('errorGeneric', t('nu_failUnexpected'));
}
