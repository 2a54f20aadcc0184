import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ETHAN, MORI } from './fixtures';
import { launchExtension, type ExtensionSession } from './harness';
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
    await options.getByLabel(/Quiet mode/).check();
    await expect.poll(() => options.getByRole('status').first().textContent()).toContain('Saved');
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
    await card.getByLabel('New note').fill('Saved from the popup in quiet mode');
    await card.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => card.locator('.note .body').allTextContents()).toEqual(['Saved from the popup in quiet mode']);
  });

  it('still shows the panel on X', async () => {
    const page = await session.context.newPage();
    await page.goto(MORI.url);
    await expect.poll(() => panelName(page).textContent()).toBe(MORI.name);
  });
});
