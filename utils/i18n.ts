/**
 * UI strings come from `public/_locales/{en,ja}/messages.json` through `browser.i18n`, so the
 * browser's language picks them. `MessageKey` is derived from the English file, so a typo in a key
 * is a type error, and a unit test keeps both files' keys identical.
 */
import { browser } from 'wxt/browser';
import type en from '../public/_locales/en/messages.json';
import { dateOf } from './time-bounds';

export type MessageKey = keyof typeof en;

export type Messages = Record<string, { message: string }>;

/**
 * `browser.i18n` always follows the browser's language. When the user picks another language in
 * the settings, extension pages load that locale file and `t` reads from it instead.
 */
let override: { lang: 'en' | 'ja'; messages: Messages } | null = null;

/** A translated string with `$1`…`$9` substitutions; falls back to the key, never to blank. */
export function t(key: MessageKey, ...subs: Array<string | number>): string {
  const entry = override?.messages[key];
  if (entry) return formatMessage(entry.message, subs);
  return browser.i18n.getMessage(key, subs.map(String)) || key;
}

/** `S` with every `-` turned into `_` (message names allow no dashes; our ids use them). */
type Underscored<S extends string> = S extends `${infer A}-${infer B}` ? `${A}_${Underscored<B>}` : S;

/**
 * The key of `id`'s message in the family `<prefix><id>` (dashes read as underscores), e.g.
 * `t(keyFor('cadence_', option.id))`. Typed: passing it to `t` is a type error unless every id the
 * type of `id` allows has its message, so a new option without a string does not compile.
 */
export function keyFor<P extends string, I extends string>(prefix: P, id: I): `${P}${Underscored<I>}` {
  return `${prefix}${id.replace(/-/g, '_')}` as `${P}${Underscored<I>}`;
}

/**
 * `t` for a key that only exists at run time (a stored industry id, a reason or starter key from
 * utils/domain): the one place a plain string is taken as a `MessageKey`. A key with no message
 * reads as the key itself, as in `t`; prefer `keyFor` wherever the ids have a type.
 */
export function tDynamic(key: string, ...subs: Array<string | number>): string {
  return t(key as MessageKey, ...subs);
}

/** The base names of our plural messages: `<base>_one` and `<base>_other` in both locale files. */
export type PluralBase = { [K in MessageKey]: K extends `${infer B}_other` ? B : never }[MessageKey];

/**
 * The key of the plural form for `n` in `locale` (CLDR rules through `Intl.PluralRules`). Our
 * locale files carry `_one` and `_other`; Japanese has only "other", so it always reads `_other`.
 */
export function pluralKey(base: PluralBase, n: number, locale: string): MessageKey {
  return `${base}_${new Intl.PluralRules(locale).select(n) === 'one' ? 'one' : 'other'}` as MessageKey;
}

/**
 * A count message in the right plural form, e.g. `tp('nu_peopleCount', n, formatCount(n))`. The
 * substitutions are separate from `n` so the number can be shown formatted ("1,234").
 */
export function tp(base: PluralBase, n: number, ...subs: Array<string | number>): string {
  return t(pluralKey(base, n, uiLocale()), ...subs);
}

/** `12,345` in the user's locale. */
export function formatCount(n: number): string {
  return new Intl.NumberFormat(uiLocale()).format(n);
}

/** A message from a locale file with its `$1`…`$9` filled in, as `browser.i18n` would. */
export function formatMessage(message: string, subs: ReadonlyArray<string | number>): string {
  return message.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
}

/** The browser's own UI language as one of ours, whatever the override. */
export function browserLang(): 'en' | 'ja' {
  return (browser.i18n.getUILanguage?.() || 'en').toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/** The UI language, as a BCP 47 tag for `Intl`. */
export function uiLocale(): string {
  return override?.lang ?? (browser.i18n.getUILanguage?.() || 'en');
}

/** The language `t` speaks when it is not the browser's (`setLanguageOverride`), else null. */
export function languageOverride(): { lang: 'en' | 'ja'; messages: Messages } | null {
  return override;
}

/** Uses `messages` (a `_locales/<lang>/messages.json`) for `t`; null goes back to the browser's. */
export function setLanguageOverride(lang: 'en' | 'ja' | null, messages?: Messages): void {
  override = lang && messages ? { lang, messages } : null;
}

/**
 * One formatter per locale and style, made once: a new `Intl.DateTimeFormat` costs far more than a
 * `format`, and a list (the popup's 50 due people) formats a date per row.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${withTime ? 't' : 'd'}:${locale}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' });
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * A calendar date in the user's language, e.g. "Nov 23, 2026" or "2026/11/23". Total: a value no
 * `Date` can hold (a damaged record) reads "unknown date" instead of throwing `RangeError`.
 */
export function formatDate(at: number, locale: string = uiLocale()): string {
  const date = dateOf(at);
  return date ? dateFormat(locale, false).format(date) : t('dateUnknown');
}

/** A date and time in the user's language, e.g. "Nov 23, 2026, 5:00 PM". Total, like `formatDate`. */
export function formatDateTime(at: number, locale: string = uiLocale()): string {
  const date = dateOf(at);
  return date ? dateFormat(locale, true).format(date) : t('dateUnknown');
}

/** The UI language as one of ours: Japanese for any `ja*` browser language, else English. */
export function uiLang(): 'en' | 'ja' {
  return uiLocale().toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
