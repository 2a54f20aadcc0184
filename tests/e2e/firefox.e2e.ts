/**
 * The core flow in Firefox ESR: a note saved in the panel is there after a reload.
 *
 * Stock Firefox has no Juggler (Playwright's own protocol, compiled only into Playwright's patched
 * Firefox builds), so a plain `firefox.launch` starts Debian's firefox-esr and then waits forever
 * for a Juggler handshake. A `moz-*` channel makes Playwright speak WebDriver BiDi instead, which
 * stock Firefox ships. playwright-core 1.62.1 (installed as `playwright-firefox`) is pinned because
 * 1.65 sends BiDi commands firefox-esr 153 does not know (`emulation.setMediaFeaturesOverride`).
 *
 * The panel's shadow root is closed and Firefox has no DevTools protocol to pierce it, so the test
 * drives the panel by keyboard, as a user would (see `reachFromEnd`), and reads the saved note back
 * the way a user could: Edit, select all, copy, and paste into a text box of the page. (BiDi may
 * not open moz-extension:// pages, so the extension's database is out of reach here.)
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { firefox, type BrowserContext, type Page } from 'playwright-firefox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ETHAN } from './fixtures';
import { connectAddonDevtools, DEVTOOLS_PREFS, freePort, type AddonDevtools } from './firefox-devtools';
import { ROOT } from './paths';

const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const GECKO_ID = 'kakehashi@kakehashi.app';
const NOTE = 'Firefox note: send the Mt. Fuji photo';

/** The panel's host, as the page sees it: a child of <html> whose shadow root it cannot open. */
function hasPanel(page: Page): Promise<boolean> {
  return page.evaluate(() => [...document.documentElement.children].some((el) => el.localName.includes('-') && el.shadowRoot === null));
}

/**
 * Focuses the panel control `stops` tab stops before the panel's end, by keyboard. The panel is
 * the last thing in the document, so the test puts a button of the page after it, focuses that
 * and presses Shift+Tab: the panel's controls come in a fixed order from the end (cadence,
 * industry, the tag field, then the notes' buttons and the note box). Every press
 * must land inside the panel's host, or the count is off and the test says so.
 */
async function reachFromEnd(page: Page, stops: number): Promise<void> {
  await page.evaluate(() => {
    const after = document.createElement('button');
    after.id = 'after-panel';
    after.textContent = 'after';
    document.getElementById('after-panel')?.remove();
    document.documentElement.append(after);
    after.focus();
  });
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press('Shift+Tab');
    const inPanel = await page.evaluate(() => {
      const el = document.activeElement;
      return Boolean(el && el.parentElement === document.documentElement && el.localName.includes('-') && el.shadowRoot === null);
    });
    if (!inPanel) throw new Error(`Shift+Tab ${i + 1} of ${stops} left the panel`);
  }
}

function firefoxZip(): string {
  const dir = path.join(ROOT, '.output');
  const zip = readdirSync(dir).find((f) => /-firefox\.zip$/.test(f));
  if (!zip) throw new Error('No Firefox zip in .output: run `npm run zip` first (npm test does).');
  return path.join(dir, zip);
}

