/**
 * The People page's bulk slice in real Chromium: selection (click, Shift-click, Space, select all)
 * → add a tag with the count shown → undo; set a region → undo; bulk delete + undo; a person deleted from the pane +
 * undo; duplicates (merge keeps the notes and the old profile URL opens the merged person in the
 * panel; "not the same" survives a reload); "same person as…" (a touch on the X record moves the
 * LinkedIn record's last contact); vCard download parsed by ical.js; "delete everything" behind the
 * typed confirmation, badge cleared; axe in light and dark.
 */
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS } from '../../utils/model';
import { reportAndFilter, runAxe } from './axe';
import { dumpDb, sendRaw } from './extension-page';
import { ETHAN } from './fixtures';
import { launchExtension, type ExtensionSession } from './harness';
import { en, ja } from './messages';
import { panel, panelName } from './panel';

type ChromeAction = { chrome: { action: { getBadgeText(details: object): Promise<string> } } };
const badge = (s: ExtensionSession) => s.worker.evaluate(() => (globalThis as unknown as ChromeAction).chrome.action.getBadgeText({}));

const profile = (site: 'linkedin' | 'x', handle: string, name: string, company: string | null = null) => ({
  site, handle, name, headline: null, company, location: null, avatarUrl: null,
});
const PEOPLE = ['Aoi Sato', 'Ben Kim', 'Chika Mori', 'Daichi Ono', 'Emi Ueda'].map((name, i) => profile('linkedin', `p-${i}`, name, i < 3 ? 'Kobo Works' : null));
const ETHAN_OLD = profile('linkedin', 'ethan-ohara-old', "Ethan O'Hara", 'Lumenfield');
const ETHAN_NEW = profile('linkedin', 'ethanohara', "Ethan O'Hara", 'Lumenfield');
const NAMESAKE = profile('x', 'ethan_o', "Ethan O'Hara");
const MORI_X = profile('x', 'dr_mori3', 'Dr.Mori - The Pig Whisperer');
const MORI_LI = profile('linkedin', 'mori-sensei', '森 先生');

async function send(page: Page, type: string, payload: unknown): Promise<void> {
  const reply = await sendRaw(page, { type, payload });
  expect(reply, `${type}`).toMatchObject({ ok: true });
}

const status = (page: Page) => page.getByTestId('people-status');
const rowNames = (page: Page) => page.locator('[role=option] .name').allTextContents();
const rowOf = (page: Page, name: string) => page.locator('[role=option]', { has: page.locator('.name', { hasText: name }) });

