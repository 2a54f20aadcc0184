import { count } from '@/components/options/data-messages';
import { t, uiLocale, type MessageKey } from '@/utils/i18n';

/** Keys that come as a `_one` / `_other` pair (Japanese has one form; both keys exist in every file). */
type PluralBase = MessageKey extends infer K ? (K extends `${infer B}_one` ? B : never) : never;

/** The message of `base` for `n` (`$1` is `n`, formatted for the locale; more substitutions follow). */
export function plural(base: PluralBase, n: number, ...subs: Array<string | number>): string {
  const form = new Intl.PluralRules(uiLocale()).select(n) === 'one' ? 'one' : 'other';
  return t(`${base}_${form}` as MessageKey, count(n), ...subs);
}
