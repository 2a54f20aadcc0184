import { t, uiLocale, type MessageKey } from '@/utils/i18n';

/** Message keys that come as a `_one` / `_other` pair (Japanese has one form, so both read alike). */
type PluralBase = MessageKey extends infer K ? (K extends `${infer B}_one` ? B : never) : never;

/** A count in words with the plural form `Intl.PluralRules` picks for the UI language. */
export function tCount(base: PluralBase, n: number, ...more: Array<string | number>): string {
  const form = new Intl.PluralRules(uiLocale()).select(n) === 'one' ? 'one' : 'other';
  return t(`${base}_${form}` as MessageKey, n, ...more);
}
