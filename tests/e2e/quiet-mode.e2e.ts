import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ETHAN, HARUTO, MORI } from './fixtures';
import { launchExtension, type ExtensionSession } from './harness';
import { en } from './messages';
import { panel, panelName } from './panel';

describe('quiet mode', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
    session.serve({ [ETHAN.url]: ETHAN.html(), [MORI.url]: MORI.html() });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows no panel on LinkedIn; the popup shows the current profile’s card instead', async () => {
    const options = await session.openOptions();
    await options.getByLabel(en('settingsQuietMode')).check();
    await expect.poll(() => options.getByRole('status').first().textContent()).toBe(en('settingsSaved'));
    await options.close();

    const page = await session.context.newPage();
    await page.goto(ETHAN.url);
    // Give the content script time to decide; the card must never appear.
    await page.waitForTimeout(1500);
    expect(await panel(page).count()).toBe(0);

    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await page.bringToFront();
    await popup.reload();
    const card = popup.getByTestId('current-profile');
    await expect.poll(() => card.locator('[data-testid=panel-name]').textContent()).toBe(ETHAN.name);
    await card.getByLabel(en('noteLabel')).fill('Saved from the popup in quiet mode');
    await card.getByRole('button', { name: en('noteSave') }).click();
    await expect.poll(() => card.locator('.note .body').allTextContents()).toEqual(['Saved from the popup in quiet mode']);
  });

  it('still shows the panel on X', async () => {
    const page = await session.context.newPage();
    await page.goto(MORI.url);
    await expect.poll(() => panelName(page).textContent()).toBe(MORI.name);
  });

  // The tests below rely on quiet mode, turned on by the first test.
  const FEED = 'https://www.linkedin.com/feed/';
  type SessionStorage = { chrome: { storage: { session: { get(key: string): Promise<Record<string, unknown>> } }; tabs: { query(q: object): Promise<{ id?: number }[]> } } };

  /** The popup as it opens over `page` (the active tab). */
  async function popupOver(page: Page): Promise<Page> {
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await page.bringToFront();
    await popup.reload();
    return popup;
  }

  async function expectCard(page: Page, name: string) {
    const popup = await popupOver(page);
    await expect.poll(() => popup.getByTestId('current-profile').locator('[data-testid=panel-name]').textContent()).toBe(name);
    await popup.close();
  }

  async function expectNoCard(page: Page) {
    const popup = await popupOver(page);
    // Time for the popup to ask; the card must not appear at all.
    await popup.waitForTimeout(1500);
    expect(await popup.getByTestId('current-profile').count()).toBe(0);
    await popup.close();
  }

  it('stops showing a person’s card once their tab goes to another page or another site', async () => {
    session.serve({ [HARUTO.url]: HARUTO.html(), [FEED]: '<html><body><main><h1>Feed</h1></main></body></html>' });
    const page = await session.context.newPage();
    await page.goto(HARUTO.url);
    await expectCard(page, HARUTO.name);

    await page.goto(FEED);
    await expectNoCard(page);

    await page.goto(HARUTO.url);
    await expectCard(page, HARUTO.name);
    // Off LinkedIn and X the URL is hidden from the extension (no `tabs` permission).
    await page.goto('https://example.com/').catch(() => undefined);
    await expectNoCard(page);
    await page.close();
  });

  it('shows the next person’s card, not the previous one, after going to another profile', async () => {
    const page = await session.context.newPage();
    await page.goto(HARUTO.url);
    await expectCard(page, HARUTO.name);
    await page.goto(ETHAN.url);
    await expectCard(page, ETHAN.name);
    await page.close();
  });

  it('forgets the tab’s profile when the tab closes', async () => {
    const page = await session.context.newPage();
    await page.goto(HARUTO.url);
    await expectCard(page, HARUTO.name);
    const tabId = await session.worker.evaluate(async (url) => {
      const [tab] = await (globalThis as unknown as SessionStorage).chrome.tabs.query({ url });
      return tab?.id;
    }, HARUTO.url);
    const stored = () =>
      session.worker.evaluate(async (key) => (await (globalThis as unknown as SessionStorage).chrome.storage.session.get(key))[key] ?? null, `tabProfile:${tabId}`);
    expect(await stored()).toMatchObject({ handle: 'harutokimura' });
    await page.close();
    await expect.poll(stored).toBeNull();
  });
});
