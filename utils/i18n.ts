/**
 * UI strings come from `public/_locales/{en,ja}/messages.json` through `browser.i18n`, so the
 * browser's language picks them. `MessageKey` is derived from the English file, so a typo in a key
 * is a type error, and a unit test keeps both files' keys identical.
 */
import { browser } from 'wxt/browser';
import type en from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

/** A translated string with `$1`…`$9` substitutions; falls back to the key, never to blank. */
export function t(key: MessageKey, ...subs: Array<string | number>): string {
  return browser.i18n.getMessage(key, subs.map(String)) || key;
}

/** The UI language the browser chose, as a BCP 47 tag for `Intl`. */
export function uiLocale(): string {
  return browser.i18n.getUILanguage?.() || 'en';
}

/** A calendar date in the user's language, e.g. "Nov 23, 2026" or "2026/11/23". */
export function formatDate(at: number, locale: string = uiLocale()): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(at);
}

/** The UI language as one of ours: Japanese for any `ja*` browser language, else English. */
export function uiLang(): 'en' | 'ja' {
  return uiLocale().toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