describe.skipIf(!existsSync(FIREFOX_PATH))('Firefox: the core flows', () => {
  let context: BrowserContext;
  let profile: string;
  let devtoolsPort: number;
  let devtools: AddonDevtools | undefined;

  beforeAll(async () => {
    profile = mkdtempSync(path.join(os.tmpdir(), 'kakehashi-ff-'));
    mkdirSync(path.join(profile, 'extensions'));
    copyFileSync(firefoxZip(), path.join(profile, 'extensions', `${GECKO_ID}.xpi`));
    devtoolsPort = await freePort();
    context = await firefox.launchPersistentContext(profile, {
      // BiDi, not Juggler: see the comment at the top.
      channel: 'moz-firefox-esr',
      executablePath: FIREFOX_PATH,
      headless: true,
      // The DevTools server reaches the extension's own pages (see firefox-devtools.ts).
      args: [`--start-debugger-server=${devtoolsPort}`],
      firefoxUserPrefs: {
        ...DEVTOOLS_PREFS,
        'xpinstall.signatures.required': false,
        'extensions.autoDisableScopes': 0,
        'extensions.enabledScopes': 15,
      },
    });
    await context.route(/^https?:\/\//, async (route) => {
      const url = route.request().url();
      if (url === ETHAN.url && route.request().resourceType() === 'document') {
        await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: ETHAN.html() });
      } else {
        await route.abort();
      }
    });
  });
  afterAll(async () => {
    devtools?.close();
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('shows the panel, saves a note by keyboard, and shows it again after reload', async () => {
    const page = await context.newPage();
    await page.goto(ETHAN.url);
    await expect.poll(() => hasPanel(page), { timeout: 30_000 }).toBe(true);
    // From the end: cadence, industry, tag field, note box (Save is disabled while the box is
    // empty, so not a stop).
    await expect.poll(async () => {
      try {
        await reachFromEnd(page, 4);
        return true;
      } catch {
        return false; // the panel was still loading
      }
    }, { timeout: 30_000 }).toBe(true);
    // Keys only: WebDriver BiDi enters characters no key produces (Japanese) with script events,
    // which are untrusted, and the panel rightly ignores them. Real IME input is trusted; the
    // Chromium keyboard suite covers it.
    await page.keyboard.type(NOTE);
    await page.keyboard.press('Control+Enter');
    // Saved, so the note box is empty again and the note's Edit and Delete buttons exist.
    await page.waitForTimeout(1000);

    // After a reload the panel lists the note: its Edit button is 5 stops from the end (after
    // Delete), and the editor it opens holds the stored text.
    await page.reload();
    await expect.poll(() => hasPanel(page), { timeout: 30_000 }).toBe(true);
    await expect.poll(async () => {
      try {
        await reachFromEnd(page, 5);
        return true;
      } catch {
        return false;
      }
    }, { timeout: 30_000 }).toBe(true);
    await page.keyboard.press('Enter');
    // Editing: cadence, industry, tag field, Cancel, Save, then the edit box.
    await reachFromEnd(page, 6);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+C');
    await page.evaluate(() => {
      const sink = document.createElement('textarea');
      sink.id = 'paste-here';
      document.body.prepend(sink);
      sink.focus();
    });
    await page.keyboard.press('Control+V');
    await expect.poll(() => page.evaluate(() => (document.getElementById('paste-here') as HTMLTextAreaElement).value)).toBe(NOTE);
  });

  it('counts due people on the toolbar badge (browserAction: the Firefox build is MV2)', async () => {
    devtools = await connectAddonDevtools(devtoolsPort, GECKO_ID);
    const background = /\/_generated_background_page\.html$/;
    // An extension page sends the same messages the popup and panel send; the background page cannot message itself.
    await devtools.evaluate(background, `browser.tabs.create({ url: browser.runtime.getURL('/options.html') }).then(() => null)`);
    const longAgo = Date.now() - 200 * 24 * 60 * 60 * 1000;
    for (const handle of ['ff-badge-aoki', 'ff-badge-brandt']) {
      const profile = { site: 'linkedin', handle, name: handle, headline: null, company: null, location: null, avatarUrl: null };
      const message = JSON.stringify({ type: 'contact:set-last-contact', payload: { profile, at: longAgo } });
      const reply = await devtools.evaluate<{ ok: boolean }>(/\/options\.html$/, `browser.runtime.sendMessage(${message})`);
      expect(reply.ok).toBe(true);
    }
    await expect.poll(() => devtools!.evaluate<string>(background, 'browser.browserAction.getBadgeText({})'), { timeout: 10_000 }).toBe('2');
  });

  it('People page: search finds a person by a word in a note', async () => {
    devtools ??= await connectAddonDevtools(devtoolsPort, GECKO_ID);
    const background = /\/_generated_background_page\.html$/;
    await devtools.evaluate(background, `browser.tabs.create({ url: browser.runtime.getURL('/options.html') }).then(() => null)`);
    // Seeded through the background's own write path (the message the panel sends), so the
    // search index is built as it is for a user.
    const people = [
      { handle: 'ff-people-sato', name: '佐藤 美咲', note: 'Met at the Kanazawa ceramics fair; loves 勉強会' },
      { handle: 'ff-people-okafor', name: 'Chidi Okafor', note: 'Talked about fintech in Lagos' },
    ];
    for (const person of people) {
      const profile = { site: 'linkedin', handle: person.handle, name: person.name, headline: null, company: null, location: null, avatarUrl: null };
      const message = JSON.stringify({ type: 'note:add', payload: { profile, body: person.note } });
      const reply = await devtools.evaluate<{ ok: boolean }>(/\/options\.html$/, `browser.runtime.sendMessage(${message})`);
      expect(reply.ok).toBe(true);
    }
    await devtools.evaluate(background, `browser.tabs.create({ url: browser.runtime.getURL('/people.html') }).then(() => null)`);
    const peoplePage = /\/people\.html$/;
    const status = () =>
      devtools!.evaluate<{ state: string | null; query: string | null; count: string | null; names: string[] }>(
        peoplePage,
        `(() => {
          const s = document.querySelector('[data-testid=people-status]');
          return { state: s && s.getAttribute('data-state'), query: s && s.getAttribute('data-query'), count: s && s.getAttribute('data-count'),
            names: [...document.querySelectorAll('[role=option] .name')].map((n) => n.textContent) };
        })()`,
      );
    // The whole book is listed (earlier tests of this file saved people too).
    await expect.poll(async () => (await status()).names, { timeout: 30_000 }).toEqual(expect.arrayContaining(people.map((p) => p.name)));
    // Typing: the page's own input handler, as a keystroke would reach it (the People page is an
    // extension page, not the panel, so it has no trusted-events-only rule).
    await devtools.evaluate(
      peoplePage,
      `(() => {
        const box = document.querySelector('[data-testid=people-search]');
        box.focus();
        box.value = 'kanazawa ceramic';
        box.dispatchEvent(new InputEvent('input', { bubbles: true }));
        return null;
      })()`,
    );
    await expect.poll(status, { timeout: 15_000 }).toMatchObject({ state: 'ready', query: 'kanazawa ceramic', count: '1', names: ['佐藤 美咲'] });
    const marks = await devtools.evaluate<string[]>(peoplePage, `[...document.querySelectorAll('[role=option] mark')].map((m) => m.textContent)`);
    expect(marks.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['kanazawa', 'ceramic']));
  });
});
