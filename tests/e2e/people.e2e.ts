/**
 * The People page (people.html) in real Chromium: the list with its sorts, search as you type over
 * notes and touch notes (Japanese width and kana forms, several words, highlights), the keyboard,
 * axe in light and dark, hostile data, and a list long enough that only a window of it is in the DOM.
 * Everything is seeded through the extension's own write paths: messages to the background (what
 * the panel sends) and the options page's restore.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeBackup } from '../../utils/io/backup';
import { DAY_MS, DEFAULT_SETTINGS, type Contact, type Note } from '../../utils/model';
import { reportAndFilter, runAxe } from './axe';
import { sendRaw } from './extension-page';
import { launchExtension, type ExtensionSession } from './harness';
import { en, upToFirstPlaceholder } from './messages';

const profile = (site: 'linkedin' | 'x', handle: string, name: string, extra: Record<string, string | null> = {}) => ({
  site, handle, name, headline: null, company: null, location: null, avatarUrl: null, ...extra,
});
const AYAKA = profile('linkedin', 'ayaka-tanaka', '田中 彩花', { headline: '看護師 at 東京医療センター', location: 'Tokyo' });
const KEN = profile('x', 'ken_dev', 'Ken Watanabe');
const EMMA = profile('linkedin', 'emma-smith', 'Emma Smith', { company: 'Lumenfield' });
/** A right-to-left override that would flip the rest of the row if the name were not isolated. */
const BIDI_NAME = 'Mallory \u202Egnp.exe\u202C <img src=x onerror=alert(1)>';
const MALLORY = profile('linkedin', 'mallory-hostile', BIDI_NAME);
const LONG_NOTE = `${'長い記録 '.repeat(1_500)}ZEBRA-END`.slice(0, 10_000);

async function send(page: Page, type: string, payload: unknown): Promise<void> {
  const reply = await sendRaw(page, { type, payload });
  expect(reply, `${type}`).toMatchObject({ ok: true });
}

const status = (page: Page) => page.getByTestId('people-status');
const rowNames = (page: Page) => page.locator('[role=option] .name').allTextContents();

async function search(page: Page, query: string): Promise<void> {
  await page.getByTestId('people-search').fill(query);
  await expect.poll(() => status(page).getAttribute('data-query')).toBe(query.trim() ? query : '');
}

