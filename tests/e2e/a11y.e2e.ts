/**
 * WCAG 2.2 AA audit (axe-core) of everything a user sees: the popup empty and with a saved
 * contact, the options page, and the in-page panel on a light and a dark LinkedIn page. Every
 * violation is printed; serious and critical ones fail the test.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportAndFilter, runAxe, type AxeReport } from './axe';
import { ETHAN } from './fixtures';
import { launchExtension, type ExtensionSession } from './harness';
import { isoDay, panel, panelName } from './panel';

/** The Ethan fixture with the dark background LinkedIn paints in its dark theme. */
function darkEthan(): string {
  return ETHAN.html().replace(/<\/head>/i, '<style>html, body { background: #1b1f23 !important; color: #e9e9e9 }</style></head>');
}

async function expectNoSerious(where: string, page: Page, include?: unknown): Promise<AxeReport> {
  const report = await runAxe(page, include);
  expect(reportAndFilter(where, report).map((v) => `${v.id} (${v.impact})`)).toEqual([]);
  return report;
}

/**
 * Audits the panel's shadow tree. axe measures contrast on a hit-test grid it builds from <body>
 * only (axe-core `createGrid`), and the panel hangs off <html> on purpose (start-panel.tsx), so
 * every colour pair came back "undecided". The host is moved into <body> for the audit (its
 * shadow root and styles move with it) and put back afterwards; the test then checks that
 * contrast really was measured.
 */
async function expectPanelPasses(where: string, page: Page): Promise<void> {
  await page.evaluate(() => document.body.append(document.querySelector('kakehashi-panel')!));
  try {
    const report = await expectNoSerious(where, page, [['kakehashi-panel']]);
    expect(report.passed).toContain('color-contrast');
  } finally {
    await page.evaluate(() => document.documentElement.append(document.querySelector('kakehashi-panel')!));
  }
}

describe('accessibility: popup, options and panel pass axe at WCAG 2.2 AA', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
    session.serve({ [ETHAN.url]: ETHAN.html() });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('popup, empty state', async () => {
    const popup = await session.openPopup();
    await expect.poll(() => popup.getByTestId('empty-state').count()).toBe(1);
    await expectNoSerious('popup (empty)', popup);
    await popup.close();
  });

  it('panel on a light LinkedIn page, before and after saving a note', async () => {
    const page = await session.context.newPage();
    await page.goto(ETHAN.url);
    await expect.poll(() => panelName(page).textContent()).toBe(ETHAN.name);
    expect(await page.locator('kakehashi-panel').getAttribute('data-theme')).toBe('light');
    await expectPanelPasses('panel (light, new person)', page);

    await panel(page).getByLabel('New note').fill('Met at the Tokyo fintech meetup');
    await panel(page).getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => panel(page).locator('.note .body').allTextContents()).toEqual(['Met at the Tokyo fintech meetup']);
    await panel(page).getByLabel('Last contact date').fill(isoDay(200));
    await panel(page).getByRole('button', { name: 'Set date' }).click();
    await expect.poll(() => panel(page).getByTestId('last-contact').textContent()).not.toBe('Never');
    const industry = panel(page).getByLabel(`Industry of ${ETHAN.name}`);
    await industry.selectOption({ label: 'Financial Services' });
    await expect.poll(() => industry.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text)).toBe('Financial Services');
    await expectPanelPasses('panel (light, with a note)', page);
    await page.close();
  });

  it('panel on a dark LinkedIn page', async () => {
    session.serve({ [ETHAN.url]: darkEthan() });
    const page = await session.context.newPage();
    await page.goto(ETHAN.url);
    await expect.poll(() => panel(page).locator('.note .body').allTextContents()).toEqual(['Met at the Tokyo fintech meetup']);
    expect(await page.locator('kakehashi-panel').getAttribute('data-theme')).toBe('dark');
    await expectPanelPasses('panel (dark, with a note)', page);
    await page.close();
    session.serve({ [ETHAN.url]: ETHAN.html() });
  });

  it('popup with a saved contact (due, and suggested), light and dark', async () => {
    // Your own industry set, so the popup also shows a suggestion card.
    const options = await session.openOptions();
    await options.getByLabel('Your industry').selectOption({ label: 'Technology, Information and Media' });
    await expect.poll(() => options.getByRole('status').first().textContent()).toContain('Saved');
    await options.close();

    const popup = await session.openPopup();
    await expect.poll(() => popup.getByTestId('due-list').count()).toBe(1);
    await expect.poll(() => popup.getByTestId('suggestion').count()).toBe(1);
    await expect.poll(() => popup.locator('[data-contact-id="linkedin:ethanohara"]').count()).toBeGreaterThan(0);
    await expectNoSerious('popup (one contact, light)', popup);
    await popup.emulateMedia({ colorScheme: 'dark' });
    await expectNoSerious('popup (one contact, dark)', popup);
    await popup.close();
  });

  it('options page, light and dark', async () => {
    const options = await session.openOptions();
    await expect.poll(() => options.locator('h1').count()).toBeGreaterThan(0);
    await expectNoSerious('options (light)', options);
    await options.emulateMedia({ colorScheme: 'dark' });
    await expectNoSerious('options (dark)', options);
    await options.close();
  });
});
