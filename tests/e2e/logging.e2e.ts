/**
 * Logging in real Chromium (issue 10, items 3, 12 and 13): the touch kind picked in one click in
 * the panel and the popup and remembered; a hand-set date that corrects the last contact without
 * adding a touch; confirmations in the panel's live region; note times with date and time; Undo
 * after deleting a note; and "Unknown" industry that stays the user's choice.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpDb, saveSettings, seedContacts } from './extension-page';
import { ETHAN, HARUTO } from './fixtures';
import { launchExtension, type ExtensionSession } from './harness';
import { en, ja } from './messages';
import { focused, isoDay, panel, panelName } from './panel';

/** components/panel/Panel.tsx UNDO_MS, with room for a loaded machine. */
const UNDO_WINDOW_MS = 8_000;

const checkedKind = (page: Page) => panel(page).locator('[data-testid=touch-kinds] input:checked').getAttribute('value');
const status = (page: Page) => panel(page).getByTestId('panel-status');

describe('logging: touch kinds, corrections, panel feedback, undo, a chosen "Unknown"', () => {
  let session: ExtensionSession;
  let popup: Page;

  beforeAll(async () => {
    session = await launchExtension();
    session.serve({ [ETHAN.url]: ETHAN.html(), [HARUTO.url]: HARUTO.html() });
    popup = await session.openPopup();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('logs the kind picked in one click, says so in a polite live region, and remembers the kind after a reload', async () => {
    const page = await session.context.newPage();
    await page.goto(ETHAN.url);
    await expect.poll(() => panelName(page).textContent()).toBe(ETHAN.name);
    expect(await checkedKind(page)).toBe('message');
    // The live region is there before anything is said in it, so screen readers pick it up.
    expect(await status(page).getAttribute('aria-live')).toBe('polite');
    expect(await status(page).getAttribute('role')).toBe('status');

    await panel(page).locator('[data-testid=touch-kinds] input[value=meeting]').click();
    expect(await checkedKind(page)).toBe('meeting');
    await panel(page).getByRole('button', { name: en('touchLog') }).click();
    await expect.poll(() => status(page).textContent()).toBe(en('recordTouchLogged', en('touch_meeting')));
    await expect.poll(async () => (await dumpDb(popup)).touches.map((t) => t.kind)).toEqual(['meeting']);

    await page.reload();
    await expect.poll(() => panelName(page).textContent()).toBe(ETHAN.name);
    await expect.poll(() => checkedKind(page)).toBe('meeting');
    await page.close();
  });

  it('a hand-set date corrects the last contact and adds no touch', async () => {
    const page = await session.context.newPage();
    await page.goto(ETHAN.url);
    await expect.poll(() => panelName(page).textContent()).toBe(ETHAN.name);
    await panel(page).getByLabel(en('lastContactPickLabel')).fill(isoDay(10));
    await panel(page).getByRole('button', { name: en('lastContactSetButton') }).click();
    const tenDaysAgo = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(new Date(`${isoDay(10)}T12:00`));
    await expect.poll(() => panel(page).getByTestId('last-contact').textContent()).toBe(tenDaysAgo);
    await expect.poll(() => status(page).textContent()).toBe(en('lastContactSaved', tenDaysAgo));
    const db = await dumpDb(popup);
    expect(db.contacts.find((c) => c.id === 'linkedin:ethanohara')?.lastContactAt).toBe(new Date(`${isoDay(10)}T12:00`).getTime());
    expect(db.touches.map((t) => t.kind)).toEqual(['meeting']);
    await page.close();
  });

  it('the popup’s Done logs the kind picked there, remembered for the next popup and the panel', async () => {
    await seedContacts(popup, [
      { site: 'linkedin', handle: 'due-person', name: 'Due Person', daysAgo: 200, industry: 'technology-information-media' },
      { site: 'linkedin', handle: 'banker', name: 'Bank Er', daysAgo: 150, industry: 'financial-services' },
    ]);
    await saveSettings(popup, { industry: 'technology-information-media' });

    let home = await session.openPopup();
    const picker = home.getByRole('group', { name: en('recordPopupKindLegend') });
    await expect.poll(() => picker.getByRole('radio', { name: en('touch_meeting') }).isChecked()).toBe(true);
    await picker.getByRole('radio', { name: en('touch_thanks') }).check();
    await home.getByRole('button', { name: `${en('dueDone')}: ${en('dueDoneLabel', 'Due Person')}` }).click();
    await expect.poll(async () => (await dumpDb(popup)).touches.filter((t) => t.contactId === 'linkedin:due-person').map((t) => t.kind)).toEqual(['thanks']);

    // The suggestion (the only person outside Technology) logs the picked kind too.
    await expect.poll(() => home.getByTestId('suggestion').getAttribute('data-contact-id')).toBe('linkedin:banker');
    await picker.getByRole('radio', { name: en('touch_ask') }).check();
    await home.getByTestId('suggestion-done').click();
    await expect.poll(async () => (await dumpDb(popup)).touches.filter((t) => t.contactId === 'linkedin:banker').map((t) => t.kind)).toEqual(['ask']);
    await home.close();

    home = await session.openPopup();
    await expect.poll(() => home.getByRole('group', { name: en('recordPopupKindLegend') }).getByRole('radio', { name: en('touch_ask') }).isChecked()).toBe(true);
    await home.close();
    const page = await session.context.newPage();
    await page.goto(ETHAN.url);
    await expect.poll(() => checkedKind(page)).toBe('ask');
    await page.close();
  });

  it('confirms a saved note, shows its date and time, and brings a deleted note back with Undo', async () => {
    const page = await session.context.newPage();
    await page.goto(ETHAN.url);
    await expect.poll(() => panelName(page).textContent()).toBe(ETHAN.name);
    await panel(page).getByLabel(en('noteLabel')).fill('Ask about the Osaka office');
    await panel(page).getByRole('button', { name: en('noteSave') }).click();
    await expect.poll(() => status(page).textContent()).toBe(en('noteSaved'));
    await expect.poll(() => panel(page).locator('.note .body').allTextContents()).toEqual(['Ask about the Osaka office']);
    const [stored] = (await dumpDb(popup)).notes;
    const when = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(stored!.createdAt as number));
    expect(await panel(page).getByTestId('note-time').textContent()).toBe(when);
    expect(when).toMatch(/\d{1,2}:\d{2}\s?[AP]M/);

    // Delete, then Undo: the same note (id, text, times) is back.
    await panel(page).getByRole('button', { name: en('noteDelete') }).click();
    await panel(page).getByRole('button', { name: en('noteDeleteYes') }).click();
    await expect.poll(() => status(page).textContent()).toBe(en('noteDeleted'));
    await expect.poll(() => panel(page).locator('.note').count()).toBe(0);
    expect((await dumpDb(popup)).notes).toEqual([]);
    // The deleted note's buttons are gone: keyboard focus waits on Undo.
    await expect.poll(async () => (await focused(page)).name).toBe(en('recordNoteUndo'));
    await panel(page).getByRole('button', { name: en('recordNoteUndo') }).click();
    await expect.poll(() => status(page).textContent()).toBe(en('recordNoteRestored'));
    await expect.poll(() => panel(page).locator('.note .body').allTextContents()).toEqual(['Ask about the Osaka office']);
    expect((await dumpDb(popup)).notes).toEqual([stored]);
    expect(await panel(page).getByRole('button', { name: en('recordNoteUndo') }).count()).toBe(0);

    // Delete without Undo: the offer ends after a few seconds and the note stays gone.
    await panel(page).getByRole('button', { name: en('noteDelete') }).click();
    await panel(page).getByRole('button', { name: en('noteDeleteYes') }).click();
    await expect.poll(() => panel(page).getByRole('button', { name: en('recordNoteUndo') }).count()).toBe(1);
    await page.waitForTimeout(UNDO_WINDOW_MS);
    await expect.poll(() => panel(page).getByRole('button', { name: en('recordNoteUndo') }).count()).toBe(0);
    expect((await dumpDb(popup)).notes).toEqual([]);
    await page.reload();
    await expect.poll(() => panel(page).textContent()).toContain(en('notesEmpty'));
    await page.close();
  });

  it('"Unknown" chosen by the user stays through a reload and a changed, guessable headline', async () => {
    const page = await session.context.newPage();
    await page.goto(HARUTO.url);
    await expect.poll(() => panelName(page).textContent()).toBe(HARUTO.name);
    const industry = panel(page).getByLabel(en('industryLabel', HARUTO.name));
    await panel(page).getByRole('button', { name: en('panelTrack') }).click();
    // "Software Engineer at Kumori Labs": the classifier guesses Technology.
    await expect.poll(() => industry.selectedText()).toBe(en('industry_technology_information_media'));
    expect(await panel(page).getByTestId('industry-auto').count()).toBe(1);
    await industry.selectOption({ label: en('industryUnknown') });
    await expect.poll(async () => (await dumpDb(popup)).contacts.find((c) => c.id === 'linkedin:harutokimura')?.industrySource).toBe('manual');

    await page.reload();
    await expect.poll(() => panelName(page).textContent()).toBe(HARUTO.name);
    await expect.poll(() => industry.selectedText()).toBe(en('industryUnknown'));

    // The person changed their headline: the visit refreshes it, and still guesses nothing.
    session.serve({ [HARUTO.url]: HARUTO.html().replaceAll('Software Engineer at Kumori Labs', 'Senior Software Engineer at Kumori Labs') });
    await page.reload();
    await expect.poll(async () => (await dumpDb(popup)).contacts.find((c) => c.id === 'linkedin:harutokimura')?.headline).toBe('Senior Software Engineer at Kumori Labs');
    const stored = (await dumpDb(popup)).contacts.find((c) => c.id === 'linkedin:harutokimura');
    expect(stored).toMatchObject({ industry: null, industrySource: 'manual' });
    expect(await industry.selectedText()).toBe(en('industryUnknown'));
    expect(await panel(page).getByTestId('industry-auto').count()).toBe(0);
    await page.close();
  });

  it('made no network request of its own', () => {
    expect(session.foreignRequests()).toEqual([]);
  });
});

describe('logging in Japanese', () => {
  it('confirms, names the kinds and shows note times in Japanese', async () => {
    const jaSession = await launchExtension({ locale: 'ja' });
    try {
      jaSession.serve({ [ETHAN.url]: ETHAN.html() });
      const page = await jaSession.context.newPage();
      await page.goto(ETHAN.url);
      await expect.poll(() => panelName(page).textContent()).toBe(ETHAN.name);
      expect(await panel(page).locator('[data-testid=touch-kinds] legend').textContent()).toBe(ja('touchKindLabel'));
      await panel(page).locator('[data-testid=touch-kinds] input[value=meeting]').click();
      await panel(page).getByRole('button', { name: ja('touchLog') }).click();
      await expect.poll(() => status(page).textContent()).toBe(ja('recordTouchLogged', ja('touch_meeting')));
      await panel(page).getByLabel(ja('noteLabel')).fill('大阪オフィスについて聞く');
      await panel(page).getByRole('button', { name: ja('noteSave') }).click();
      await expect.poll(() => status(page).textContent()).toBe(ja('noteSaved'));
      const popup = await jaSession.openPopup();
      const [stored] = (await dumpDb(popup)).notes;
      const when = new Intl.DateTimeFormat('ja', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(stored!.createdAt as number));
      expect(await panel(page).getByTestId('note-time').textContent()).toBe(when);
      expect(when).toMatch(/\d{4}\/\d{1,2}\/\d{1,2} \d{1,2}:\d{2}/);
      expect(jaSession.foreignRequests()).toEqual([]);
    } finally {
      await jaSession.close();
    }
  });
});
