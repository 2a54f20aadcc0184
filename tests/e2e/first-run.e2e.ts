/**
 * First run (issue 10, item 11): installing opens the welcome page (English and Japanese, axe-clean
 * light and dark) with one click to each first step; the empty popup gives one clear next step;
 * the privacy policy ships and is linked from the options page (item 14).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportAndFilter, runAxe } from './axe';
import { launchExtension, type ExtensionSession } from './harness';
import { en, ja } from './messages';

async function expectAxeClean(where: string, page: Page): Promise<void> {
  expect(reportAndFilter(where, await runAxe(page)).map((v) => `${v.id} (${v.impact})`)).toEqual([]);
}

describe('first run in English', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension({ keepWelcome: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('opens the welcome page on install, with one click to each first step', async () => {
    const welcome = session.welcome;
    expect(welcome).not.toBeNull();
    await expect.poll(() => welcome!.locator('h1').textContent()).toBe(en('nu_welcomeTitle'));
    expect(await welcome!.locator('h2').allTextContents()).toEqual([
      en('nu_welcomeIndustryHeading'),
      en('nu_welcomeQuietHeading'),
      en('nu_welcomeImportHeading'),
      en('nu_welcomePrivacyHeading'),
    ]);
    const base = `chrome-extension://${session.extensionId}`;
    expect(await welcome!.getByTestId('welcome-industry').getAttribute('href')).toBe(`${base}/options.html#industry`);
    expect(await welcome!.getByTestId('welcome-import').getAttribute('href')).toBe(`${base}/options.html#data`);
    expect(await welcome!.getByTestId('welcome-settings').getAttribute('href')).toBe(`${base}/options.html`);
    expect(await welcome!.getByTestId('privacy-link').getAttribute('href')).toBe(`${base}/privacy.html`);
    expect(await welcome!.locator('main').textContent()).toContain(en('nu_welcomeQuietBody'));
    await expectAxeClean('welcome (light)', welcome!);
    await welcome!.emulateMedia({ colorScheme: 'dark' });
    await expectAxeClean('welcome (dark)', welcome!);

    // One click to the industry setting, focused.
    await welcome!.getByTestId('welcome-industry').click();
    await expect.poll(() => welcome!.evaluate(() => document.activeElement?.id)).toBe('kk-industry');
    await welcome!.close();
  });

  it('shows one clear next step in the empty popup, not "No one is due. Nice work"', async () => {
    const popup = await session.openPopup();
    const empty = popup.getByTestId('empty-state');
    await expect.poll(() => empty.count()).toBe(1);
    expect(await empty.locator('h2').textContent()).toBe(en('popupEmptyTitle'));
    expect(await empty.locator('p').textContent()).toBe(en('popupEmptyBody'));
    const link = popup.getByTestId('empty-import');
    expect(await link.textContent()).toBe(en('nu_popupEmptyImport'));
    expect(await link.getAttribute('href')).toBe(`chrome-extension://${session.extensionId}/options.html#data`);
    expect(await popup.locator('main').textContent()).not.toContain(en('dueNone'));
    expect(await popup.getByTestId('due-list').count()).toBe(0);
    expect(await popup.getByTestId('suggestion-none').count()).toBe(0);
    await popup.close();
  });

  it('links the privacy policy from the options page; it says nothing is sent, in both languages', async () => {
    const options = await session.openOptions();
    const link = options.getByTestId('privacy-link');
    await expect.poll(() => link.textContent()).toBe(en('nu_privacyLink'));
    await link.click();
    await options.waitForURL(/privacy\.html$/);
    expect(await options.locator('h1').textContent()).toBe('Kakehashi: Privacy policy / プライバシーポリシー');
    expect(await options.locator('section[lang=en]').textContent()).toContain('Nothing. Kakehashi makes no network requests of its own: no analytics');
    expect(await options.locator('section[lang=ja]').textContent()).toContain('アクセス解析');
    await expectAxeClean('privacy (light)', options);
    await options.emulateMedia({ colorScheme: 'dark' });
    await expectAxeClean('privacy (dark)', options);
    await options.close();
  });

  it('made no network request of its own', () => {
    expect(session.foreignRequests()).toEqual([]);
  });
});

describe('first run in Japanese', () => {
  it('opens the welcome page in Japanese', async () => {
    const session = await launchExtension({ locale: 'ja', keepWelcome: true });
    try {
      const welcome = session.welcome!;
      await expect.poll(() => welcome.locator('h1').textContent()).toBe(ja('nu_welcomeTitle'));
      expect(await welcome.locator('h2').first().textContent()).toBe(ja('nu_welcomeIndustryHeading'));
      expect(await welcome.evaluate(() => document.documentElement.lang)).toBe('ja');
      await expectAxeClean('welcome (ja)', welcome);
      const popup = await session.openPopup();
      await expect.poll(() => popup.getByTestId('empty-import').textContent()).toBe(ja('nu_popupEmptyImport'));
    } finally {
      await session.close();
    }
  });
});
