/**
 * Introductions in Insights (people.html#insights) in real Chromium: pairs from different industries
 * who share a rare topic, with the reason and a ready draft; Copy (and a refused clipboard: a message
 * and the draft selected), Skip and Snooze remembered across a reload, "I introduced them" by keyboard
 * recording an `introduced` touch for both, axe in light and dark, and Japanese. Seeded through the
 * extension's own messages, as the panel writes.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportAndFilter, runAxe } from './axe';
import { dumpDb, sendRaw } from './extension-page';
import { launchExtension, type ExtensionSession } from './harness';
import { en, ja } from './messages';

const profile = (handle: string, name: string) => ({ site: 'linkedin', handle, name, headline: null, company: null, location: null, avatarUrl: null });

async function send(page: Page, type: string, payload: unknown): Promise<void> {
  const reply = await sendRaw(page, { type, payload });
  expect(reply, `${type} ${JSON.stringify(reply)}`).toMatchObject({ ok: true });
}

type Seed = Record<string, { name: string; industry: string; tags?: string[]; note?: string }>;

async function seed(page: Page, people: Seed): Promise<void> {
  await send(page, 'settings:save', { patch: { industry: 'technology-information-media', onboardedAt: Date.now() } });
  for (const [handle, p] of Object.entries(people)) {
    await send(page, 'contact:update', { profile: profile(handle, p.name), patch: { industry: p.industry, ...(p.tags ? { tags: p.tags } : {}) } });
    if (p.note) await send(page, 'note:add', { profile: profile(handle, p.name), body: p.note });
  }
}

/** The extension's touches, read from its IndexedDB in the page. */
function readTouches(page: Page): Promise<Array<{ contactId: string; kind: string; otherId?: string }>> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('kakehashi');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('touches').objectStore('touches').getAll();
          all.onsuccess = () => {
            resolve(all.result);
            open.result.close();
          };
        };
      }),
  );
}

const EN: Seed = {
  nurse: { name: 'Nora Nurse', industry: 'hospitals-health-care', note: 'Curious about Kubernetes for the hospital records project.' },
  dev: { name: 'Dev Tanaka', industry: 'technology-information-media', tags: ['Kubernetes'] },
  teacher: { name: 'Tara Teacher', industry: 'education', note: 'Runs the school chess club.' },
  driver: { name: 'Dan Driver', industry: 'transportation-logistics', note: 'Plays chess online every night.' },
  farmer: { name: 'Fay Farmer', industry: 'farming-ranching-forestry', note: 'Started beekeeping this spring.' },
  analyst: { name: 'Al Analyst', industry: 'financial-services', note: 'Beekeeping on the office rooftop.' },
};

const KUBE = 'linkedin:dev linkedin:nurse';
const CHESS = 'linkedin:driver linkedin:teacher';
const BEES = 'linkedin:analyst linkedin:farmer';

