/**
 * Settings and the site's theme reach an open LinkedIn tab live, without a reload: the language
 * chosen in the options page, quiet mode on and off, and the site's own light/dark switch.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import ja from '../../public/_locales/ja/messages.json';
import { ETHAN } from './fixtures';
import { launchExtension, type ExtensionSession } from './harness';
import { panel, panelHosts, panelName, panelRoot } from './panel';

/** LinkedIn's way: a class on <html> switches the theme, and a stylesheet paints the body dark. */
function themedEthan(): string {
  return ETHAN.html().replace(/<\/head>/i, '<style>html.theme--dark, html.theme--dark body { background: #1b1f23; color: #e9e9e9 }</style></head>');
}

/**
 * Picks a language in the options page and waits for the reload the page does after saving it:
 * closing or reusing the page mid-reload left the next options page hanging under load.
 */
async function chooseLanguage(options: Page, language: 'ja' | 'auto'): Promise<void> {
  await expect.poll(() => options.locator('#kk-lang').count()).toBe(1);
  await Promise.all([options.waitForEvent('load', { timeout: 15_000 }), options.locator('#kk-lang').selectOption(language, { timeout: 10_000 })]);
  await expect.poll(() => options.locator('#kk-lang').inputValue()).toBe(language);
}

const panelTheme = (page: Page) => panelRoot(page).locator('body').getAttribute('data-theme');

describe('live settings and theme in an open tab', () => {
  let session: ExtensionSession;
  let page: Page;

  beforeAll(async () => {
    session = await launchExtension();
    session.serve({ [ETHAN.url]: themedEthan() });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('follows the site’s light/dark switch (LinkedIn’s class on <html>, X’s body colour)', async () => {
    page = await session.context.newPage();
    await page.goto(ETHAN.url);
    await expect.poll(() => panelName(page).textContent()).toBe(ETHAN.name);
    expect(await panelTheme(page)).toBe('light');
    await page.evaluate(() => document.documentElement.classList.add('theme--dark'));
    await expect.poll(() => panelTheme(page)).toBe('dark');
    await page.evaluate(() => document.documentElement.classList.remove('theme--dark'));
    await expect.poll(() => panelTheme(page)).toBe('light');
    await page.evaluate(() => (document.body.style.backgroundColor = 'rgb(0, 0, 0)'));
    await expect.poll(() => panelTheme(page)).toBe('dark');
    await page.evaluate(() => (document.body.style.backgroundColor = ''));
    await expect.poll(() => panelTheme(page)).toBe('light');
  });

  it('turns Japanese when Japanese is chosen in the options, and back', async () => {
    expect(await panel(page).getByRole('button', { name: en.noteSave.message }).count()).toBe(1);
    const options = await session.openOptions();
    await chooseLanguage(options, 'ja');
    await expect.poll(() => panel(page).getByRole('button', { name: ja.noteSave.message }).count()).toBe(1);
    expect(await panel(page).getByLabel(ja.noteLabel.message).count()).toBe(1);
    // The person's name is the site's, in any language; the panel was not remounted.
    expect(await panelName(page).textContent()).toBe(ETHAN.name);

    await chooseLanguage(options, 'auto');
    await expect.poll(() => panel(page).getByRole('button', { name: en.noteSave.message }).count()).toBe(1);
    await options.close();
  });

  it('a newly opened tab is Japanese from its first render', async () => {
    const options = await session.openOptions();
    await chooseLanguage(options, 'ja');
    await expect.poll(() => panel(page).getByRole('button', { name: ja.noteSave.message }).count()).toBe(1);
    const fresh = await session.context.newPage();
    // Watch every render from the first one: no English string may appear, even briefly.
    const seen: string[] = [];
    const done = (async () => {
      for (let i = 0; i < 40; i++) {
        seen.push(...(await panel(fresh).getByRole('button', { name: en.noteSave.message }).count().catch(() => 0) > 0 ? ['en'] : []));
        await fresh.waitForTimeout(50);
      }
    })();
    await fresh.goto(ETHAN.url);
    await expect.poll(() => panel(fresh).getByRole('button', { name: ja.noteSave.message }).count()).toBe(1);
    await done;
    expect(seen).toEqual([]);
    await fresh.close();
    await chooseLanguage(options, 'auto');
    await expect.poll(() => panel(page).getByRole('button', { name: en.noteSave.message }).count()).toBe(1);
    await options.close();
  });

  it('quiet mode on removes the panel from the open tab; off brings it back', async () => {
    const options = await session.openOptions();
    await options.getByLabel(en.settingsQuietMode.message).check();
    await expect.poll(() => panel(page).count()).toBe(0);
    await options.getByLabel(en.settingsQuietMode.message).uncheck();
    await expect.poll(() => panelName(page).textContent()).toBe(ETHAN.name);
    await options.close();
  });

  it('made no network request of its own', async () => {
    expect((await panelHosts(page)).length).toBe(1);
    expect(session.foreignRequests()).toEqual([]);
  });
});
