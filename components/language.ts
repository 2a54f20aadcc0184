import { browser } from 'wxt/browser';
import { setLanguageOverride, uiLang } from '@/utils/i18n';
import { send } from '@/utils/messaging/client';
import type { Settings } from '@/utils/model';

/**
 * Applies the language setting in an extension page before it renders. Only when it differs from
 * the browser's is the other locale file loaded (a separate chunk, so the default path stays lean).
 *
 * Also when the browser's own message table is empty: Chromium sometimes hands a page of a freshly
 * started profile a `chrome.i18n` that answers "" for every key (seen in 1 of 2 launches of the e2e
 * harness), and the page would show raw keys. `extName` is always there, so "" means that case.
 */
export async function applyLanguageSetting(known?: Settings['language']): Promise<void> {
  // `known`: the page already has the settings (the popup's cached home), so no round trip.
  const { language } = known ? { language: known } : await send('settings:get', {}).catch(() => ({ language: 'auto' as const }));
  const wanted = language === 'auto' ? uiLang() : language;
  if (wanted === uiLang() && browser.i18n.getMessage('extName') !== '') return;
  const messages = wanted === 'ja' ? await import('@/public/_locales/ja/messages.json') : await import('@/public/_locales/en/messages.json');
  setLanguageOverride(wanted, messages.default);
}