describe('Introductions', () => {
  let session: ExtensionSession;
  let page: Page;
  const card = (pair: string) => page.locator(`[data-testid=intro][data-pair="${pair}"]`);
  const open = async () => {
    await page.goto(`chrome-extension://${session.extensionId}/people.html#insights`);
    await page.waitForSelector('[data-testid=intros][data-state=ready]');
  };

  beforeAll(async () => {
    session = await launchExtension();
    page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/people.html`);
    await seed(page, EN);
    await open();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('lists pairs from different industries with their industries, the shared topic and a draft', async () => {
    expect((await page.getByTestId('intro').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-pair')))).sort()).toEqual([BEES, KUBE, CHESS].sort());
    const kube = card(KUBE);
    expect(await kube.locator('.intro-people').textContent()).toBe(`Dev Tanaka (${en('industry_technology_information_media')}) ↔ Nora Nurse (${en('industry_hospitals_health_care')})`);
    expect(await kube.getByTestId('intro-reason').textContent()).toBe(en('introsReasonTopic', 'Kubernetes'));
    expect(await kube.getByTestId('intro-draft').inputValue()).toBe(
      en('introsDraft', 'Dev Tanaka', 'Nora Nurse', en('industry_technology_information_media'), en('industry_hospitals_health_care'), 'Kubernetes'),
    );
    expect(await card(CHESS).getByTestId('intro-reason').textContent()).toBe(en('introsReasonTopic', 'chess'));
  });

  it('passes axe (WCAG 2.2 AA) in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const report = await runAxe(page);
      reportAndFilter(`introductions (${colorScheme})`, report);
      expect(report.violations.map((v) => v.id)).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('Copy puts the draft on the clipboard and sends nothing', async () => {
    // Chromium grants no clipboard-read to an extension origin here: record what the real
    // writeText was given (it still runs, and its success is what the status reports).
    await page.evaluate(() => {
      const clipboard = navigator.clipboard;
      const write = clipboard.writeText.bind(clipboard);
      (window as unknown as { copied: string[] }).copied = [];
      clipboard.writeText = (text: string) => {
        (window as unknown as { copied: string[] }).copied.push(text);
        return write(text);
      };
    });
    const kube = card(KUBE);
    await kube.getByTestId('intro-copy').click();
    await expect.poll(() => kube.getByTestId('intro-copy-status').getAttribute('data-state')).toBe('done');
    expect(await kube.getByTestId('intro-copy-status').textContent()).toBe(en('introsCopied'));
    expect(await page.evaluate(() => (window as unknown as { copied: string[] }).copied)).toEqual([await kube.getByTestId('intro-draft').inputValue()]);
  });

  it('a refused clipboard says so and selects the draft to copy by hand', async () => {
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('Document is not focused.', 'NotAllowedError')) },
      });
    });
    const chess = card(CHESS);
    await chess.getByTestId('intro-copy').click();
    const status = chess.getByTestId('intro-copy-status');
    await expect.poll(() => status.getAttribute('data-state')).toBe('error');
    expect(await status.getAttribute('role')).toBe('alert');
    expect(await status.textContent()).toBe(en('introsCopyFailed'));
    const draft = chess.getByTestId('intro-draft');
    const length = (await draft.inputValue()).length;
    expect(await draft.evaluate((el: HTMLTextAreaElement) => [document.activeElement === el, el.selectionStart, el.selectionEnd])).toEqual([true, 0, length]);
  });

  it('Skip and Snooze take a pair away, and it stays away after a reload', async () => {
    await card(CHESS).getByTestId('intro-skip').click();
    await expect.poll(() => card(CHESS).count()).toBe(0);
    expect(await page.getByTestId('intros-said').textContent()).toBe(en('introsSkippedSaid', 'Dan Driver ↔ Tara Teacher'));
    await card(BEES).getByTestId('intro-snooze').click();
    await expect.poll(() => card(BEES).count()).toBe(0);
    expect(await page.getByTestId('intros-said').textContent()).toBe(en('introsSnoozedSaid', 'Al Analyst ↔ Fay Farmer'));
    await open();
    expect(await page.getByTestId('intro').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-pair')))).toEqual([KUBE]);
  });

  it('"I introduced them", by keyboard, records an introduced touch for both, each naming the other', async () => {
    const done = card(KUBE).getByTestId('intro-done');
    await done.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => card(KUBE).count()).toBe(0);
    expect(await page.getByTestId('intros-said').textContent()).toBe(en('introsDoneSaid', 'Dev Tanaka ↔ Nora Nurse'));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('insights-intros-heading');
    const introduced = (await readTouches(page)).filter((t) => t.kind === 'introduced').map((t) => [t.contactId, t.otherId]);
    expect(introduced.sort()).toEqual([
      ['linkedin:dev', 'linkedin:nurse'],
      ['linkedin:nurse', 'linkedin:dev'],
    ]);
    expect(await page.getByTestId('intros-none').count()).toBe(1);
    await open();
    expect(await page.getByTestId('intro').count()).toBe(0);
  });

  it('made no network request of its own', () => {
    expect(session.foreignRequests()).toEqual([]);
  });
});

describe('Introductions: hometown ↔ current city', () => {
  let session: ExtensionSession;

  afterAll(async () => {
    await session?.close();
  });

  it('with the hometown and city set in the options page, suggests the pair from each with the reason, and logs it for both', async () => {
    session = await launchExtension();
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/people.html`);
    // Three people share a rare tag, each in another industry: the one from the hometown, the one in
    // the current city, and one elsewhere. The hometown ↔ city pair ranks first, and each person is
    // in one suggestion at most, so it is the only one.
    await seed(page, {
      home: { name: 'Hana Hometown', industry: 'farming-ranching-forestry', tags: ['Shinkansen'] },
      city: { name: 'Cody City', industry: 'financial-services', tags: ['Shinkansen'] },
      away: { name: 'Olga Osaka', industry: 'education', tags: ['Shinkansen'] },
    });
    // Each person's region, typed in the People page's pane (the messages do not set it).
    await page.reload();
    for (const [handle, name, region] of [['home', 'Hana Hometown', 'Fukuoka, Japan'], ['city', 'Cody City', 'Tokyo'], ['away', 'Olga Osaka', 'Osaka']] as const) {
      await page.locator('[role=option]', { hasText: name }).click();
      await expect.poll(() => page.getByTestId('person-view').locator('h2').textContent()).toBe(name);
      await page.getByTestId('person-view').getByTestId('pane-region').fill(region);
      await page.getByTestId('person-view').getByTestId('pane-region').press('Enter');
      await expect.poll(async () => (await dumpDb(page)).contacts.find((c) => c.id === `linkedin:${handle}`)?.region).toBe(region);
    }
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByTestId('settings-hometown').fill('Fukuoka');
    await options.getByTestId('settings-hometown').press('Enter');
    await options.getByLabel(en('regionSettingsCity')).fill('tokyo');
    await options.getByLabel(en('regionSettingsCity')).press('Tab');
    await expect.poll(async () => (await dumpDb(options)).settings[0]).toMatchObject({ hometown: 'Fukuoka', currentCity: 'tokyo' });
    await options.close();

    await page.goto(`chrome-extension://${session.extensionId}/people.html#insights`);
    await page.waitForSelector('[data-testid=intros][data-state=ready]');
    const intro = page.getByTestId('intro');
    expect(await intro.count()).toBe(1);
    expect(await intro.getAttribute('data-pair')).toBe('linkedin:city linkedin:home');
    expect(await intro.getAttribute('data-kind')).toBe('hometown');
    expect(await intro.locator('.intro-label').textContent()).toBe(en('introsLabelHometown'));
    expect(await intro.getByTestId('intro-reason').textContent()).toBe(
      `${en('introsReasonHometown', 'Hana Hometown', 'Fukuoka', 'Cody City', 'tokyo')} ${en('introsReasonTopic', 'Shinkansen')}`,
    );

    const pair = page.locator('[data-testid=intro][data-pair="linkedin:city linkedin:home"]');
    await intro.getByTestId('intro-done').click();
    await expect.poll(() => pair.count()).toBe(0);
    expect(await page.getByTestId('intros-said').textContent()).toBe(en('introsDoneSaid', 'Cody City ↔ Hana Hometown'));
    const introduced = (await readTouches(page)).filter((t) => t.kind === 'introduced').map((t) => [t.contactId, t.otherId]);
    expect(introduced.sort()).toEqual([
      ['linkedin:city', 'linkedin:home'],
      ['linkedin:home', 'linkedin:city'],
    ]);
    // The log wrote touches, so the engine runs again (in its worker): the pair stays away, and
    // Olga, who shares the tag, can now be suggested with one of them (a topic pair).
    await page.waitForSelector('[data-testid=intros][data-state=ready]');
    await page.reload();
    await page.waitForSelector('[data-testid=intros][data-state=ready]');
    expect(await pair.count()).toBe(0);
    const next = await page.getByTestId('intro').evaluateAll((cards) => cards.map((c) => [c.getAttribute('data-pair'), c.getAttribute('data-kind')]));
    expect(next).toHaveLength(1);
    expect(next[0]![0]).toMatch(/^linkedin:away linkedin:(city|home)$/);
    expect(next[0]![1]).toBe('topic');
    expect(session.foreignRequests()).toEqual([]);
  });
});

