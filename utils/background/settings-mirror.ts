import { browser } from 'wxt/browser';
import type { KakehashiDb } from '../db/schema';
import { getSettings } from '../db/settings';
import { LIVE_SETTINGS_KEY, liveSettingsOf } from '../messaging/live-settings';

/**
 * Copies the live settings (language, quiet mode) into `storage.local` for open tabs
 * (`messaging/live-settings.ts`). Called when the background starts and after every message that
 * may have written settings, so a stopped worker never leaves the mirror behind the database.
 */
export async function mirrorSettings(db: KakehashiDb): Promise<void> {
  await browser.storage.local.set({ [LIVE_SETTINGS_KEY]: liveSettingsOf(await getSettings(db)) });
}
