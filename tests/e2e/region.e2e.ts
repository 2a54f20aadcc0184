/**
 * Regions in real Chromium: a person's region typed in the People page's pane (by keyboard, with
 * the regions typed before suggested), found by search and by the region filter across width and
 * kana forms (kept in the URL), the hometown and current city in the options page, and Insights'
 * "hometown and elsewhere" table; axe in light and dark; Japanese. Seeded through the extension's
 * own messages.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS } from '../../utils/model';
import { reportAndFilter, runAxe } from './axe';
import { dumpDb, sendRaw } from './extension-page';
import { launchExtension, type ExtensionSession } from './harness';
import { en, ja } from './messages';

const profile = (handle: string, name: string) => ({ site: 'linkedin', handle, name, headline: null, company: null, location: null, avatarUrl: null });
const PEOPLE = { aya: '田中 彩花', ken: 'Ken Watanabe', mio: 'Mio Sato', rin: 'Rin Ito' } as const;

async function send(page: Page, type: string, payload: unknown): Promise<void> {
  const reply = await sendRaw(page, { type, payload });
  expect(reply, `${type}`).toMatchObject({ ok: true });
}

const status = (page: Page) => page.getByTestId('people-status');
const rowNames = (page: Page) => page.locator('[role=option] .name').allTextContents();
const pane = (page: Page) => page.getByTestId('person-view');
const regionOf = async (page: Page, handle: string) => (await dumpDb(page)).contacts.find((c) => c.id === `linkedin:${handle}`)?.region;

async function openPerson(page: Page, name: string): Promise<void> {
  await page.locator('[role=option]', { hasText: name }).click();
  await expect.poll(() => pane(page).locator('h2').textContent()).toBe(name);
}

/** Types a region into the pane by keyboard only and confirms it with `key`. */
async function typeRegion(page: Page, text: string, key: 'Enter' | 'Tab'): Promise<void> {
  const field = pane(page).getByTestId('pane-region');
  await field.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.type(text);
  await page.keyboard.press(key);
}

