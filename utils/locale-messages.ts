/**
 * Both locale files, for the background only: it translates the daily notification in the
 * language the user chose, and hands the panel its strings when that differs from the browser's
 * (a content script cannot read the files without making them web-accessible, which would let
 * LinkedIn's own scripts detect the extension). Never import this from a content script.
 */
import en from '../public/_locales/en/messages.json';
import ja from '../public/_locales/ja/messages.json';
import type { LanguageSetting } from './model';
import { browserLang, formatMessage, t, type MessageKey, type Messages } from './i18n';

/** The messages of one of our languages. */
export function localeMessages(lang: 'en' | 'ja'): Messages {
  return lang === 'ja' ? ja : en;
}

/**
 * `t` in the language setting ('auto': the browser's), read from the bundled locale files rather
 * than `browser.i18n`: Chromium sometimes starts a worker whose `i18n.getMessage` answers "" for
 * every key (seen in the e2e harness), and a notification must never show a raw key.
 */
export function translatorFor(language: LanguageSetting): (key: MessageKey, ...subs: Array<string | number>) => string {
  const messages = localeMessages(language === 'auto' ? browserLang() : language);
  return (key, ...subs) => {
    const entry = messages[key];
    return entry ? formatMessage(entry.message, subs) : t(key, ...subs);
  };
}