describe('People page', () => {
  let session: ExtensionSession;
  let page: Page;

  beforeAll(async () => {
    session = await launchExtension();
    page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/people.html`);
    const now = Date.now();
    await send(page, 'note:add', { profile: AYAKA, body: 'サプライチェーンの勉強会で会った。地元が同じ。' });
    await send(page, 'touch:log', { profile: AYAKA, kind: 'meeting', at: now - 200 * DAY_MS });
    await send(page, 'contact:update', { profile: AYAKA, patch: { tags: ['mentor', '勉強会'] } });
    await send(page, 'note:add', { profile: KEN, body: 'Talked about Café culture in Kanazawa.' });
    await send(page, 'touch:log', { profile: KEN, kind: 'shared-info', at: now - 2 * DAY_MS, note: 'Sent the hiking article' });
    await send(page, 'contact:track', { profile: EMMA });
    await page.reload();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('lists everyone with site, industry, tags, last contact, next due (overdue marked) and a note excerpt', async () => {
    await expect.poll(() => status(page).textContent()).toBe(en('nu_peopleCount_other', 3));
    // Most overdue first: Ayaka's last contact was 200 days ago (default cadence 90 days).
    await expect.poll(() => rowNames(page)).toEqual(['田中 彩花', 'Ken Watanabe', 'Emma Smith']);
    const ayaka = page.locator('[role=option]').first();
    expect(await ayaka.locator('.site').textContent()).toBe(en('siteLinkedin'));
    expect((await ayaka.locator('.overdue').textContent())?.startsWith(upToFirstPlaceholder(en, 'peopleOverdue'))).toBe(true);
    expect(await ayaka.locator('.tag').allTextContents()).toEqual(['mentor', '勉強会']);
    expect(await ayaka.locator('.excerpt').textContent()).toBe('サプライチェーンの勉強会で会った。地元が同じ。');
    expect(await ayaka.textContent()).toContain(en('industry_hospitals_health_care'));
    const ken = page.locator('[role=option]').nth(1);
    expect(await ken.locator('.site').textContent()).toBe(en('siteX'));
    expect(await ken.locator('.overdue').count()).toBe(0);
    expect(await ken.textContent()).toMatch(new RegExp(`${upToFirstPlaceholder(en, 'popupLastContact')}\\w+ \\d+, \\d{4}`));
  });

  it('sorts by name, last contact and recent update', async () => {
    const sort = page.getByTestId('people-sort');
    await sort.selectOption('name');
    await expect.poll(() => rowNames(page)).toEqual(['Emma Smith', 'Ken Watanabe', '田中 彩花']);
    await sort.selectOption('last');
    await expect.poll(() => rowNames(page)).toEqual(['Ken Watanabe', '田中 彩花', 'Emma Smith']);
    await sort.selectOption('updated');
    await expect.poll(() => rowNames(page)).toEqual(['Emma Smith', 'Ken Watanabe', '田中 彩花']);
    await sort.selectOption('due');
    await expect.poll(() => rowNames(page)).toEqual(['田中 彩花', 'Ken Watanabe', 'Emma Smith']);
  });

  it('finds a person by a word in a note and highlights it', async () => {
    expect(await page.getByTestId('people-search').getAttribute('type')).toBe('search');
    await search(page, 'kanaz');
    await expect.poll(() => rowNames(page)).toEqual(['Ken Watanabe']);
    expect(await page.locator('[role=option] mark').allTextContents()).toEqual(['Kanaz']);
    expect(await status(page).textContent()).toBe(en('peopleMatches', 1, 3));
  });

  it('matches across half-width, hiragana/katakana, case and accents; every word must match', async () => {
    await search(page, 'ｻﾌﾟﾗｲ');
    await expect.poll(() => rowNames(page)).toEqual(['田中 彩花']);
    expect(await page.locator('[role=option] .excerpt mark').allTextContents()).toEqual(['サプライ']);
    await search(page, 'さぷらいちぇーん');
    await expect.poll(() => rowNames(page)).toEqual(['田中 彩花']);
    await search(page, 'CAFE kanazawa');
    await expect.poll(() => rowNames(page)).toEqual(['Ken Watanabe']);
    expect(await page.locator('[role=option] .excerpt mark').allTextContents()).toEqual(['Café', 'Kanazawa']);
    await search(page, 'hiking');
    await expect.poll(() => rowNames(page)).toEqual(['Ken Watanabe']);
    await search(page, 'cafe tokyo');
    await expect.poll(() => status(page).textContent()).toBe(en('peopleNoMatches', 'cafe tokyo'));
    expect(await page.locator('[role=option]').count()).toBe(0);
    await search(page, '');
    await expect.poll(() => rowNames(page)).toHaveLength(3);
  });

  it('is keyboard-complete: / focuses search, arrows move, Enter opens, Esc closes', async () => {
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('people-search');
    await page.keyboard.type('勉強会');
    await expect.poll(() => rowNames(page)).toEqual(['田中 彩花']);
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await expect.poll(() => rowNames(page)).toHaveLength(3);
    await page.keyboard.press('ArrowDown');
    const list = page.getByTestId('people-list');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('listbox');
    expect(await list.getAttribute('aria-activedescendant')).toBe('person-0');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#person-1').getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    const view = page.getByTestId('person-view');
    await expect.poll(() => view.locator('h2').textContent()).toBe('Ken Watanabe');
    expect(await view.textContent()).toContain('Talked about Café culture in Kanazawa.');
    expect(await view.textContent()).toContain('Sent the hiking article');
    expect(await view.getByRole('link', { name: en('personOpenProfile', en('siteX')) }).getAttribute('href')).toBe('https://x.com/ken_dev');
    await page.keyboard.press('Escape');
    await expect.poll(() => view.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('listbox');
  });

  it('passes axe (WCAG 2.2 AA) in light and dark, with a search and a person open', async () => {
    await search(page, 'kanazawa');
    await page.locator('[role=option]').first().click();
    await expect.poll(() => page.getByTestId('person-view').locator('h2').textContent()).toBe('Ken Watanabe');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const report = await runAxe(page);
      reportAndFilter(`people (${colorScheme})`, report);
      expect(report.violations.map((v) => v.id)).toEqual([]);
      expect(report.passed).toContain('color-contrast');
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.keyboard.press('Escape');
    await search(page, '');
  });

  it('keeps hostile data inert: bidi overrides, a 10,000-character note, 500 tags', async () => {
    await send(page, 'note:add', { profile: MALLORY, body: LONG_NOTE });
    // 500 tags cannot arrive through any write path (20 is the limit), so they are put straight
    // into the database, as a damaged or foreign file might have left them.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('kakehashi');
          open.onsuccess = () => {
            const store = open.result.transaction('contacts', 'readwrite').objectStore('contacts');
            const get = store.get('linkedin:mallory-hostile');
            get.onsuccess = () => {
              const put = store.put({ ...get.result, tags: Array.from({ length: 500 }, (_, i) => `tag-${i}-${'x'.repeat(30)}`) });
              put.onsuccess = () => resolve();
              put.onerror = () => reject(put.error);
            };
          };
          open.onerror = () => reject(open.error);
        }),
    );
    await page.reload();
    await search(page, 'zebra');
    await expect.poll(() => rowNames(page)).toEqual([BIDI_NAME]);
    const row = page.locator('[role=option]').first();
    expect(await row.locator('.excerpt').textContent()).toMatch(/^…長い記録 .*ZEBRA-END$/);
    expect(await row.locator('.excerpt mark').allTextContents()).toEqual(['ZEBRA']);
    expect(await row.locator('.tag').count()).toBe(4);
    expect(await row.textContent()).toContain(en('peopleMoreTags', 496));
    const layout = await page.evaluate(() => {
      const option = document.querySelector<HTMLElement>('[role=option]')!;
      return {
        rowHeight: option.getBoundingClientRect().height,
        rowOverflows: option.scrollWidth > option.clientWidth + 1,
        pageOverflows: document.documentElement.scrollWidth > document.documentElement.clientWidth,
        images: document.querySelectorAll('img').length,
      };
    });
    expect(layout).toEqual({ rowHeight: 84, rowOverflows: false, pageOverflows: false, images: 0 });
    await row.click();
    const view = page.getByTestId('person-view');
    await expect.poll(() => view.locator('h2').textContent()).toBe(BIDI_NAME);
    expect(await view.locator('.tag').count()).toBe(500);
    expect(await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)).toBe(false);
    await page.keyboard.press('Escape');
    await search(page, '');
  });

  it('is linked from the popup and the options page, and the manifest has its keyboard command', async () => {
    const popup = await session.openPopup();
    expect(await popup.getByTestId('people-link').getAttribute('href')).toBe(`chrome-extension://${session.extensionId}/people.html`);
    await popup.close();
    const options = await session.openOptions();
    await options.getByTestId('people-link').click();
    await expect.poll(() => options.url()).toBe(`chrome-extension://${session.extensionId}/people.html`);
    await expect.poll(() => status(options).getAttribute('data-state')).toBe('ready');
    await options.close();
    const manifest = await page.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { commands?: unknown } } } }).chrome.runtime.getManifest());
    expect(manifest.commands).toMatchObject({ 'open-people': { suggested_key: { default: 'Alt+Shift+K' } } });
  });

  it('renders only a window of a long list, scrolls to the end, and searches what a restore brought in', async () => {
    const now = Date.now();
    const contacts: Contact[] = Array.from({ length: 3_000 }, (_, i) => ({
      id: `linkedin:person-${i}`, site: 'linkedin', handle: `person-${i}`, url: `https://www.linkedin.com/in/person-${i}/`,
      name: `Person ${String(i).padStart(4, '0')}`, headline: null, company: null, location: null, avatarUrl: null,
      industry: null, industrySource: null, tags: [], cadenceDays: null, lastContactAt: null, nextDueAt: null, snoozedUntil: null,
      personId: null, connectedAt: null, createdAt: now - DAY_MS, updatedAt: now - DAY_MS, lastVisitedAt: null, userEditedAt: null,
    }));
    const notes: Note[] = [{ id: 1, contactId: 'linkedin:person-2999', body: '最後の人: 富山の薬売り', createdAt: now - DAY_MS, updatedAt: now - DAY_MS }];
    const backup = serializeBackup({ contacts, notes, touches: [], settings: { ...DEFAULT_SETTINGS, language: 'en' }, suggestionLog: [] }, now);
    const options = await session.openOptions();
    await options.getByTestId('restore-file').setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    await options.getByTestId('restore-merge').click();
    await expect.poll(() => options.getByTestId('restore-status').getAttribute('data-state'), { timeout: 60_000 }).toBe('done');
    await options.close();

    await page.reload();
    await expect.poll(() => status(page).textContent()).toBe(en('nu_peopleCount_other', 3_000 + 4));
    await page.getByTestId('people-sort').selectOption('name');
    await expect.poll(() => rowNames(page).then((n) => n[0])).toBe('Emma Smith');
    expect(await page.locator('[role=option]').count()).toBeLessThan(40);
    await page.getByTestId('people-list').evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect.poll(() => rowNames(page).then((n) => n.at(-1))).toBe('田中 彩花');
    expect(await page.locator('[role=option]').count()).toBeLessThan(40);
    await search(page, '薬売り');
    await expect.poll(() => rowNames(page)).toEqual(['Person 2999']);
    expect(session.foreignRequests()).toEqual([]);
  });
});
