import { MessageError } from '@/utils/messaging/client';
import { t } from '@/utils/i18n';

/** A sentence for the user about a failed request, saying what happened and what to do. */
export function errorMessage(error: unknown): string {
  if (error instanceof MessageError) {
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
        return t('errorGeneric', error.message);
    }
  }
  return t('errorGeneric', error instanceof Error ? error.message : String(error));
}
