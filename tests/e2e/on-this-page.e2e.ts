/**
 * "On this page" (DESIGN.md, "People on this page") in real Chromium: the popup lists the user's
 * contacts linked in the current tab's page — most due first, never unknown people, never people the
 * site has since removed or navigated away from — and the page's DOM is left exactly as the site
 * made it. Fixtures are our dated reconstructions in utils/sites/<site>/__fixtures__/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpDb, seedContacts, type SeedPerson } from './extension-page';
import { bodyOf, ETHAN } from './fixtures';
import { launchExtension, type ExtensionSession } from './harness';
import { en, ja } from './messages';
import { ROOT } from './paths';

const fixture = (site: 'linkedin' | 'x', name: string) => readFileSync(path.join(ROOT, 'utils/sites', site, '__fixtures__', name), 'utf8');
const FEED_URL = 'https://www.linkedin.com/feed/';
const X_HOME = 'https://x.com/home';
/** The same feed at an address no content script matches: the DOM as the site alone makes it. */
const REFERENCE_URL = 'https://reference.example/feed/';
const FEED = fixture('linkedin', 'people-feed.2026-11.html');
const X_FEED = fixture('x', 'people-home.2026-11.html');

/** Contacts saved through the real message path (popup → background router → database). */
const PEOPLE: SeedPerson[] = [
  { site: 'linkedin', handle: 'ethanohara', name: "Ethan O'Hara", daysAgo: 200, industry: 'financial-services', note: 'Met at the Fukuoka meetup\nHe likes ramen' },
  { site: 'linkedin', handle: 'priya-raman-8b1c2', name: 'Priya Raman', daysAgo: 100 },
  { site: 'linkedin', handle: '田中-美和-12345', name: '田中 美和', daysAgo: 10, note: '福岡の病院IT。次は紹介を。' },
  { site: 'linkedin', handle: 'kenji-watanabe', name: 'Kenji Watanabe', daysAgo: 20 },
  { site: 'linkedin', handle: 'not-on-this-page', name: 'Elsewhere Person', daysAgo: 300 },
  { site: 'x', handle: 'dr_mori3', name: 'Dr.Mori', daysAgo: 120 },
  { site: 'x', handle: 'hinathriftbot', name: 'Hina', daysAgo: 5 },
  { site: 'x', handle: 'yui_sato', name: 'Me on X', daysAgo: 300 },
];

/** The popup as the user sees it over `page`: `tabs.query` must find the site's tab active. */
async function popupOver(popup: Page, page: Page): Promise<void> {
  await page.bringToFront();
  await popup.reload();
}

const listed = (popup: Page) => popup.getByTestId('on-this-page').locator('li').evaluateAll((items) => items.map((li) => li.getAttribute('data-contact-id')));