describe('regions: pane, search, filter, settings and Insights', () => {
  let session: ExtensionSession;
  let page: Page;

  beforeAll(async () => {
    session = await launchExtension();
    page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/people.html`);
    const now = Date.now();
    for (const [handle, name] of Object.entries(PEOPLE)) await send(page, 'contact:update', { profile: profile(handle, name), patch: { tags: ['t'] } });
    await send(page, 'touch:log', { profile: profile('aya', PEOPLE.aya), kind: 'meeting', at: now - 3 * DAY_MS });
    await send(page, 'touch:log', { profile: profile('aya', PEOPLE.aya), kind: 'thanks', at: now - 2 * DAY_MS });
    await send(page, 'touch:log', { profile: profile('ken', PEOPLE.ken), kind: 'message', at: now - DAY_MS });
    await send(page, 'touch:log', { profile: profile('rin', PEOPLE.rin), kind: 'message', at: now - DAY_MS });
    await send(page, 'touch:log', { profile: profile('mio', PEOPLE.mio), kind: 'message', at: now - 200 * DAY_MS });
    await page.reload();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the pane saves a region typed by keyboard, as typed, and suggests it for the next person', async () => {
    await expect.poll(() => status(page).textContent()).toBe(en('nu_peopleCount_other', 4));
    await openPerson(page, PEOPLE.aya);
    await typeRegion(page, ' ﾌｸｵｶ ', 'Enter');
    await expect.poll(() => regionOf(page, 'aya')).toBe('ﾌｸｵｶ');
    await openPerson(page, PEOPLE.ken);
    await expect.poll(() => pane(page).locator('#pane-region-known option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(['ﾌｸｵｶ']);
    await typeRegion(page, 'Tokyo', 'Tab');
    await expect.poll(() => regionOf(page, 'ken')).toBe('Tokyo');
    await openPerson(page, PEOPLE.rin);
    await typeRegion(page, '大阪', 'Enter');
    await expect.poll(() => regionOf(page, 'rin')).toBe('大阪');
    // Cleared: stored as unknown, not as ''.
    await typeRegion(page, '', 'Enter');
    await expect.poll(async () => (await dumpDb(page)).contacts.find((c) => c.id === 'linkedin:rin')).not.toHaveProperty('region');
    await typeRegion(page, '大阪', 'Enter');
    await expect.poll(() => regionOf(page, 'rin')).toBe('大阪');
    await expect.poll(() => pane(page).getByTestId('pane-region').inputValue()).toBe('大阪');
  });

  it('search finds a person by region across width and kana', async () => {
    await page.getByTestId('people-search').fill('ふくおか');
    await expect.poll(() => rowNames(page)).toEqual([PEOPLE.aya]);
    await page.getByTestId('people-search').fill('');
    await expect.poll(() => status(page).textContent()).toBe(en('nu_peopleCount_other', 4));
  });

  it('filters by region (any spelling), kept in the URL through a reload, and clears', async () => {
    const filter = page.getByTestId('filter-region');
    await filter.fill('フクオカ');
    await filter.press('Enter');
    await expect.poll(() => rowNames(page)).toEqual([PEOPLE.aya]);
    expect(new URL(page.url()).searchParams.get('region')).toBe('フクオカ');
    await page.reload();
    await expect.poll(() => rowNames(page)).toEqual([PEOPLE.aya]);
    expect(await page.getByTestId('filter-region').inputValue()).toBe('フクオカ');
    await page.getByTestId('filter-clear').click();
    await expect.poll(() => status(page).textContent()).toBe(en('nu_peopleCount_other', 4));
    expect(new URL(page.url()).search).toBe('');
  });

  it('passes axe with the pane open, light and dark', async () => {
    await openPerson(page, PEOPLE.aya);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const report = await runAxe(page);
      reportAndFilter(`region pane (${colorScheme})`, report);
      expect(report.violations.map((v) => v.id)).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('the options page keeps the hometown and current city, with the typed regions suggested', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const hometown = options.getByTestId('settings-hometown');
    await expect.poll(() => options.locator('#kk-hometown-known option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(['Tokyo', '大阪', 'ﾌｸｵｶ']);
    await hometown.fill('ふくおか');
    await hometown.press('Enter');
    await expect.poll(async () => (await dumpDb(options)).settings[0]).toMatchObject({ hometown: 'ふくおか' });
    await options.getByLabel(en('regionSettingsCity')).fill('TOKYO');
    await options.getByLabel(en('regionSettingsCity')).press('Tab');
    await expect.poll(async () => (await dumpDb(options)).settings[0]).toMatchObject({ hometown: 'ふくおか', currentCity: 'TOKYO' });
    for (const colorScheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme });
      const report = await runAxe(options);
      reportAndFilter(`options hometown (${colorScheme})`, report);
      expect(report.violations.map((v) => v.id)).toEqual([]);
    }
    await options.reload();
    await expect.poll(() => options.getByTestId('settings-hometown').inputValue()).toBe('ふくおか');
    expect(await options.getByTestId('settings-city').inputValue()).toBe('TOKYO');
    await options.close();
  });

  it('Insights shows people and the last 90 days of touches from the hometown, the city, elsewhere and unknown', async () => {
    await page.goto(`chrome-extension://${session.extensionId}/people.html#insights`);
    const table = page.getByTestId('insights-region');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(4);
    const rows = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [tr.getAttribute('data-group'), tr.getAttribute('data-people'), tr.getAttribute('data-touches'), tr.querySelector('th')!.textContent]),
    );
    expect(rows).toEqual([
      ['hometown', '1', '2', en('regionGroupHometown', 'ふくおか')],
      ['city', '1', '1', en('regionGroupCity', 'TOKYO')],
      ['elsewhere', '1', '1', en('regionGroupElsewhere')],
      // Mio: no region, touched only 200 days ago.
      ['unknown', '1', '0', en('regionGroupUnknown')],
    ]);
    expect(await table.locator('tbody tr[data-group=hometown] td').allTextContents()).toEqual(['25% (1)', '50% (2)']);
    expect(await table.locator('caption').textContent()).toBe(en('regionInsightsSummary'));
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const report = await runAxe(page);
      reportAndFilter(`insights region (${colorScheme})`, report);
      expect(report.violations.map((v) => v.id)).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('made no network request of its own', () => {
    expect(session.foreignRequests()).toEqual([]);
  });
});

describe('regions in Japanese', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension({ locale: 'ja' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('Insights and the pane speak Japanese', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/people.html`);
    await send(page, 'contact:update', { profile: profile('aya', PEOPLE.aya), patch: { tags: ['t'] } });
    await page.reload();
    await openPerson(page, PEOPLE.aya);
    expect(await pane(page).locator('label[for=pane-region]').textContent()).toBe(ja('regionLabel'));
    await page.goto(`chrome-extension://${session.extensionId}/people.html#insights`);
    await expect.poll(() => page.locator('#insights-region-heading').textContent()).toBe(ja('regionInsightsHeading'));
    expect(await page.getByTestId('insights-region').locator('tbody th').allTextContents()).toEqual([ja('regionGroupHometownUnset'), ja('regionGroupCityUnset'), ja('regionGroupElsewhere'), ja('regionGroupUnknown')]);
    expect(await page.getByTestId('insights-region-unset').textContent()).toContain(ja('regionInsightsUnset'));
  });
});
