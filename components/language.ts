import { setLanguageOverride, uiLang } from '@/utils/i18n';
import { send } from '@/utils/messaging/client';

/**
 * Applies the language setting in an extension page before it renders. Only when it differs from
 * the browser's is the other locale file loaded (a separate chunk, so the default path stays lean).
 */
export async function applyLanguageSetting(): Promise<void> {
  const { language } = await send('settings:get', {}).catch(() => ({ language: 'auto' as const }));
  if (language === 'auto' || language === uiLang()) return;
  const messages = language === 'ja' ? await import('@/public/_locales/ja/messages.json') : await import('@/public/_locales/en/messages.json');
  setLanguageOverride(language, messages.default);
}
