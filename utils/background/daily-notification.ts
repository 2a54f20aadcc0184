/**
 * The opt-in daily reminder (DESIGN.md "Reminders"): at most one a day, at the user's local hour.
 *
 * One alarm with a `when` at the next local occurrence of that hour, re-armed after every firing
 * and whenever the background starts or the hour changes, rather than an hourly poll that fires at
 * whatever hour the first check of the day happens to run (possibly midnight). The day it last
 * showed is kept in `storage.local`, so a restarted service worker or a re-armed alarm never
 * shows it twice. A browser that was closed at the hour gets it when it next starts that day.
 */
import { browser } from 'wxt/browser';
import { countDue, DUE_COUNT_SHOWN_MAX, isDueCountCapped } from '../db/due';
import type { KakehashiDb } from '../db/schema';
import { getSettings } from '../db/settings';
import { browserLang, pluralKey } from '../i18n';
import { localDateString } from '../local-date';
import { translatorFor } from '../locale-messages';
import type { Settings } from '../model';

export const DAILY_ALARM = 'kakehashi:daily-reminder';
const LAST_SHOWN_KEY = 'dailyNotificationDay';
/** What a click opens: the People page, whose default order is most overdue first. */
export const DUE_LIST_PATH = '/people.html';

/** Today's `hour`:00 in local time (DST-safe: built from local fields, not by adding hours). */
function localHourOn(at: number, hour: number, dayOffset = 0): number {
  const d = new Date(at);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + dayOffset, hour).getTime();
}

/**
 * When the reminder should next be checked: today at `hour` if that is still ahead and today's
 * has not been shown, else tomorrow at `hour`.
 */
export function nextReminderAt(now: number, hour: number, shownToday: boolean): number {
  const today = localHourOn(now, hour);
  return !shownToday && now < today ? today : localHourOn(now, hour, 1);
}

async function lastShownDay(): Promise<unknown> {
  return (await browser.storage.local.get(LAST_SHOWN_KEY))[LAST_SHOWN_KEY];
}

/**
 * Arms the daily alarm for the settings (or clears it when the reminder is off). Called when the
 * background starts, after each firing and after the settings change.
 */
export async function scheduleDailyReminder(settings: Pick<Settings, 'dailyNotification' | 'notificationHour'>, now: number = Date.now()): Promise<number | null> {
  if (!settings.dailyNotification) {
    await browser.alarms.clear(DAILY_ALARM);
    return null;
  }
  const when = nextReminderAt(now, settings.notificationHour, (await lastShownDay()) === localDateString(now));
  const existing = await browser.alarms.get(DAILY_ALARM);
  if (existing?.scheduledTime !== when) await browser.alarms.create(DAILY_ALARM, { when });
  return when;
}

/** The notification text: the true count in the right plural form, or "more than 99" when capped. */
export function dueNotificationText(due: number, language: Settings['language']): string {
  const t = translatorFor(language);
  const lang = language === 'auto' ? browserLang() : language;
  if (isDueCountCapped(due)) return t(pluralKey('nu_notificationDueMore', DUE_COUNT_SHOWN_MAX, lang), DUE_COUNT_SHOWN_MAX);
  return t(pluralKey('nu_notificationDue', due, lang), due);
}

/**
 * Shows the daily "N people are due" notification when the user opted in, the optional
 * permission is still granted, it is the user's hour or later today, someone is due, and none was
 * shown today. Returns whether shown.
 */
export async function maybeNotifyDaily(db: KakehashiDb, now: number = Date.now()): Promise<boolean> {
  const settings = await getSettings(db);
  if (!settings.dailyNotification) return false;
  if (!browser.notifications || !(await browser.permissions.contains({ permissions: ['notifications'] }))) return false;
  if (now < localHourOn(now, settings.notificationHour)) return false;
  const today = localDateString(now);
  if ((await lastShownDay()) === today) return false;
  const due = await countDue(db, now);
  if (due === 0) return false;
  // Record first: if the worker stops right after, a duplicate is worse than a missed one.
  await browser.storage.local.set({ [LAST_SHOWN_KEY]: today });
  // The background's `browser.i18n` follows the browser; the user may have chosen the other language.
  await browser.notifications.create(DAILY_ALARM, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: translatorFor(settings.language)('extName'),
    message: dueNotificationText(due, settings.language),
  });
  return true;
}

/** The alarm fired: show the reminder if it is due, then arm the next one. */
export async function onDailyAlarm(db: KakehashiDb, now: number = Date.now()): Promise<void> {
  try {
    await maybeNotifyDaily(db, now);
  } finally {
    await scheduleDailyReminder(await getSettings(db), now);
  }
}

/**
 * A click on the reminder opens the due list. Extension pages cannot open the popup everywhere
 * (`action.openPopup` needs a user gesture in older Chrome and does not exist in Firefox MV2), so
 * the People page opens instead: most overdue first, the same order as the popup's due list.
 * Creating a tab at the extension's own URL needs no `tabs` permission.
 */
export async function openDueListOnClick(notificationId: string): Promise<void> {
  if (notificationId !== DAILY_ALARM) return;
  await browser.notifications.clear(notificationId);
  await browser.tabs.create({ url: browser.runtime.getURL(DUE_LIST_PATH) });
}