describe('on this page', () => {
  let session: ExtensionSession;
  let popup: Page;

  beforeAll(async () => {
    session = await launchExtension();
    session.serve({ [FEED_URL]: FEED, [REFERENCE_URL]: FEED, [X_HOME]: X_FEED, [ETHAN.url]: ETHAN.html() });
    popup = await session.openPopup();
    await seedContacts(popup, PEOPLE);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('leaves a feed’s DOM exactly as the site made it, even after listing and scrolling', async () => {
    const reference = await session.context.newPage();
    await reference.goto(REFERENCE_URL);
    const expected = await reference.evaluate(() => document.documentElement.outerHTML);
    await reference.close();

    const page = await session.context.newPage();
    await page.setViewportSize({ width: 900, height: 300 });
    await page.goto(FEED_URL);
    await popupOver(popup, page);
    await expect.poll(() => listed(popup)).toContain('linkedin:kenji-watanabe');
    await popup.getByRole('button', { name: en('onPageShowLabel', 'Kenji Watanabe') }).click();
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(expected);
    await page.close();
  });

  it('lists exactly the known people on a LinkedIn feed, most due first, with industry, dates and a note line', async () => {
    const page = await session.context.newPage();
    await page.goto(FEED_URL);
    await popupOver(popup, page);
    // Not: unknown people, the user's own posts, company pages, or contacts who are not on the page.
    await expect.poll(() => listed(popup)).toEqual(['linkedin:ethanohara', 'linkedin:priya-raman-8b1c2', 'linkedin:kenji-watanabe', 'linkedin:田中-美和-12345']);
    const section = popup.getByTestId('on-this-page');
    expect(await section.locator('h2').textContent()).toBe(en('onPageHeading', 4));
    const ethan = section.locator('li[data-contact-id="linkedin:ethanohara"]');
    expect(await ethan.getAttribute('data-due')).toBe('yes');
    expect(await ethan.textContent()).toContain(en('industry_financial_services'));
    expect(await ethan.locator('.excerpt').textContent()).toBe('Met at the Fukuoka meetup');
    expect(await ethan.textContent()).toMatch(/Last contact: .*Due since/);
    expect(await section.locator('li[data-contact-id="linkedin:田中-美和-12345"] .excerpt').textContent()).toBe('福岡の病院IT。次は紹介を。');
    expect(await section.locator('li[data-contact-id="linkedin:田中-美和-12345"]').getAttribute('data-due')).toBe('no');
    await page.close();
  });

  it('drops people the site removes from the page', async () => {
    const page = await session.context.newPage();
    await page.goto(FEED_URL);
    await popupOver(popup, page);
    await expect.poll(() => listed(popup)).toContain('linkedin:priya-raman-8b1c2');
    // LinkedIn recycles feed nodes as the reader scrolls; the post with Priya's comment goes away.
    await page.evaluate(() => document.querySelector('[data-urn="urn:li:activity:7261000000000000003"]')?.remove());
    await popupOver(popup, page);
    await expect.poll(() => listed(popup)).toEqual(['linkedin:ethanohara', 'linkedin:kenji-watanabe', 'linkedin:田中-美和-12345']);
    await page.close();
  });

  it('follows in-app navigation from the feed to a profile and back', async () => {
    const page = await session.context.newPage();
    await page.goto(FEED_URL);
    const feedBody = bodyOf(FEED);
    await page.evaluate(
      ([url, body]) => {
        history.pushState({}, '', url);
        document.body.innerHTML = body!;
      },
      [ETHAN.url, bodyOf(ETHAN.html())],
    );
    await popupOver(popup, page);
    await expect.poll(() => popup.getByTestId('on-this-page').count()).toBe(1);
    const onProfile = await listed(popup);
    for (const gone of ['linkedin:priya-raman-8b1c2', 'linkedin:kenji-watanabe', 'linkedin:田中-美和-12345']) expect(onProfile).not.toContain(gone);

    await page.evaluate(
      ([url, body]) => {
        history.pushState({}, '', url);
        document.body.innerHTML = body!;
      },
      [FEED_URL, feedBody],
    );
    await popupOver(popup, page);
    await expect.poll(() => listed(popup)).toEqual(['linkedin:ethanohara', 'linkedin:priya-raman-8b1c2', 'linkedin:kenji-watanabe', 'linkedin:田中-美和-12345']);
    await page.close();
  });

  it('lists the known authors of an X timeline, repost and quote included, not the user', async () => {
    const page = await session.context.newPage();
    await page.goto(X_HOME);
    await popupOver(popup, page);
    await expect.poll(() => listed(popup)).toEqual(['x:dr_mori3', 'x:hinathriftbot']);
    await page.close();
  });

  it('Done logs a touch now and the person is no longer due', async () => {
    const page = await session.context.newPage();
    await page.goto(FEED_URL);
    await popupOver(popup, page);
    const section = popup.getByTestId('on-this-page');
    await expect.poll(() => listed(popup)).toContain('linkedin:ethanohara');
    const before = (await dumpDb(popup)).touches.filter((t) => t.contactId === 'linkedin:ethanohara').length;
    await section.getByRole('button', { name: "Done: Mark Ethan O'Hara as contacted today" }).click();
    await expect.poll(async () => (await dumpDb(popup)).touches.filter((t) => t.contactId === 'linkedin:ethanohara').length).toBe(before + 1);
    await expect.poll(() => section.locator('li[data-contact-id="linkedin:ethanohara"]').getAttribute('data-due')).toBe('no');
    await expect.poll(() => listed(popup)).toEqual(['linkedin:priya-raman-8b1c2', 'linkedin:kenji-watanabe', 'linkedin:田中-美和-12345', 'linkedin:ethanohara']);
    await page.close();
  });

  it('shows no section on a tab without our content script, and made no network request', async () => {
    const page = await session.context.newPage();
    await page.goto(REFERENCE_URL);
    await popupOver(popup, page);
    await expect.poll(() => popup.getByTestId('due-list').count()).toBe(1);
    expect(await popup.getByTestId('on-this-page').count()).toBe(0);
    await page.close();
    expect(session.foreignRequests()).toEqual([]);
  });
});

describe('on this page, in Japanese', () => {
  let session: ExtensionSession;
  afterAll(async () => {
    await session?.close();
  });

  it('lists the person with Japanese labels', async () => {
    session = await launchExtension({ locale: 'ja' });
    session.serve({ [FEED_URL]: FEED });
    const popup = await session.openPopup();
    await seedContacts(popup, [PEOPLE[2]!]);
    const page = await session.context.newPage();
    await page.goto(FEED_URL);
    await popupOver(popup, page);
    const section = popup.getByTestId('on-this-page');
    await expect.poll(() => section.locator('h2').textContent()).toBe(ja('onPageHeading', 1));
    expect(await section.getByRole('button', { name: ja('onPageShowLabel', '田中 美和') }).count()).toBe(1);
    expect(await section.locator('li').textContent()).toContain('連絡予定');
  });
});
