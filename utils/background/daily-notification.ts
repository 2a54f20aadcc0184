import { browser } from 'wxt/browser';
import { countDue } from '../db/due';
import type { KakehashiDb } from '../db/schema';
import { getSettings } from '../db/settings';
import { translatorFor } from '../locale-messages';

export const DAILY_ALARM = 'kakehashi:daily-reminder';
const LAST_SHOWN_KEY = 'dailyNotificationDay';

/** The local calendar day of a time, e.g. "2026-11-23": at most one reminder per such day. */
export function localDay(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
}

/**
 * Shows the daily "N people are due" notification when the user opted in, the optional
 * permission is still granted, someone is due, and none was shown today. Returns whether shown.
 */
export async function maybeNotifyDaily(db: KakehashiDb, now: number = Date.now()): Promise<boolean> {
  const settings = await getSettings(db);
  if (!settings.dailyNotification) return false;
  if (!browser.notifications || !(await browser.permissions.contains({ permissions: ['notifications'] }))) return false;
  const today = localDay(now);
  const stored = await browser.storage.local.get(LAST_SHOWN_KEY);
  if (stored[LAST_SHOWN_KEY] === today) return false;
  const due = await countDue(db, now);
  if (due === 0) return false;
  // Record first: if the worker stops right after, a duplicate is worse than a missed one.
  await browser.storage.local.set({ [LAST_SHOWN_KEY]: today });
  // The background's `browser.i18n` follows the browser; the user may have chosen the other language.
  const t = translatorFor(settings.language);
  await browser.notifications.create(DAILY_ALARM, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('extName'),
    message: t('notificationDue', due),
  });
  return true;
}
