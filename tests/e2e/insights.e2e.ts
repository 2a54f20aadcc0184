/**
 * Insights (people.html#insights) and the popup's goal line in real Chromium: the numbers shown for
 * seeded data, the trend chart's table alternative, one click from an industry not touched for long
 * to a suggestion from it, the give/ask balance and its nudge, the goal set as a percentage on the
 * options page, axe in light and dark, and Japanese. Everything is seeded through the extension's
 * own messages (what the panel sends), so the counters are the ones the write paths keep.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS } from '../../utils/model';
import { reportAndFilter, runAxe } from './axe';
import { sendRaw } from './extension-page';
import { launchExtension, type ExtensionSession } from './harness';
import { en, ja } from './messages';

const TECH = en('industry_technology_information_media');

const profile = (handle: string, name: string) => ({ site: 'linkedin', handle, name, headline: null, company: null, location: null, avatarUrl: null });

async function send(page: Page, type: string, payload: unknown): Promise<void> {
  const reply = await sendRaw(page, { type, payload });
  expect(reply, `${type}`).toMatchObject({ ok: true });
}

/**
 * Own industry: technology. Last 30 days: 6 tech touches, 1 health, 2 finance asks = 3 of 9 outside
 * (33%, below the 40% goal). This week (6 days back to today): 3 tech, 1 health, 1 finance = 40%.
 * Education: tracked, never touched. Manufacturing: last touched 100 days ago.
 */
async function seed(page: Page, names: Record<string, string>): Promise<void> {
  const now = Date.now();
  const people = {
    nurse: ['hospitals-health-care', [['meeting', 3]]],
    banker: ['financial-services', [['ask', 2], ['ask', 10]]],
    dev: ['technology-information-media', [['message', 1], ['comment', 4], ['call', 6], ['meeting', 8], ['thanks', 12], ['message', 20]]],
    teacher: ['education', []],
    maker: ['manufacturing', [['meeting', 100]]],
  } as const;
  await send(page, 'settings:save', { patch: { industry: 'technology-information-media', onboardedAt: now } });
  for (const [handle, [industry, touches]] of Object.entries(people)) {
    const p = profile(handle, names[handle]!);
    await send(page, 'contact:update', { profile: p, patch: { industry } });
    for (const [kind, daysAgo] of touches) await send(page, 'touch:log', { profile: p, kind, at: now - daysAgo * DAY_MS });
  }
  await send(page, 'note:add', { profile: profile('teacher', names.teacher!), body: 'Curriculum design for coding classes\nmore later' });
}

const EN_NAMES = { nurse: 'Nora Nurse', banker: 'Ben Banker', dev: 'Dev Tanaka', teacher: 'Tara Teacher', maker: 'Max Maker' };
const JA_NAMES = { nurse: '看護 花子', banker: '銀行 一郎', dev: '開発 太郎', teacher: '教師 桜', maker: '製造 健' };

