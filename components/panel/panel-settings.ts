/**
 * The settings the in-page panel follows live: language and quiet mode. Read from the background's
 * mirror in `storage.local` (`utils/messaging/live-settings.ts`), falling back to `settings:get`
 * before the mirror exists; `storage.onChanged` then brings every later change to open tabs. Only
 * when the chosen language differs from the browser's are its strings fetched, from the background.
 */
import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browserLang, setLanguageOverride } from '@/utils/i18n';
import { send } from '@/utils/messaging/client';
import { LIVE_SETTINGS_KEY, liveSettingsOf, parseLiveSettings, type LiveSettings } from '@/utils/messaging/live-settings';
import type { LanguageSetting } from '@/utils/model';

const FALLBACK: LiveSettings = { language: 'auto', quietMode: false, inlineMarks: false };

/** The current live settings; never rejects (the defaults stand in when the background is away). */
export async function loadPanelSettings(): Promise<LiveSettings> {
  try {
    const stored = parseLiveSettings((await browser.storage.local.get(LIVE_SETTINGS_KEY))[LIVE_SETTINGS_KEY]);
    return stored ?? liveSettingsOf(await send('settings:get', {}));
  } catch {
    return FALLBACK;
  }
}

/** Makes `t` speak the language setting; resolves once the strings are in place. */
export async function applyPanelLanguage(language: LanguageSetting): Promise<void> {
  if (language === 'auto' || language === browserLang()) {
    setLanguageOverride(null);
    return;
  }
  const messages = await send('locale:messages', { lang: language }).catch(() => null);
  setLanguageOverride(messages ? language : null, messages ?? undefined);
}

/** Calls `onChange` with every new value of the mirror until the content script is invalidated. */
export function watchPanelSettings(ctx: ContentScriptContext, onChange: (settings: LiveSettings) => void): void {
  const listener = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
    if (area !== 'local' || !(LIVE_SETTINGS_KEY in changes)) return;
    const next = parseLiveSettings(changes[LIVE_SETTINGS_KEY]?.newValue);
    if (next) onChange(next);
  };
  browser.storage.onChanged.addListener(listener);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(listener));
}
