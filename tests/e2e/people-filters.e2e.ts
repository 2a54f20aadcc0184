/**
 * The People page's filters in real Chromium: combinable, kept in the query string (a bookmarked
 * URL opens filtered, reload and back/forward restore each view), combined with search and sort,
 * with a count and clear-all. Seeded through the extension's own messages.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS } from '../../utils/model';
import { reportAndFilter, runAxe } from './axe';
import { sendRaw } from './extension-page';
import { launchExtension, type ExtensionSession } from './harness';
import { en } from './messages';

const profile = (site: 'linkedin' | 'x', handle: string, name: string) => ({ site, handle, name, headline: null, company: null, location: null, avatarUrl: null });
const AYAKA = profile('linkedin', 'ayaka-tanaka', 'Ayaka Tanaka');
const KEN = profile('x', 'ken_dev', 'Ken Watanabe');
const EMMA = profile('linkedin', 'emma-smith', 'Emma Smith');
const RIKU = profile('x', 'riku', 'Riku Sato');

async function send(page: Page, type: string, payload: unknown): Promise<void> {
  const reply = await sendRaw(page, { type, payload });
  expect(reply, `${type}`).toMatchObject({ ok: true });
}

const status = (page: Page) => page.getByTestId('people-status');
const rowNames = (page: Page) => page.locator('[role=option] .name').allTextContents();
const filtersOf = (page: Page) => status(page).getAttribute('data-filters');

describe('People page: filters', () => {
  let session: ExtensionSession;
  let page: Page;
  let base: string;

  beforeAll(async () => {
    session = await launchExtension();
    page = await session.context.newPage();
    base = `chrome-extension://${session.extensionId}/people.html`;
    await page.goto(base);
    const now = Date.now();
    await send(page, 'touch:log', { profile: AYAKA, kind: 'meeting', at: now - 200 * DAY_MS });
    await send(page, 'contact:update', { profile: AYAKA, patch: { tags: ['mentor'], industry: 'education' } });
    await send(page, 'touch:log', { profile: KEN, kind: 'message', at: now - 2 * DAY_MS, note: 'kanazawa trip' });
    await send(page, 'contact:update', { profile: KEN, patch: { tags: ['mentor', 'kanazawa'], industry: 'education' } });
    await send(page, 'contact:update', { profile: EMMA, patch: { cadenceDays: 0, industry: 'education' } });
    await send(page, 'contact:track', { profile: RIKU });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('filters combine, show a count, and land in the query string', async () => {
    await page.goto(base);
    await expect.poll(() => status(page).textContent()).toBe(en('nu_peopleCount_other', 4));
    await page.getByTestId('filter-industry').selectOption('education');
    await expect.poll(() => rowNames(page)).toEqual(['Ayaka Tanaka', 'Ken Watanabe', 'Emma Smith']);
    expect(await status(page).textContent()).toBe(en('peopleMatches', 3, 4));
    await page.getByTestId('filter-tag').fill('mentor');
    await page.getByTestId('filter-tag').press('Enter');
    await expect.poll(() => rowNames(page)).toEqual(['Ayaka Tanaka', 'Ken Watanabe']);
    await page.getByTestId('filter-status').selectOption('overdue');
    await expect.poll(() => rowNames(page)).toEqual(['Ayaka Tanaka']);
    expect(new URL(page.url()).search).toBe('?industry=education&tag=mentor&status=overdue');
    // Combined with search: Ken's touch note says kanazawa, but he is not overdue.
    await page.getByTestId('filter-status').selectOption('');
    await page.getByTestId('people-search').fill('kanazawa');
    await expect.poll(() => rowNames(page)).toEqual(['Ken Watanabe']);
    await page.getByTestId('people-search').fill('');
    await expect.poll(() => rowNames(page)).toEqual(['Ayaka Tanaka', 'Ken Watanabe']);
    // And with sort.
    await page.getByTestId('people-sort').selectOption('name');
    await expect.poll(() => rowNames(page)).toEqual(['Ayaka Tanaka', 'Ken Watanabe']);
    await page.getByTestId('people-sort').selectOption('last');
    await expect.poll(() => rowNames(page)).toEqual(['Ken Watanabe', 'Ayaka Tanaka']);
    await page.getByTestId('people-sort').selectOption('due');
  });

  it('several tags in one filter: all must match, kept in the URL, bookmarkable, removable', async () => {
    await page.goto(base);
    await expect.poll(() => status(page).textContent()).toBe(en('nu_peopleCount_other', 4));
    const tagBox = page.getByTestId('filter-tag');
    await tagBox.fill('mentor');
    await tagBox.press('Enter');
    await expect.poll(() => rowNames(page)).toEqual(['Ayaka Tanaka', 'Ken Watanabe']);
    await tagBox.fill('kanazawa');
    await tagBox.press('Enter');
    await expect.poll(() => rowNames(page)).toEqual(['Ken Watanabe']);
    expect(await tagBox.inputValue()).toBe('');
    expect(new URL(page.url()).search).toBe('?tag=mentor&tag=kanazawa');
    const chips = () => page.getByTestId('filter-tag-chip').evaluateAll((els) => els.map((e) => e.getAttribute('data-tag')));
    expect(await chips()).toEqual(['mentor', 'kanazawa']);
    expect(await status(page).textContent()).toBe(en('peopleMatches', 1, 4));
    await page.reload();
    await expect.poll(() => rowNames(page)).toEqual(['Ken Watanabe']);
    expect(await chips()).toEqual(['mentor', 'kanazawa']);
    // A bookmark in the other order, with a tag nobody has: all must match.
    await page.goto(`${base}?tag=kanazawa&tag=mentor`);
    await expect.poll(() => rowNames(page)).toEqual(['Ken Watanabe']);
    await page.goto(`${base}?tag=mentor&tag=nobody`);
    await expect.poll(() => status(page).textContent()).toBe(en('paneFilterNoMatches'));
    // Removing a chip by keyboard widens the view again and is a step back can undo.
    await page.goto(`${base}?tag=mentor&tag=kanazawa`);
    await expect.poll(() => rowNames(page)).toEqual(['Ken Watanabe']);
    const remove = page.locator('[data-testid=filter-tag-chip][data-tag=kanazawa] [data-testid=filter-tag-remove]');
    expect(await remove.textContent()).toBe(`×${en('pplTags_remove', 'kanazawa')}`);
    await remove.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => rowNames(page)).toEqual(['Ayaka Tanaka', 'Ken Watanabe']);
    expect(new URL(page.url()).search).toBe('?tag=mentor');
    await page.goBack();
    await expect.poll(() => rowNames(page)).toEqual(['Ken Watanabe']);
    expect(await chips()).toEqual(['mentor', 'kanazawa']);
  });

  it('back and forward walk through the filtered views; reload keeps the view', async () => {
    await page.goto(base);
    await expect.poll(() => status(page).textContent()).toBe(en('nu_peopleCount_other', 4));
    await page.getByTestId('filter-site').selectOption('x');
    await expect.poll(() => rowNames(page)).toEqual(['Ken Watanabe', 'Riku Sato']);
    await page.getByTestId('filter-touched').selectOption('within');
    await page.getByTestId('filter-days').fill('7');
    await expect.poll(() => rowNames(page)).toEqual(['Ken Watanabe']);
    expect(await filtersOf(page)).toBe('?site=x&within=7');
    await page.reload();
    await expect.poll(() => rowNames(page)).toEqual(['Ken Watanabe']);
    expect(await page.getByTestId('filter-site').inputValue()).toBe('x');
    expect(await page.getByTestId('filter-days').inputValue()).toBe('7');
    await page.goBack();
    await expect.poll(() => filtersOf(page)).toBe('?site=x');
    await expect.poll(() => rowNames(page)).toEqual(['Ken Watanabe', 'Riku Sato']);
    await page.goBack();
    await expect.poll(() => filtersOf(page)).toBe('');
    await expect.poll(() => status(page).textContent()).toBe(en('nu_peopleCount_other', 4));
    await page.goForward();
    await expect.poll(() => rowNames(page)).toEqual(['Ken Watanabe', 'Riku Sato']);
    expect(await page.getByTestId('filter-site').inputValue()).toBe('x');
  });

  it('opens a bookmarked filtered view; reminders off, never contacted, cadence; clear all', async () => {
    await page.goto(`${base}?status=off`);
    await expect.poll(() => rowNames(page)).toEqual(['Emma Smith']);
    expect(await page.getByTestId('filter-status').inputValue()).toBe('off');
    await page.goto(`${base}?status=never`);
    await expect.poll(() => rowNames(page)).toEqual(['Riku Sato', 'Emma Smith']);
    await page.goto(`${base}?cadence=none`);
    await expect.poll(() => rowNames(page)).toEqual(['Emma Smith']);
    await page.goto(`${base}?imported=1`);
    await expect.poll(() => status(page).textContent()).toBe(en('paneFilterNoMatches'));
    // A hand-edited URL with nonsense still opens the page, unfiltered.
    await page.goto(`${base}?industry=astrology&status=later`);
    await expect.poll(() => status(page).textContent()).toBe(en('nu_peopleCount_other', 4));
    await page.goto(`${base}?tag=mentor&site=linkedin`);
    await expect.poll(() => rowNames(page)).toEqual(['Ayaka Tanaka']);
    await page.getByTestId('filter-clear').click();
    await expect.poll(() => status(page).textContent()).toBe(en('nu_peopleCount_other', 4));
    expect(new URL(page.url()).search).toBe('');
    expect(await page.getByTestId('filter-tag').inputValue()).toBe('');
    expect(await page.getByTestId('filter-clear').isDisabled()).toBe(true);
  });

  it('is axe-clean with filters set, light and dark', async () => {
    await page.goto(`${base}?tag=mentor&tag=kanazawa&status=due`);
    await expect.poll(() => status(page).textContent()).toBe(en('paneFilterNoMatches'));
    await page.goto(`${base}?tag=mentor&status=due`);
    await expect.poll(() => rowNames(page)).toEqual(['Ayaka Tanaka']);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(reportAndFilter(`people filters (${scheme})`, await runAxe(page))).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });
});
