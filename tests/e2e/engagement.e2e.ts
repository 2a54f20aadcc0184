import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ETHAN, HARUTO, MORI } from './fixtures';
import { launchExtension, type ExtensionSession } from './harness';
import { en } from './messages';
import { isoDay, panel, panelName } from './panel';

type ChromeAction = { chrome: { action: { getBadgeText(details: object): Promise<string> } } };
const badge = (s: ExtensionSession) => s.worker.evaluate(() => (globalThis as unknown as ChromeAction).chrome.action.getBadgeText({}));

describe('engagement: industries, a different-industry suggestion, due list and badge', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
    session.serve({ [ETHAN.url]: ETHAN.html(), [HARUTO.url]: HARUTO.html(), [MORI.url]: MORI.html() });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('saves three people of different industries through the panel', async () => {
    const people = [
      { ...ETHAN, industry: en('industry_financial_services'), daysAgo: 200 },
      { ...HARUTO, industry: en('industry_technology_information_media'), daysAgo: 150 },
      { ...MORI, industry: en('industry_hospitals_health_care'), daysAgo: 120 },
    ];
    for (const p of people) {
      const page = await session.context.newPage();
      await page.goto(p.url);
      await expect.poll(() => panelName(page).textContent()).toBe(p.name);
      await panel(page).getByLabel(en('industryLabel', p.name)).selectOption({ label: p.industry });
      await expect.poll(() => panel(page).getByLabel(en('industryLabel', p.name)).selectedText()).toBe(p.industry);
      await panel(page).getByLabel(en('lastContactPickLabel')).fill(isoDay(p.daysAgo));
      await panel(page).getByRole('button', { name: en('lastContactSetButton') }).click();
      await expect.poll(() => panel(page).getByTestId('last-contact').textContent()).not.toBe(en('lastContactNever'));
      // A manual choice shows no "auto" chip.
      expect(await panel(page).getByTestId('industry-auto').count()).toBe(0);
      await page.close();
    }
    await expect.poll(() => badge(session)).toBe('3');
  });

  it('suggests someone outside your own industry, with the reason, and Done updates the due list and badge', async () => {
    const options = await session.openOptions();
    await options.getByLabel(en('settingsIndustry')).selectOption({ label: en('industry_technology_information_media') });
    await expect.poll(() => options.getByRole('status').first().textContent()).toBe(en('settingsSaved'));
    await options.close();

    const popup = await session.openPopup();
    const card = popup.getByTestId('suggestion');
    await expect.poll(() => card.count()).toBe(1);
    const suggested = await card.getAttribute('data-contact-id');
    expect(['linkedin:ethanohara', 'x:dr_mori3']).toContain(suggested);
    expect(suggested).not.toBe('linkedin:harutokimura');
    // The reason is a sentence about the person's industry or the time since contact.
    expect(await card.locator('.reasons li').first().textContent()).toMatch(/Financial Services|Hospitals and Health Care|days past|in the last 90 days/);
    const action = await card.getByTestId('suggestion-action').getAttribute('href');
    expect(action).toMatch(suggested === 'linkedin:ethanohara' ? /\/in\/ethanohara\/(recent-activity\/all\/)?$/ : /^https:\/\/x\.com\/dr_mori3$/);

    const due = popup.getByTestId('due-list');
    await expect.poll(() => due.locator('h2').textContent()).toBe(en('dueHeading', 3));
    // Most overdue first: Ethan (200 days), Haruto (150), Mori (120).
    expect(await due.locator('.due-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-contact-id')))).toEqual([
      'linkedin:ethanohara',
      'linkedin:harutokimura',
      'x:dr_mori3',
    ]);

    await card.getByTestId('suggestion-done').click();
    await expect.poll(() => due.locator('h2').textContent()).toBe(en('dueHeading', 2));
    expect(await due.locator(`.due-item[data-contact-id="${suggested}"]`).count()).toBe(0);
    await expect.poll(() => badge(session)).toBe('2');
    // The next suggestion is someone else, still outside Technology.
    await expect.poll(() => popup.getByTestId('suggestion').getAttribute('data-contact-id')).not.toBe(suggested);

    // Snooze from the due list: off the list, badge follows.
    await due.getByRole('button', { name: `${en('dueSnoozeLabel', HARUTO.name)}: ${en('dueSnoozeWeek')}` }).click();
    await expect.poll(() => due.locator('h2').textContent()).toBe(en('dueHeading', 1));
    await expect.poll(() => badge(session)).toBe('1');
  });

  it('made no network request of its own', () => {
    expect(session.foreignRequests()).toEqual([]);
  });
});