async function openPeople(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/people.html`);
  await expect.poll(() => status(page).getAttribute('data-state')).toBe('ready');
  return page;
}

async function search(page: Page, query: string): Promise<void> {
  await page.getByTestId('people-search').fill(query);
  await expect.poll(() => status(page).getAttribute('data-query')).toBe(query.trim() ? query : '');
}

describe('People page: selection, bulk actions, undo, duplicates, same person, vCard, delete everything', () => {
  let session: ExtensionSession;
  let page: Page;

  beforeAll(async () => {
    session = await launchExtension();
    session.serve({ ['https://www.linkedin.com/in/ethan-ohara-old/']: ETHAN.html() });
    page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/people.html`);
    const now = Date.now();
    for (const [i, p] of PEOPLE.entries()) await send(page, 'touch:log', { profile: p, kind: 'meeting', at: now - (300 - i) * DAY_MS });
    await page.reload();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('selects 3 by click and Shift-click, adds a tag saying how many first, and undo restores exactly', async () => {
    await expect.poll(() => rowNames(page)).toEqual(PEOPLE.map((p) => p.name));
    const before = await dumpDb(page);
    await rowOf(page, 'Ben Kim').getByTestId('select-box').click();
    await rowOf(page, 'Daichi Ono').getByTestId('select-box').click({ modifiers: ['Shift'] });
    await expect.poll(() => page.getByTestId('bulk-selected').textContent()).toBe(en('bulkSelected_other', 3));
    expect(await page.locator('[role=option][aria-checked=true] .name').allTextContents()).toEqual(['Ben Kim', 'Chika Mori', 'Daichi Ono']);
    await page.getByTestId('bulk-action').selectOption('add-tag');
    await page.getByTestId('bulk-tag').fill('勉強会');
    expect(await page.getByTestId('bulk-apply').textContent()).toBe(en('bulkApply_other', 3));
    await page.getByTestId('bulk-apply').click();
    await expect.poll(() => page.getByTestId('bulk-status').textContent()).toBe(en('bulkDone_other', 3));
    await expect.poll(() => rowOf(page, 'Chika Mori').locator('.tag').allTextContents()).toEqual(['勉強会']);
    await search(page, '勉強会');
    await expect.poll(() => rowNames(page)).toEqual(['Ben Kim', 'Chika Mori', 'Daichi Ono']);
    await page.getByTestId('bulk-undo').click();
    await expect.poll(() => page.getByTestId('bulk-status').textContent()).toBe(en('bulkUndone_other', 3));
    await expect.poll(() => status(page).textContent()).toBe(en('peopleNoMatches', '勉強会'));
    await search(page, '');
    expect(await dumpDb(page)).toEqual(before);
  });

  it('names every choice of the bulk cadence menu in words, the default one included', async () => {
    await page.getByTestId('bulk-action').selectOption('set-cadence');
    const options = await page.getByTestId('bulk-cadence').locator('option').evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent]));
    expect(options.find(([value]) => value === 'default')?.[1]).toBe(en('paneFilterCadenceDefault'));
    expect(options.filter(([, text]) => /^cadence_/.test(text ?? ''))).toEqual([]);
    await page.getByTestId('bulk-action').selectOption('add-tag');
  });

  it('sets a region on 2 selected people, saying how many first; search finds them by it; undo restores exactly', async () => {
    if (await page.getByTestId('bulk-clear').count()) await page.getByTestId('bulk-clear').click();
    const before = await dumpDb(page);
    await rowOf(page, 'Aoi Sato').getByTestId('select-box').click();
    await rowOf(page, 'Emi Ueda').getByTestId('select-box').click();
    await page.getByTestId('bulk-action').selectOption('set-region');
    expect(await page.locator('label[for=bulk-region]').textContent()).toBe(en('pbench_bulkRegionLabel'));
    expect(await page.locator('#bulk-region-hint').textContent()).toBe(en('pbench_bulkRegionHint'));
    await page.getByTestId('bulk-region').fill('  福岡 ');
    expect(await page.getByTestId('bulk-apply').textContent()).toBe(en('bulkApply_other', 2));
    await page.getByTestId('bulk-apply').click();
    await expect.poll(() => page.getByTestId('bulk-status').textContent()).toBe(en('bulkDone_other', 2));
    const regions = (await dumpDb(page)).contacts.filter((c) => c.region !== undefined).map((c) => [c.id, c.region]);
    expect(regions).toEqual([['linkedin:p-0', '福岡'], ['linkedin:p-4', '福岡']]);
    // The new spelling is offered as a suggestion at once, and the search finds them by it.
    await expect.poll(() => page.locator('#bulk-region-known option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(['福岡']);
    await search(page, '福岡');
    await expect.poll(() => rowNames(page)).toEqual(['Aoi Sato', 'Emi Ueda']);
    await search(page, '');
    await page.getByTestId('bulk-undo').click();
    await expect.poll(() => page.getByTestId('bulk-status').textContent()).toBe(en('bulkUndone_other', 2));
    expect(await dumpDb(page)).toEqual(before);
    await page.getByTestId('bulk-action').selectOption('add-tag');
  });

  it('by keyboard: Space selects, "select all" takes the searched set; bulk delete asks, says how many, and undo brings them back', async () => {
    await page.getByTestId('bulk-clear').click();
    await search(page, 'mori');
    await page.getByTestId('people-search').press('ArrowDown');
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByTestId('bulk-selected').textContent()).toBe(en('bulkSelected_one', 1));
    await page.getByTestId('bulk-clear').click();
    await search(page, 'kobo');
    await expect.poll(() => rowNames(page)).toEqual(['Aoi Sato', 'Ben Kim', 'Chika Mori']);
    const matching = 3;
    await page.getByTestId('bulk-select-all').click();
    await expect.poll(() => page.getByTestId('bulk-selected').getAttribute('data-count')).toBe(String(matching));
    const before = await dumpDb(page);
    await page.getByTestId('bulk-action').selectOption('delete');
    await page.getByTestId('bulk-apply').click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain(`Delete ${matching} people with all their notes`);
    await page.getByTestId('bulk-confirm').click();
    await expect.poll(() => page.getByTestId('bulk-status').textContent()).toBe(`Deleted ${matching} people.`);
    await search(page, '');
    await expect.poll(() => rowNames(page)).toHaveLength(PEOPLE.length - matching);
    await page.getByTestId('bulk-undo').click();
    await expect.poll(() => rowNames(page)).toHaveLength(PEOPLE.length);
    expect(await dumpDb(page)).toEqual(before);
  });

  it('deletes one person from the pane with everything about them, and undo restores them', async () => {
    await send(page, 'note:add', { profile: PEOPLE[4], body: 'Loves hiking in Nagano' });
    await page.reload();
    await rowOf(page, 'Emi Ueda').click();
    await page.getByTestId('person-delete').click();
    await expect.poll(() => page.getByTestId('bulk-status').textContent()).toBe(en('bulkDeleted_one', 1));
    await expect.poll(() => rowNames(page)).not.toContain('Emi Ueda');
    expect((await dumpDb(page)).notes).toEqual([]);
    await page.getByTestId('bulk-undo').click();
    await expect.poll(() => rowNames(page)).toContain('Emi Ueda');
    await search(page, 'nagano');
    await expect.poll(() => rowNames(page)).toEqual(['Emi Ueda']);
    await search(page, '');
  });

  it('finds a seeded duplicate pair; merge keeps the notes, and the old profile URL opens the merged person', async () => {
    await send(page, 'note:add', { profile: ETHAN_OLD, body: 'Met at the fintech meetup (old profile)' });
    await send(page, 'note:add', { profile: ETHAN_NEW, body: 'Changed jobs in 2026' });
    await send(page, 'contact:track', { profile: NAMESAKE });
    await page.reload();
    await page.getByTestId('duplicates-toggle').click();
    await expect.poll(() => page.getByTestId('duplicates-status').getAttribute('data-state')).toBe('ready');
    const pair = page.locator('[data-testid=duplicate-pair][data-away="linkedin:ethan-ohara-old"][data-keep="linkedin:ethanohara"]');
    expect(await pair.count()).toBe(1);
    await pair.getByTestId('dup-merge').click();
    await expect.poll(() => page.getByTestId('duplicates-message').textContent()).toContain("Merged into Ethan O'Hara");
    await expect.poll(() => pair.count()).toBe(0);
    // Undo, like a bulk action: both records as before, the old URL opens the old record again.
    expect(await page.getByTestId('bulk-status').textContent()).toContain("Merged into Ethan O'Hara");
    await page.getByTestId('bulk-undo').click();
    await expect.poll(() => page.getByTestId('bulk-status').textContent()).toBe('Undone: 2 people are as before.');
    await expect.poll(() => pair.count()).toBe(1);
    await search(page, 'fintech');
    await expect.poll(() => rowNames(page)).toEqual(["Ethan O'Hara"]);
    const before = await session.context.newPage();
    await before.goto('https://www.linkedin.com/in/ethan-ohara-old/');
    await expect.poll(() => panel(before).locator('.note .body').allTextContents()).toEqual(['Met at the fintech meetup (old profile)']);
    await before.close();
    await search(page, 'changed');
    await expect.poll(() => rowNames(page)).toEqual(["Ethan O'Hara"]);
    await search(page, '');
    // Merge again for good.
    await pair.getByTestId('dup-merge').click();
    await expect.poll(() => pair.count()).toBe(0);
    await search(page, 'fintech');
    await expect.poll(() => rowNames(page)).toEqual(["Ethan O'Hara"]);
    await search(page, '');

    const old = await session.context.newPage();
    await old.goto('https://www.linkedin.com/in/ethan-ohara-old/');
    await expect.poll(() => panel(old).locator('.note .body').allTextContents()).toEqual(['Changed jobs in 2026', 'Met at the fintech meetup (old profile)']);
    expect(await panelName(old).textContent()).toBe("Ethan O'Hara");
    await old.close();
  });

  it('"not the same" is remembered after a reload', async () => {
    const pair = page.locator('[data-testid=duplicate-pair][data-away="x:ethan_o"]');
    await expect.poll(() => pair.count()).toBe(1);
    await pair.getByTestId('dup-not-same').click();
    await expect.poll(() => pair.count()).toBe(0);
    await page.reload();
    await page.getByTestId('duplicates-toggle').click();
    await expect.poll(() => page.getByTestId('duplicates-status').getAttribute('data-state')).toBe('ready');
    expect(await page.locator('[data-testid=duplicate-pair]').count()).toBe(0);
    expect(await page.getByTestId('duplicates-status').textContent()).toBe(en('dupNone'));
    await page.getByTestId('duplicates-toggle').click();
  });

  it('links a LinkedIn and an X record: a touch on X moves the LinkedIn last contact; one timeline; unlink', async () => {
    await send(page, 'touch:log', { profile: MORI_LI, kind: 'meeting', at: Date.now() - 200 * DAY_MS });
    await send(page, 'note:add', { profile: MORI_X, body: 'Streams on weekends' });
    await page.reload();
    await rowOf(page, '森 先生').click();
    await page.getByTestId('same-input').fill('https://x.com/Dr_Mori3');
    await page.getByTestId('same-link').click();
    await expect.poll(() => page.getByTestId('same-status').textContent()).toBe(en('sameDone'));
    await expect.poll(() => page.getByTestId('person-view').textContent()).toContain('Streams on weekends');

    // The touch the X panel sends, on the X record only.
    await send(page, 'touch:log', { profile: MORI_X, kind: 'message', at: Date.now() - DAY_MS });
    const db = await dumpDb(page);
    const [li, xr] = ['linkedin:mori-sensei', 'x:dr_mori3'].map((id) => db.contacts.find((c) => c.id === id)!);
    expect(li!.lastContactAt).toBe(xr!.lastContactAt);
    expect(li!.personId).toBe(xr!.personId);
    expect(li!.nextDueAt).toBe(xr!.nextDueAt);
    await page.reload();
    await rowOf(page, '森 先生').click();
    await expect.poll(() => page.getByTestId('person-view').textContent()).toContain('Message');
    await page.getByTestId('same-unlink').click();
    await expect.poll(() => page.getByTestId('same-status').textContent()).toBe(en('sameUnlinked'));
    expect((await dumpDb(page)).contacts.find((c) => c.id === 'linkedin:mori-sensei')!.personId).toBeNull();
    await page.keyboard.press('Escape');
  });

  it('downloads a vCard 4.0 of the selection that a real parser reads', async () => {
    if (await page.getByTestId('bulk-clear').count()) await page.getByTestId('bulk-clear').click();
    await rowOf(page, 'Aoi Sato').getByTestId('select-box').click();
    await rowOf(page, "Ethan O'Hara").filter({ has: page.locator('.site', { hasText: 'LinkedIn' }) }).getByTestId('select-box').click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('bulk-vcard').click()]);
    expect(file.suggestedFilename()).toMatch(/^kakehashi-contacts-\d{4}-\d{2}-\d{2}\.vcf$/);
    const text = Buffer.concat(await (async () => { const chunks: Buffer[] = []; for await (const c of (await file.createReadStream())) chunks.push(c as Buffer); return chunks; })()).toString('utf8');
    expect(text).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/);
    const parsed = ICAL.parse(text) as unknown[];
    const cards = (parsed as unknown[][]).map((j) => new ICAL.Component(j));
    expect(cards.map((c) => c.getFirstPropertyValue('fn')).sort()).toEqual(['Aoi Sato', "Ethan O'Hara"]);
    const ethan = cards.find((c) => c.getFirstPropertyValue('fn') === "Ethan O'Hara")!;
    expect(ethan.getFirstPropertyValue('org')).toBe('Lumenfield');
    expect(ethan.getFirstPropertyValue('url')).toBe('https://www.linkedin.com/in/ethanohara/');
    expect(ethan.getFirstPropertyValue('note')).toContain('Met at the fintech meetup (old profile)');
    await expect.poll(() => page.getByTestId('bulk-status').textContent()).toMatch(/^Saved kakehashi-contacts-.*\.vcf \(2 cards\)\.$/);
  });

  it('passes axe (WCAG 2.2 AA) in light and dark with a selection, the duplicates and a person open', async () => {
    await page.getByTestId('duplicates-toggle').click();
    // The bulk bar with its region field (input, suggestions, hint) shown.
    await page.getByTestId('bulk-action').selectOption('set-region');
    await rowOf(page, 'Aoi Sato').click();
    await expect.poll(() => page.getByTestId('same-person').count()).toBe(1);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const report = await runAxe(page);
      reportAndFilter(`people bulk (${colorScheme})`, report);
      expect(report.violations.map((v) => v.id)).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    const options = await session.openOptions();
    for (const colorScheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme });
      const report = await runAxe(options);
      reportAndFilter(`options delete-all (${colorScheme})`, report);
      expect(report.violations.map((v) => v.id)).toEqual([]);
    }
    await options.close();
  });

  it('"delete everything" needs the typed word, then clears every table and the badge', async () => {
    await expect.poll(() => badge(session)).not.toBe('');
    const options = await session.openOptions();
    const button = options.getByTestId('delete-all');
    expect(await button.isDisabled()).toBe(true);
    await options.getByTestId('delete-all-input').fill('delete');
    expect(await button.isDisabled()).toBe(true);
    await options.getByTestId('delete-all-input').fill('DELETE');
    await button.click();
    await expect.poll(() => options.getByTestId('delete-all-status').getAttribute('data-state')).toBe('done');
    const db = await dumpDb(options);
    expect(Object.values(db).every((rows) => rows.length === 0)).toBe(true);
    await expect.poll(() => badge(session)).toBe('');
    await options.close();
    await page.reload();
    await expect.poll(() => status(page).getAttribute('data-count')).toBe('0');
    expect(await status(page).textContent()).toBe(en('peopleEmpty'));
    expect(session.foreignRequests()).toEqual([]);
  });
});

describe('People page bulk slice in Japanese', () => {
  it('shows the bulk bar, duplicates and the delete-everything confirmation in Japanese (削除)', async () => {
    const session = await launchExtension({ locale: 'ja' });
    try {
      const page = await openPeople(session);
      await send(page, 'contact:track', { profile: profile('linkedin', 'a', '田中 彩花') });
      await page.reload();
      await expect.poll(() => page.getByTestId('bulk-apply').textContent()).toBe(ja('bulkApply_other', 1));
      expect(await page.getByTestId('bulk-selected').textContent()).toBe(ja('bulkNoneSelected'));
      expect(await page.getByTestId('duplicates-toggle').textContent()).toBe(ja('dupShow'));
      const options = await session.openOptions();
      await options.getByTestId('delete-all-input').fill('DELETE');
      expect(await options.getByTestId('delete-all').isDisabled()).toBe(true);
      await options.getByTestId('delete-all-input').fill('削除');
      await options.getByTestId('delete-all').click();
      await expect.poll(() => options.getByTestId('delete-all-status').textContent()).toBe(ja('deleteAllDone'));
    } finally {
      await session.close();
    }
  });
});
