import { t, uiLocale, type MessageKey } from '@/utils/i18n';

/**
 * A message with plural forms: `<base>_one` or `<base>_other`, chosen by the UI language's plural
 * rules for `n` (Japanese has one form, so always `_other`; both keys exist in both files).
 */
export function plural(base: string, n: number, ...subs: Array<string | number>): string {
  const form = new Intl.PluralRules(uiLocale()).select(n) === 'one' ? 'one' : 'other';
  return t(`${base}_${form}` as MessageKey, ...subs);
}
