import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../public/_locales/en/messages.json';
import ja from '../../public/_locales/ja/messages.json';
import { newContact } from '../db/contacts';
import type { KakehashiDb } from '../db/schema';
import { saveSettings } from '../db/settings';
import { freshDb } from '../db/test-db';
import { DAY_MS, type LanguageSetting } from '../model';
import { maybeNotifyDaily } from './daily-notification';

const NOW = Date.UTC(2026, 10, 23, 3);
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
    expect(await notifiedIn('ja')).toMatchObject({ title: ja.extName.message, message: ja.notificationDue.message.replace('$1', '2') });
  });

  it('is English when the setting says English in a Japanese browser', async () => {
    browserSpeaks('ja');
    expect(await notifiedIn('en')).toMatchObject({ title: en.extName.message, message: en.notificationDue.message.replace('$1', '2') });
  });

  it('follows the browser when the setting is automatic', async () => {
    browserSpeaks('ja');
    expect(await notifiedIn('auto')).toMatchObject({ message: ja.notificationDue.message.replace('$1', '2') });
  });
});
