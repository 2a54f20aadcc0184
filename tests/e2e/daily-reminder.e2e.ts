/**
 * The daily reminder in real Chromium (issue 10, item 9), with the `notifications` permission
 * granted: a copy of the build declares it, as a user's "Allow" would grant the optional one. The
 * test drives the real alarm (a near `when` on the background's own alarm name), reads the
 * notification back through `chrome.notifications` in the service worker, and clicks it by
 * dispatching `notifications.onClicked` there.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendAllRaw } from './extension-page';
import { launchExtension, type ExtensionSession } from './harness';
import { en } from './messages';
import { CHROME_DIR } from './paths';

const ALARM = 'kakehashi:daily-reminder';
const DAY = 86_400_000;

/** The few `chrome.*` calls made here (the project has no Chrome type package). */
interface ChromeApi {
  alarms: { create(name: string, info: { when: number }): Promise<void>; get(name: string): Promise<{ scheduledTime: number } | undefined> };
  notifications: {
    create(id: string, options: { title: string; message: string }): Promise<string>;
    getAll(): Promise<Record<string, boolean>>;
    onClicked: { dispatch(id: string): void };
  };
  runtime: { sendMessage(message: unknown): Promise<{ data: unknown }> };
}

interface Shown {
  id: string;
  title: string;
  message: string;
}

/** Fires the background's daily alarm now, and returns what it shows (recorded at `create`). */
function fireAlarm(session: ExtensionSession): Promise<void> {
  return session.worker.evaluate(async (name) => {
    const c = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    await c.alarms.create(name, { when: Date.now() + 50 });
    await new Promise((resolve) => setTimeout(resolve, 1500));
  }, ALARM);
}

const shown = (session: ExtensionSession) =>
  session.worker.evaluate(() => (globalThis as unknown as { kkShown?: Shown[] }).kkShown ?? []);

describe('daily reminder: at the user\'s hour, once a day, plural-aware, a click opens the due list', () => {
  let session: ExtensionSession;
  let page: Page;
  let extDir: string;

  beforeAll(async () => {
    extDir = mkdtempSync(path.join(os.tmpdir(), 'kakehashi-notify-'));
    cpSync(CHROME_DIR, extDir, { recursive: true });
    const manifest = JSON.parse(readFileSync(path.join(extDir, 'manifest.json'), 'utf8'));
    manifest.permissions.push('notifications');
    delete manifest.optional_permissions;
    writeFileSync(path.join(extDir, 'manifest.json'), JSON.stringify(manifest));
    session = await launchExtension({ extDir });
    page = await session.openOptions();
    // Record what the background shows (the API reads back only ids), then let it show it.
    await session.worker.evaluate(() => {
      const g = globalThis as unknown as { chrome: ChromeApi; kkShown: Shown[] };
      g.kkShown = [];
      const create = g.chrome.notifications.create.bind(g.chrome.notifications);
      g.chrome.notifications.create = (id: string, options: { title: string; message: string }) => {
        g.kkShown.push({ id, title: options.title, message: options.message });
        return create(id, options);
      };
    });
    const replies = await sendAllRaw(page, [
      { type: 'contact:set-last-contact', payload: { profile: { site: 'linkedin', handle: 'due-one', name: 'Due One', headline: null, company: null, location: null, avatarUrl: null }, at: Date.now() - 200 * DAY } },
    ]);
    expect(replies.every((r) => 'ok' in r && r.ok)).toBe(true);
  });
  afterAll(async () => {
    await session?.close();
    rmSync(extDir, { recursive: true, force: true });
  });

  it('arms one alarm at the chosen local hour and stays silent before it', async () => {
    const hour = new Date().getHours();
    if (hour === 23) return; // No later hour today to wait for.
    await page.getByLabel(en('nu_settingsHour')).selectOption(String(hour + 1));
    await page.getByLabel(en('settingsDaily')).check();
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe(en('settingsSaved'));
    const expected = new Date(new Date().setHours(hour + 1, 0, 0, 0)).getTime();
    await expect
      .poll(() => session.worker.evaluate(async (name) => (await (globalThis as unknown as { chrome: ChromeApi }).chrome.alarms.get(name))?.scheduledTime, ALARM))
      .toBe(expected);
    await fireAlarm(session);
    expect(await shown(session)).toEqual([]);
  });

  it('shows "1 person is due" at the hour, only once that day', async () => {
    const hour = new Date().getHours();
    await page.getByLabel(en('nu_settingsHour')).selectOption(String(hour));
    await page.getByLabel(en('settingsDaily')).check();
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.sendMessage({ type: 'settings:get', payload: {} }).then((r) => r.data))).toMatchObject({
      dailyNotification: true,
      notificationHour: hour,
    });
    await fireAlarm(session);
    expect(await shown(session)).toEqual([{ id: ALARM, title: en('extName'), message: en('nu_notificationDue_one', 1) }]);
    expect(await session.worker.evaluate(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.notifications.getAll())).toEqual({ [ALARM]: true });
    // Re-armed for tomorrow; firing again the same day shows nothing more.
    const tomorrow = new Date(new Date().setHours(hour, 0, 0, 0) + DAY).setHours(hour, 0, 0, 0);
    expect(await session.worker.evaluate(async (name) => (await (globalThis as unknown as { chrome: ChromeApi }).chrome.alarms.get(name))?.scheduledTime, ALARM)).toBe(tomorrow);
    await fireAlarm(session);
    expect(await shown(session)).toHaveLength(1);
  });

  it('opens the due list (the People page, most overdue first) when clicked', async () => {
    const [people] = await Promise.all([
      session.context.waitForEvent('page'),
      session.worker.evaluate((name) => {
        const events = (globalThis as unknown as { chrome: { notifications: { onClicked: { dispatch: (id: string) => void } } } }).chrome.notifications;
        events.onClicked.dispatch(name);
      }, ALARM),
    ]);
    await people.waitForLoadState();
    expect(new URL(people.url()).pathname).toBe('/people.html');
    await expect.poll(() => people.locator('[role=option] .name').allTextContents()).toEqual(['Due One']);
    await expect.poll(() => session.worker.evaluate(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.notifications.getAll())).toEqual({});
  });

  it('made no network request of its own', () => {
    expect(session.foreignRequests()).toEqual([]);
  });
});
