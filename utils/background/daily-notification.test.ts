import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../public/_locales/en/messages.json';
import ja from '../../public/_locales/ja/messages.json';
import { newContact } from '../db/contacts';
import type { KakehashiDb } from '../db/schema';
import { saveSettings } from '../db/settings';
import { freshDb } from '../db/test-db';
import { DAY_MS, type LanguageSetting } from '../model';
import { DAILY_ALARM, maybeNotifyDaily, nextReminderAt, onDailyAlarm, openDueListOnClick, scheduleDailyReminder } from './daily-notification';

/** 10:00 local time, whatever the machine's time zone: after the default 9:00 reminder hour. */
const NOW = new Date(2026, 10, 23, 10).getTime();
let db: KakehashiDb;
let create: ReturnType<typeof vi.fn>;

/** The browser's own i18n in `uiLanguage`, reading the shipped locale files like Chrome does. */
function browserSpeaks(uiLanguage: string) {
  const messages: Record<string, { message: string }> = uiLanguage.startsWith('ja') ? ja : en;
  fakeBrowser.i18n.getUILanguage = () => uiLanguage;
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string[]) =>
    (messages[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => subs?.[Number(n) - 1] ?? '')) as typeof fakeBrowser.i18n.getMessage;
}

async function notifiedIn(language: LanguageSetting): Promise<{ title: string; message: string }> {
  await saveSettings(db, { dailyNotification: true, language }, () => null);
  expect(await maybeNotifyDaily(db, NOW)).toBe(true);
  return create.mock.calls[0]?.[1] as { title: string; message: string };
}

beforeEach(async () => {
  fakeBrowser.reset();
  db = freshDb();
  fakeBrowser.permissions.contains = (async () => true) as typeof fakeBrowser.permissions.contains;
  create = vi.fn(async () => 'id');
  fakeBrowser.notifications.create = create as unknown as typeof fakeBrowser.notifications.create;
  for (const handle of ['due-a', 'due-b']) {
    const contact = newContact({ site: 'linkedin', handle }, NOW - 400 * DAY_MS);
    contact.nextDueAt = NOW - DAY_MS;
    await db.contacts.put(contact);
  }
});
afterEach(() => db.close());

describe('daily notification language', () => {
  it('is Japanese when the setting says Japanese in an English browser', async () => {
    browserSpeaks('en-US');
    expect(await notifiedIn('ja')).toMatchObject({ title: ja.extName.message, message: ja.nu_notificationDue_other.message.replace('$1', '2') });
  });

  it('is English when the setting says English in a Japanese browser', async () => {
    browserSpeaks('ja');
    expect(await notifiedIn('en')).toMatchObject({ title: en.extName.message, message: en.nu_notificationDue_other.message.replace('$1', '2') });
  });

  it('follows the browser when the setting is automatic', async () => {
    browserSpeaks('ja');
    expect(await notifiedIn('auto')).toMatchObject({ message: ja.nu_notificationDue_other.message.replace('$1', '2') });
  });
});

const at = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute).getTime();

describe('daily notification timing', () => {
  beforeEach(() => browserSpeaks('en-US'));

  it("waits for the user's hour (9:00 by default), then shows at most once that day", async () => {
    await saveSettings(db, { dailyNotification: true }, () => null);
    expect(await maybeNotifyDaily(db, at(23, 0, 5))).toBe(false);
    expect(await maybeNotifyDaily(db, at(23, 8, 59))).toBe(false);
    expect(await maybeNotifyDaily(db, at(23, 9))).toBe(true);
    // A restarted worker or a second alarm the same day: the stored day says it was shown.
    expect(await maybeNotifyDaily(db, at(23, 9, 1))).toBe(false);
    expect(await maybeNotifyDaily(db, at(23, 23, 59))).toBe(false);
    expect(await maybeNotifyDaily(db, at(24, 8))).toBe(false);
    expect(await maybeNotifyDaily(db, at(24, 9, 30))).toBe(true);
    expect(create).toHaveBeenCalledTimes(2);
  });

  it('follows the hour set in the options', async () => {
    await saveSettings(db, { dailyNotification: true, notificationHour: 18 }, () => null);
    expect(await maybeNotifyDaily(db, at(23, 10))).toBe(false);
    expect(await maybeNotifyDaily(db, at(23, 18))).toBe(true);
  });

  it('arms one alarm at the next local hour, tomorrow once today has been shown, none when off', async () => {
    expect(nextReminderAt(at(23, 7), 9, false)).toBe(at(23, 9));
    expect(nextReminderAt(at(23, 10), 9, false)).toBe(at(24, 9));
    expect(nextReminderAt(at(23, 7), 9, true)).toBe(at(24, 9));
    expect(await scheduleDailyReminder({ dailyNotification: true, notificationHour: 9 }, at(23, 7))).toBe(at(23, 9));
    expect((await fakeBrowser.alarms.get(DAILY_ALARM))?.scheduledTime).toBe(at(23, 9));
    await scheduleDailyReminder({ dailyNotification: false, notificationHour: 9 }, at(23, 7));
    expect(await fakeBrowser.alarms.get(DAILY_ALARM)).toBeFalsy();
  });

  it('re-arms for tomorrow after the alarm fires', async () => {
    await saveSettings(db, { dailyNotification: true }, () => null);
    await onDailyAlarm(db, at(23, 9));
    expect(create).toHaveBeenCalledTimes(1);
    expect((await fakeBrowser.alarms.get(DAILY_ALARM))?.scheduledTime).toBe(at(24, 9));
  });
});

describe('daily notification text', () => {
  beforeEach(() => browserSpeaks('en-US'));

  it('says "1 person is due", not "1 people"', async () => {
    await db.contacts.delete('linkedin:due-b');
    expect((await notifiedIn('en')).message).toBe(en.nu_notificationDue_one.message);
    expect(en.nu_notificationDue_one.message).toMatch(/^1 person is due/);
  });

  it('never claims a wrong number when the count is capped', async () => {
    for (let i = 0; i < 150; i++) {
      const contact = newContact({ site: 'x', handle: `many${i}` }, NOW - 400 * DAY_MS);
      contact.nextDueAt = NOW - DAY_MS;
      await db.contacts.put(contact);
    }
    const { message } = await notifiedIn('en');
    expect(message).toBe(en.nu_notificationDueMore_other.message.replace('$1', '99'));
    expect(message).toMatch(/^More than 99 people/);
    expect(message).not.toMatch(/100/);
  });
});

describe('a click on the daily notification', () => {
  it('opens the due list (the People page, most overdue first) and nothing for other ids', async () => {
    const tabs = vi.fn(async () => ({}));
    fakeBrowser.tabs.create = tabs as unknown as typeof fakeBrowser.tabs.create;
    fakeBrowser.notifications.clear = (async () => true) as typeof fakeBrowser.notifications.clear;
    await openDueListOnClick('something-else');
    expect(tabs).not.toHaveBeenCalled();
    await openDueListOnClick(DAILY_ALARM);
    expect(tabs).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/people.html') });
  });
});
