/**
 * WCAG 2.2 AA audit (axe-core) of everything a user sees: the popup empty and with a saved
 * contact, the options page, and the in-page panel on a light and a dark LinkedIn page. Every
 * violation is printed; serious and critical ones fail the test.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportAndFilter, runAxe, type AxeReport } from './axe';
import { ETHAN } from './fixtures';
import { launchExtension, type ExtensionSession } from './harness';
import { en } from './messages';
import { evaluateInPanel, evaluateInRoot, isoDay, panel, panelHosts, panelName, panelRoot } from './panel';
import { ROOT } from './paths';

/** The Ethan fixture with the dark background LinkedIn paints in its dark theme. */
function darkEthan(): string {
  return dark(ETHAN.html());
}
function dark(html: string): string {
  return html.replace(/<\/head>/i, '<style>html, body { background: #1b1f23 !important; color: #e9e9e9 }</style></head>');
}

/** A profile URL whose page shows someone else's top card (the in-app navigation race): unreadable. */
const UNREADABLE = {
  url: 'https://www.linkedin.com/in/kenta-yamada-7f3e21/',
  html: () => readFileSync(path.join(ROOT, 'utils/sites/linkedin/__fixtures__/negative-previous-sdui.2026-11.html'), 'utf8'),
};

async function expectNoSerious(where: string, page: Page, include?: unknown): Promise<AxeReport> {
  const report = await runAxe(page, include);
  expect(reportAndFilter(where, report).map((v) => `${v.id} (${v.impact})`)).toEqual([]);
  return report;
}

/**
 * Audits the real panel in the page. Its shadow root is closed, and axe walks shadow trees through
 * `host.shadowRoot` (axe-core `getFlattenedTree`), which is null for a closed root. So for the
 * audit only, the test (through DevTools; see panel.ts) gives the host a `shadowRoot` getter that
 * returns the real root, and removes it afterwards: axe then sees exactly the DOM and styles the
 * user sees. axe also measures contrast on a hit-test grid it builds from <body> only (axe-core
 * `createGrid`), and the panel hangs off <html> on purpose (start-panel.tsx), so every colour pair
 * came back "undecided": the host is moved into <body> for the audit (its shadow root and styles
 * move with it) and put back afterwards; the test then checks that contrast really was measured.
 */
async function expectPanelPasses(where: string, page: Page): Promise<void> {
  const [host] = await panelHosts(page);
  if (!host) throw new Error(`${where}: no panel to audit`);
  await evaluateInPanel(
    page,
    (root) => {
      Object.defineProperty(root.host, 'shadowRoot', { configurable: true, get: () => root });
      document.body.append(root.host);
    },
    null,
    undefined,
  );
  try {
    const report = await expectNoSerious(where, page, [[host.localName]]);
    expect(report.passed).toContain('color-contrast');
  } finally {
    // By the host found before: it is not under <html> now, where evaluateInPanel looks.
    await evaluateInRoot(
      page,
      host,
      (root) => {
        delete (root.host as unknown as { shadowRoot?: ShadowRoot }).shadowRoot;
        document.documentElement.append(root.host);
      },
      null,
      undefined,
    );
  }
}

/** The theme the panel picked (set on the container inside its root, not on the host). */
const panelTheme = (page: Page) => panelRoot(page).locator('body').getAttribute('data-theme');

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
    expect(await panelTheme(page)).toBe('light');
    await expectPanelPasses('panel (light, new person)', page);

    await panel(page).getByLabel(en('noteLabel')).fill('Met at the Tokyo fintech meetup');
    await panel(page).getByRole('button', { name: en('noteSave') }).click();
    await expect.poll(() => panel(page).locator('.note .body').allTextContents()).toEqual(['Met at the Tokyo fintech meetup']);
    await panel(page).getByLabel(en('lastContactPickLabel')).fill(isoDay(200));
    await panel(page).getByRole('button', { name: en('lastContactSetButton') }).click();
    await expect.poll(() => panel(page).getByTestId('last-contact').textContent()).not.toBe(en('lastContactNever'));
    const industry = panel(page).getByLabel(en('industryLabel', ETHAN.name));
    await industry.selectOption({ label: en('industry_financial_services') });
    await expect.poll(() => industry.selectedText()).toBe(en('industry_financial_services'));
    await expectPanelPasses('panel (light, with a note)', page);
    await page.close();
  });

  it('panel on a dark LinkedIn page', async () => {
    session.serve({ [ETHAN.url]: darkEthan() });
    const page = await session.context.newPage();
    await page.goto(ETHAN.url);
    await expect.poll(() => panel(page).locator('.note .body').allTextContents()).toEqual(['Met at the Tokyo fintech meetup']);
    expect(await panelTheme(page)).toBe('dark');
    await expectPanelPasses('panel (dark, with a note)', page);
    await page.close();
    session.serve({ [ETHAN.url]: ETHAN.html() });
  });

  it('panel on an unreadable profile, light and dark: the notice with Copy a report, and the report offered when the clipboard is refused', async () => {
    for (const theme of ['light', 'dark'] as const) {
      session.serve({ [UNREADABLE.url]: theme === 'dark' ? dark(UNREADABLE.html()) : UNREADABLE.html() });
      const page = await session.context.newPage();
      const cdp = await session.context.newCDPSession(page);
      await cdp.send('Browser.setPermission', { permission: { name: 'clipboard-write' }, setting: 'denied', origin: 'https://www.linkedin.com' });
      await cdp.send('Browser.setPermission', { permission: { name: 'clipboard-write', allowWithoutSanitization: false }, setting: 'denied', origin: 'https://www.linkedin.com' });
      await page.goto(UNREADABLE.url);
      await expect.poll(() => panel(page).getByRole('button', { name: en('identReportCopy') }).count(), { timeout: 15_000 }).toBe(1);
      expect(await panelTheme(page)).toBe(theme);
      await expectPanelPasses(`panel (${theme}, could not read, Copy a report)`, page);
      await panel(page).getByRole('button', { name: en('identReportCopy') }).click();
      await expect.poll(() => panel(page).getByTestId('report-text').count()).toBe(1);
      await expectPanelPasses(`panel (${theme}, clipboard refused, report offered)`, page);
      await page.close();
    }
  });

  it('popup with a saved contact (due, and suggested), light and dark', async () => {
    // Your own industry set, so the popup also shows a suggestion card.
    const options = await session.openOptions();
    await options.getByLabel(en('settingsIndustry')).selectOption({ label: en('industry_technology_information_media') });
    await expect.poll(() => options.getByRole('status').first().textContent()).toBe(en('settingsSaved'));
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