describe('Insights and the popup goal line', () => {
  let session: ExtensionSession;
  let page: Page;

  beforeAll(async () => {
    session = await launchExtension();
    page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/people.html`);
    await seed(page, EN_NAMES);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the popup shows one line of progress toward the goal, and the suggestion’s reason says it is below', async () => {
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await expect.poll(() => popup.getByTestId('goal-line').textContent()).toBe(en('insightsPopupGoal_other', 3, 9, TECH, 40));
    expect(await popup.getByTestId('goal-line').getAttribute('data-below')).toBe('true');
    expect(await popup.getByTestId('suggestion-below-goal').textContent()).toBe(en('insightsReasonBelowGoal', 33, TECH, 40));
    // Asked twice, given nothing: the popup nudges to share something useful (on the card or on its own).
    await expect.poll(() => popup.locator('body').textContent()).toContain(en('insightsNudge_other', 2));
    await popup.close();
  });

  it('the goal is a percentage on the options page, and the popup line follows it', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const goal = options.getByTestId('diversity-goal');
    await expect.poll(() => goal.inputValue()).toBe('40');
    await goal.fill('150');
    await goal.press('Tab');
    const profileSection = options.locator('section[aria-labelledby="kk-profile"]');
    await expect.poll(() => profileSection.getByRole('alert').textContent()).toBe(en('insightsSettingsGoalInvalid', 5, 95));
    await goal.fill('30');
    await goal.press('Tab');
    await expect.poll(() => profileSection.getByRole('status').textContent()).toBe(en('settingsSaved'));
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await expect.poll(() => popup.getByTestId('goal-line').textContent()).toBe(en('insightsPopupGoal_other', 3, 9, TECH, 30));
    expect(await popup.getByTestId('goal-line').getAttribute('data-below')).toBe('false');
    await popup.close();
    await goal.fill('40');
    await goal.press('Tab');
    await expect.poll(async () => (await sendRaw(options, { type: 'settings:get', payload: {} }) as { data?: { diversityGoalPercent?: number } }).data?.diversityGoalPercent).toBe(40);
    await options.close();
  });

  it('shows the share outside the user’s industry for 30 and 90 days, against the goal', async () => {
    await page.goto(`chrome-extension://${session.extensionId}/people.html#insights`);
    await expect.poll(() => page.getByTestId('insights').getAttribute('data-state')).toBe('ready');
    expect(await page.getByTestId('insights-share-30').textContent()).toBe(en('insightsShare_other', 30, 3, 9, TECH, 33));
    expect(await page.getByTestId('insights-share-90').textContent()).toBe(en('insightsShare_other', 90, 3, 9, TECH, 33));
    expect(await page.getByTestId('insights-goal-status').textContent()).toBe(en('insightsGoalBelow', 40));
    expect(await page.getByTestId('nav-insights').getAttribute('aria-current')).toBe('page');
  });

  it('the 26-week trend has a table alternative with the same numbers', async () => {
    expect(await page.getByTestId('insights-trend-chart').getAttribute('role')).toBe('img');
    await page.getByText(en('insightsShowTable')).click();
    const rows = page.getByTestId('insights-trend-table').locator('tbody tr');
    expect(await rows.count()).toBe(26);
    expect(await rows.last().locator('td').allTextContents()).toEqual(['2', '5', '40%']);
    // Weeks without touches say so rather than 0%.
    expect(await rows.nth(20).locator('td').allTextContents()).toEqual(['0', '0', '—']);
  });

  it('shows the industry mix of the network next to that of recent touches', async () => {
    const tech = page.getByTestId('insights-mix').locator('tr[data-industry="technology-information-media"] td');
    expect(await tech.allTextContents()).toEqual(['20% (1)', '67% (6)', '67% (6)']);
    const maker = page.getByTestId('insights-mix').locator('tr[data-industry="manufacturing"] td');
    expect(await maker.allTextContents()).toEqual(['20% (1)', '0% (0)', '0% (0)']);
  });

  it('lists the industries not touched for longest, each one click from a suggestion in it', async () => {
    const items = page.getByTestId('insights-stale').locator('li');
    expect(await items.locator('strong').allTextContents()).toEqual([en('industry_education'), en('industry_manufacturing'), en('industry_hospitals_health_care'), en('industry_financial_services')]);
    expect(await items.first().locator('.muted').textContent()).toBe(en('insightsStaleNever_one', 1));
    expect(await items.nth(1).locator('.muted').textContent()).toBe(en('insightsStaleDays_other', 100));
    await items.first().getByRole('button', { name: en('insightsSuggestFrom', en('industry_education')) }).click();
    const card = page.getByTestId('suggestion');
    await expect.poll(() => card.getAttribute('data-contact-id')).toBe('linkedin:teacher');
    expect(await card.locator('.name').textContent()).toBe('Tara Teacher');
    await card.locator('summary').click();
    // The starter recalls what the user knows: the topic of the latest note.
    expect(await card.locator('.starters li span').first().textContent()).toBe(en('insightsStarterRecallNote', 'Curriculum design for coding classes'));
    await card.getByRole('button', { name: en('suggestionSkip') }).click();
    await expect.poll(() => card.count()).toBe(0);
  });

  it('shows the give/ask balance overall and who has been asked more than given to', async () => {
    expect(await page.getByTestId('insights-balance').textContent()).toBe(en('insightsBalance', 1, 2));
    const giveBack = page.getByTestId('insights-give-back');
    expect(await giveBack.locator('strong').allTextContents()).toEqual(['Ben Banker']);
    expect(await giveBack.textContent()).toContain(en('insightsNudge_other', 2));
  });

  it('passes axe (WCAG 2.2 AA) in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const report = await runAxe(page);
      reportAndFilter(`insights (${colorScheme})`, report);
      expect(report.violations.map((v) => v.id)).toEqual([]);
      expect(report.passed).toContain('color-contrast');
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('the person view on the People page nudges where the user asked more than gave', async () => {
    await page.getByTestId('nav-people').click();
    await expect.poll(() => page.getByTestId('people-status').getAttribute('data-state')).toBe('ready');
    const banker = page.locator('[role=option]', { hasText: 'Ben Banker' });
    await expect.poll(() => banker.count()).toBe(1);
    await banker.click();
    await expect.poll(() => page.getByTestId('person-give-back').textContent()).toContain(en('insightsNudge_other', 2));
  });
});

describe('Insights in Japanese', () => {
  let session: ExtensionSession;

  afterAll(async () => {
    await session?.close();
  });

  it('shows the figures, the goal line and the headings in Japanese', async () => {
    session = await launchExtension({ locale: 'ja' });
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/people.html`);
    await seed(page, JA_NAMES);
    await page.goto(`chrome-extension://${session.extensionId}/people.html#insights`);
    await expect.poll(() => page.getByTestId('insights').getAttribute('data-state')).toBe('ready');
    expect(await page.getByTestId('insights-share-30').textContent()).toBe(ja('insightsShare_other', 30, 3, 9, ja('industry_technology_information_media'), 33));
    expect(await page.locator('h2').allTextContents()).toEqual(
      (['insightsGoalHeading', 'insightsMixHeading', 'insightsStaleHeading', 'insightsBalanceHeading', 'regionInsightsHeading', 'introsHeading'] as const).map((key) => ja(key)),
    );
    expect(await page.getByTestId('insights-balance').textContent()).toBe(ja('insightsBalance', 1, 2));
    // No English left in the view (names and figures aside).
    expect((await page.getByTestId('insights').textContent())!.match(/[A-Za-z]{3,}/g)).toBeNull();
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await expect.poll(() => popup.getByTestId('goal-line').textContent()).toBe(ja('insightsPopupGoal_other', 3, 9, ja('industry_technology_information_media'), 40));
  });
});
