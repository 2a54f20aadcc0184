/**
 * The People page's person pane and per-tag cadences in real Chromium: edit a note and search finds
 * the new word (and no longer the deleted one); add, edit and delete touches and watch the last
 * contact and next due move; the tag editor's autocomplete on the page and in the in-page panel;
 * a tag's cadence set in the options page re-dates the people with that tag. Seeded through the
 * extension's own messages, like the panel.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS } from '../../utils/model';
import { reportAndFilter, runAxe } from './axe';
import { dumpDb, sendRaw } from './extension-page';
import { ETHAN } from './fixtures';
import { launchExtension, type ExtensionSession } from './harness';
import { en, upToFirstPlaceholder } from './messages';
import { panel, panelName } from './panel';

const profile = (site: 'linkedin' | 'x', handle: string, name: string) => ({ site, handle, name, headline: null, company: null, location: null, avatarUrl: null });
const AYAKA = profile('linkedin', 'ayaka-tanaka', '田中 彩花');
const KEN = profile('x', 'ken_dev', 'Ken Watanabe');
const fmt = (at: number) => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(new Date(at));
/** Local noon `days` ago, as the date fields store a picked day. */
const dayAt = (daysAgo: number) => {
  const d = new Date(Date.now() - daysAgo * DAY_MS);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate(), 12).getTime();
};
const iso = (at: number) => {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

async function send(page: Page, type: string, payload: unknown): Promise<unknown> {
  const reply = await sendRaw(page, { type, payload });
  expect(reply, `${type}`).toMatchObject({ ok: true });
  return (reply as { data: unknown }).data;
}

const status = (page: Page) => page.getByTestId('people-status');
const rowNames = (page: Page) => page.locator('[role=option] .name').allTextContents();
const pane = (page: Page) => page.getByTestId('person-view');

async function search(page: Page, query: string): Promise<void> {
  await page.getByTestId('people-search').fill(query);
  await expect.poll(() => status(page).getAttribute('data-query')).toBe(query.trim() ? query : '');
}

async function openPerson(page: Page, name: string): Promise<void> {
  await page.locator('[role=option]', { hasText: name }).click();
  await expect.poll(() => pane(page).locator('h2').textContent()).toBe(name);
}

describe('People page: the person pane', () => {
  let session: ExtensionSession;
  let page: Page;

  beforeAll(async () => {
    session = await launchExtension();
    page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/people.html`);
    await send(page, 'note:add', { profile: AYAKA, body: 'Met at the supply chain study group.' });
    await send(page, 'touch:log', { profile: AYAKA, kind: 'meeting', at: dayAt(200) });
    await send(page, 'contact:update', { profile: AYAKA, patch: { tags: ['mentor'] } });
    await send(page, 'contact:update', { profile: KEN, patch: { tags: ['designer', 'メンター候補'] } });
    await page.reload();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('edits a note: search finds the new word, and a deleted note is no longer found', async () => {
    await expect.poll(() => status(page).textContent()).toBe(en('nu_peopleCount_other', 2));
    await openPerson(page, '田中 彩花');
    await pane(page).getByRole('button', { name: en('noteEdit'), exact: true }).first().click();
    await pane(page).getByLabel(en('noteEditLabel')).fill('Met at the logistics meetup in Osaka.');
    await pane(page).getByRole('button', { name: en('noteSaveEdit'), exact: true }).click();
    await expect.poll(() => pane(page).locator('.note .body').allTextContents()).toEqual(['Met at the logistics meetup in Osaka.']);
    await search(page, 'logistics');
    await expect.poll(() => rowNames(page)).toEqual(['田中 彩花']);
    await search(page, 'supply');
    await expect.poll(() => status(page).textContent()).toBe(en('peopleNoMatches', 'supply'));

    // A new note, found; then deleted, not found.
    await pane(page).getByLabel(en('noteLabel')).fill('Knows everyone at Kanazawa startups');
    await pane(page).getByRole('button', { name: en('noteSave') }).click();
    await search(page, 'kanazawa');
    await expect.poll(() => rowNames(page)).toEqual(['田中 彩花']);
    await pane(page).locator('.note', { hasText: 'Kanazawa' }).getByRole('button', { name: en('noteDelete') }).click();
    await pane(page).getByRole('button', { name: en('noteDeleteYes') }).click();
    await expect.poll(() => pane(page).locator('.note .body').allTextContents()).toEqual(['Met at the logistics meetup in Osaka.']);
    await search(page, 'kanazawa ');
    await expect.poll(() => status(page).textContent()).toBe(en('peopleNoMatches', 'kanazawa'));
    await search(page, '');
  });

  it('adds, edits and deletes touches; last contact and next due follow each time', async () => {
    await openPerson(page, '田中 彩花');
    const lastContact = () => pane(page).getByTestId('pane-last-contact').textContent();
    const nextDue = () => pane(page).getByTestId('pane-next-due').textContent();
    // Seeded: a meeting 200 days ago, default cadence 90 days.
    await expect.poll(lastContact).toBe(en('popupLastContact', fmt(dayAt(200))));
    // Add a touch 10 days ago with a note.
    const form = pane(page).getByRole('group', { name: en('paneTouchAdd') });
    await form.getByLabel(en('paneTouchKind')).selectOption({ label: en('touch_thanks') });
    await form.getByLabel(en('paneTouchDate')).fill(iso(dayAt(10)));
    await form.getByLabel(en('paneTouchNote')).fill('sent thanks for the intro');
    await form.getByRole('button', { name: en('paneTouchAdd') }).click();
    await expect.poll(lastContact).toBe(en('popupLastContact', fmt(dayAt(10))));
    const dueAfterAdd = await nextDue();
    expect(dueAfterAdd).toContain(en('nextDue', fmt(dayAt(10) + 90 * DAY_MS)));
    await expect.poll(() => pane(page).getByTestId('pane-touch').count()).toBe(2);
    // The list row follows.
    await expect.poll(() => page.locator('[role=option]', { hasText: '田中 彩花' }).textContent()).toContain(en('popupLastContact', fmt(dayAt(10))));

    // Edit it to 30 days ago.
    await pane(page).getByRole('button', { name: en('paneTouchEditOf', fmt(dayAt(10)), en('touch_thanks')) }).click();
    const edit = pane(page).getByRole('group', { name: en('paneTouchSave') });
    await edit.getByLabel(en('paneTouchDate')).fill(iso(dayAt(30)));
    await edit.getByRole('button', { name: en('paneTouchSave') }).click();
    await expect.poll(lastContact).toBe(en('popupLastContact', fmt(dayAt(30))));
    expect(await nextDue()).toContain(en('nextDue', fmt(dayAt(30) + 90 * DAY_MS)));
    // Its note is searchable.
    await search(page, 'intro');
    await expect.poll(() => rowNames(page)).toEqual(['田中 彩花']);
    await search(page, '');

    // Delete it: back to the meeting 200 days ago, overdue.
    await pane(page).getByRole('button', { name: en('paneTouchDeleteOf', fmt(dayAt(30)), en('touch_thanks')) }).click();
    await pane(page).getByRole('button', { name: en('paneTouchDeleteYes') }).click();
    await expect.poll(lastContact).toBe(en('popupLastContact', fmt(dayAt(200))));
    expect(await nextDue()).toContain(en('nextDue', fmt(dayAt(200) + 90 * DAY_MS)));
    const { contacts, touches } = await dumpDb(page);
    expect(touches.filter((t) => t.contactId === 'linkedin:ayaka-tanaka')).toHaveLength(1);
    expect(contacts.find((c) => c.id === 'linkedin:ayaka-tanaka')).toMatchObject({ lastContactAt: dayAt(200) });
  });

  it('tags with autocomplete from existing tags, by keyboard; Backspace and the remove button delete', async () => {
    await openPerson(page, '田中 彩花');
    const input = pane(page).getByRole('combobox', { name: en('paneTagAdd') });
    await input.fill('des');
    const options = pane(page).getByRole('listbox', { name: en('paneTagSuggestions') }).getByRole('option');
    await expect.poll(() => options.allTextContents()).toEqual(['designer']);
    await input.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe(await options.first().getAttribute('id'));
    await input.press('Enter');
    const chips = pane(page).locator('.tag-chip .tag');
    await expect.poll(() => chips.allTextContents()).toEqual(['mentor', 'designer']);
    // Half-width katakana finds the Japanese tag; comma adds what is typed.
    await input.fill('ﾒﾝﾀｰ');
    await expect.poll(() => options.allTextContents()).toEqual(['メンター候補']);
    await input.fill('Osaka');
    await input.press(',');
    await expect.poll(() => chips.allTextContents()).toEqual(['mentor', 'designer', 'Osaka']);
    await input.press('Backspace');
    await expect.poll(() => chips.allTextContents()).toEqual(['mentor', 'designer']);
    await pane(page).getByRole('button', { name: en('paneTagRemove', 'designer') }).click();
    await expect.poll(() => chips.allTextContents()).toEqual(['mentor']);
    // Too long: refused with a message, the typed text kept.
    await input.fill('x'.repeat(41));
    await input.press('Enter');
    await expect.poll(() => pane(page).getByRole('alert').textContent()).toBe(en('paneTagTooLong_other', 40));
    expect(await input.inputValue()).toBe('x'.repeat(41));
    await input.fill('');
    // Escape closes the suggestions first, then the pane.
    await input.fill('des');
    await expect.poll(() => options.count()).toBe(1);
    await input.press('Escape');
    await expect.poll(() => options.count()).toBe(0);
    expect(await pane(page).count()).toBe(1);
    await input.press('Escape');
    await expect.poll(() => pane(page).count()).toBe(0);
  });

  it('snoozes and ends the snooze; sets industry and cadence', async () => {
    await openPerson(page, 'Ken Watanabe');
    await pane(page).getByRole('button', { name: en('paneSnoozeMonth') }).click();
    await expect.poll(() => pane(page).textContent()).toContain(upToFirstPlaceholder(en, 'paneSnoozedUntil'));
    await pane(page).getByRole('button', { name: en('paneUnsnooze') }).click();
    await expect.poll(() => pane(page).getByRole('button', { name: en('paneSnoozeWeek') }).count()).toBe(1);
    await pane(page).getByLabel(en('industryHeading')).selectOption({ label: en('industry_education') });
    await pane(page).getByLabel(en('cadenceHeading')).selectOption({ label: en('cadence_2w') });
    await expect.poll(async () => (await dumpDb(page)).contacts.find((c) => c.id === 'x:ken_dev')).toMatchObject({ industry: 'education', industrySource: 'manual', cadenceDays: 14, snoozedUntil: null });
  });

  it('is axe-clean in light and dark with the pane open', async () => {
    await openPerson(page, '田中 彩花');
    await pane(page).getByRole('combobox', { name: en('paneTagAdd') }).fill('d');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(reportAndFilter(`people pane (${scheme})`, await runAxe(page))).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('a tag’s cadence set in the options page re-dates people with that tag, shown in the pane', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByTestId('tag-cadence-tag').fill('mentor');
    await options.getByTestId('tag-cadence-days').fill('30');
    await options.getByTestId('tag-cadence-add').click();
    await expect.poll(() => options.getByTestId('tag-cadences').textContent()).toContain(`mentor${en('paneEveryDays_other', 30)}`);
    await options.close();

    await page.reload();
    await openPerson(page, '田中 彩花');
    expect(await pane(page).getByLabel(en('cadenceHeading')).locator('option:checked').textContent()).toBe(en('paneCadenceFromTag_other', 'mentor', 30));
    await expect.poll(() => pane(page).getByTestId('pane-next-due').textContent()).toContain(en('nextDue', fmt(dayAt(200) + 30 * DAY_MS)));
    // A new mentor follows the tag's cadence from the start.
    await pane(page).getByRole('button', { name: en('personClose') }).click();
    await openPerson(page, 'Ken Watanabe');
    await pane(page).getByLabel(en('cadenceHeading')).selectOption({ label: en('nu_cadenceDefault_other', 90) });
    const input = pane(page).getByRole('combobox', { name: en('paneTagAdd') });
    await input.fill('mentor');
    await input.press('Enter');
    await expect.poll(() => pane(page).getByLabel(en('cadenceHeading')).locator('option:checked').textContent()).toBe(en('paneCadenceFromTag_other', 'mentor', 30));
    const ken = (await dumpDb(page)).contacts.find((c) => c.id === 'x:ken_dev')!;
    expect(ken.nextDueAt).toBe((ken.createdAt as number) + 30 * DAY_MS);
  });

  it('the in-page panel has the same tag editor, with suggestions from every tag in use', async () => {
    session.serve({ [ETHAN.url]: ETHAN.html() });
    const tab = await session.context.newPage();
    await tab.goto(ETHAN.url);
    await expect.poll(() => panelName(tab).textContent()).toBe(ETHAN.name);
    const input = panel(tab).getByLabel(en('paneTagAdd'));
    await input.fill('men');
    await expect.poll(() => panel(tab).locator('[role=listbox] [role=option]').allTextContents()).toEqual(['mentor']);
    await input.press('ArrowDown');
    await tab.keyboard.press('Enter');
    await expect.poll(() => panel(tab).locator('.tag-chip .tag').allTextContents()).toEqual(['mentor']);
    // The tag's cadence applies in the panel too.
    await expect.poll(() => panel(tab).getByLabel(en('cadenceLabel')).selectedText()).toBe(en('paneCadenceFromTag_other', 'mentor', 30));
    await panel(tab).getByRole('button', { name: en('paneTagRemove', 'mentor') }).click();
    await expect.poll(() => panel(tab).locator('.tag-chip .tag').count()).toBe(0);
    const ethan = (await dumpDb(page)).contacts.find((c) => c.id === 'linkedin:ethanohara');
    expect(ethan).toMatchObject({ tags: [] });
    await tab.close();
  });
});