describe('Introductions in Japanese', () => {
  let session: ExtensionSession;

  afterAll(async () => {
    await session?.close();
  });

  it('shows the reason as the whole shared word and a Japanese draft, with no English left', async () => {
    session = await launchExtension({ locale: 'ja' });
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/people.html`);
    await seed(page, {
      ryokan: { name: '旅館 花子', industry: 'accommodation-services', note: '日本酒の酒蔵めぐりが趣味。' },
      dev: { name: '開発 太郎', industry: 'technology-information-media', note: '週末は日本酒の勉強会に参加している。' },
    });
    await page.goto(`chrome-extension://${session.extensionId}/people.html#insights`);
    await expect.poll(() => page.getByTestId('intros').getAttribute('data-state')).toBe('ready');
    const intro = page.getByTestId('intro');
    expect(await intro.count()).toBe(1);
    expect(await intro.getByTestId('intro-reason').textContent()).toBe(ja('introsReasonTopic', '日本酒'));
    expect(await intro.getByTestId('intro-draft').inputValue()).toBe(
      ja('introsDraft', '開発 太郎', '旅館 花子', ja('industry_technology_information_media'), ja('industry_accommodation_services'), '日本酒'),
    );
    expect(await page.locator('#insights-intros-heading').textContent()).toBe(ja('introsHeading'));
    expect((await page.getByTestId('intros').textContent())!.match(/[A-Za-z]{3,}/g)).toBeNull();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const report = await runAxe(page);
      reportAndFilter(`introductions ja (${colorScheme})`, report);
      expect(report.violations.map((v) => v.id)).toEqual([]);
    }
    expect(session.foreignRequests()).toEqual([]);
  });
});
