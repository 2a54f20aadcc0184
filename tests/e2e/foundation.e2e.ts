import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, ETHAN, HARUTO, MORI } from './fixtures';
import { launchExtension, type ExtensionSession } from './harness';
import { en, ja } from './messages';
import { isoDay, navigateInApp, panel, panelHosts, panelName, watchPanelFor } from './panel';

describe('foundation: panel notes and last contact, in-app navigation, popup', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
    session.serve({ [ETHAN.url]: ETHAN.html(), [MORI.url]: MORI.html() });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('saves a note and a last-contact date on a LinkedIn profile, and they survive a reload', async () => {
    const page = await session.context.newPage();
    await page.goto(ETHAN.url);
    await expect.poll(() => panelName(page).textContent()).toBe(ETHAN.name);

    await panel(page).getByLabel(en('noteLabel')).fill('Met at the Tokyo fintech meetup, 会いました');
    await panel(page).getByRole('button', { name: en('noteSave') }).click();
    await expect.poll(() => panel(page).locator('.note .body').allTextContents()).toEqual(['Met at the Tokyo fintech meetup, 会いました']);

    await panel(page).getByLabel(en('lastContactPickLabel')).fill(isoDay(3));
    await panel(page).getByRole('button', { name: en('lastContactSetButton') }).click();
    const threeDaysAgo = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(new Date(`${isoDay(3)}T12:00`));
    await expect.poll(() => panel(page).getByTestId('last-contact').textContent()).toBe(threeDaysAgo);

    await page.reload();
    await expect.poll(() => panelName(page).textContent()).toBe(ETHAN.name);
    await expect.poll(() => panel(page).locator('.note .body').allTextContents()).toEqual(['Met at the Tokyo fintech meetup, 会いました']);
    expect(await panel(page).getByTestId('last-contact').textContent()).toBe(threeDaysAgo);
    // Nothing before 2000 is a last contact (time-bounds.ts): the panel does not offer to set it.
    await panel(page).getByLabel(en('lastContactPickLabel')).fill('1999-12-31');
    expect(await panel(page).getByRole('button', { name: en('lastContactSetButton') }).isDisabled()).toBe(true);

    // In-app navigation to another profile: that person's empty panel, never Ethan's note.
    const stop = await watchPanelFor(page, 'Tokyo fintech meetup', '/in/harutokimura/');
    await navigateInApp(page, '/in/harutokimura/', bodyOf(HARUTO.html()));
    await expect.poll(() => panelName(page).textContent()).toBe(HARUTO.name);
    await expect.poll(() => panel(page).textContent()).toContain(en('notesEmpty'));
    expect(await panel(page).getByTestId('last-contact').textContent()).toBe(en('lastContactNever'));
    expect(await stop()).toBe(false);
    expect((await panelHosts(page)).length).toBe(1);

    // A non-profile page has no panel.
    await navigateInApp(page, '/feed/', '<main><h1>Feed</h1></main>');
    await expect.poll(async () => (await panelHosts(page)).length).toBe(0);
    await page.close();
  });

  it('saves a note on an X profile', async () => {
    const page = await session.context.newPage();
    await page.goto(MORI.url);
    await expect.poll(() => panelName(page).textContent()).toBe(MORI.name);
    await panel(page).getByLabel(en('noteLabel')).fill('Chemist, streams on weekends');
    await panel(page).getByRole('button', { name: en('noteSave') }).click();
    await expect.poll(() => panel(page).locator('.note .body').allTextContents()).toEqual(['Chemist, streams on weekends']);
    await page.close();
  });

  it('lists both people in the popup, most recently updated first, with links to their profiles', async () => {
    const popup = await session.openPopup();
    const rows = popup.locator('li.contact');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.locator('.name').allTextContents()).toEqual([MORI.name, ETHAN.name]);
    expect(await rows.nth(1).locator('a').getAttribute('href')).toBe(ETHAN.url);
    expect(await rows.nth(0).locator('a').getAttribute('href')).toBe('https://x.com/dr_mori3');
    await popup.close();
  });

  it('made no network request of its own', () => {
    expect(session.foreignRequests()).toEqual([]);
  });
});

describe('first run', () => {
  it('shows a new user what to do in the popup', async () => {
    const session = await launchExtension();
    try {
      const popup = await session.openPopup();
      await expect.poll(() => popup.getByTestId('empty-state').textContent()).toContain(en('popupEmptyBody'));
    } finally {
      await session.close();
    }
  });
});

describe('languages', () => {
  it('follows a Japanese browser, and the language setting overrides the browser', async () => {
    const jaSession = await launchExtension({ locale: 'ja' });
    try {
      const popup = await jaSession.openPopup();
      await expect.poll(() => popup.getByTestId('empty-state').locator('h2').textContent()).toBe(ja('popupEmptyTitle'));
    } finally {
      await jaSession.close();
    }
    const enSession = await launchExtension({ locale: 'en-US' });
    try {
      const options = await enSession.openOptions();
      await expect.poll(() => options.locator('h1').textContent()).toBe(en('optionsHeading'));
      await options.getByLabel(en('settingsLanguage')).selectOption('ja');
      await expect.poll(() => options.locator('h1').textContent()).toBe(ja('optionsHeading'));
      const popup = await enSession.openPopup();
      await expect.poll(() => popup.getByTestId('empty-state').locator('h2').textContent()).toBe(ja('popupEmptyTitle'));
    } finally {
      await enSession.close();
    }
  });
});
