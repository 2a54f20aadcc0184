/**
 * The core flow in Firefox ESR: a note saved in the panel is there after a reload.
 *
 * Stock Firefox has no Juggler (Playwright's own protocol, compiled only into Playwright's patched
 * Firefox builds), so a plain `firefox.launch` starts Debian's firefox-esr and then waits forever
 * for a Juggler handshake. A `moz-*` channel makes Playwright speak WebDriver BiDi instead, which
 * stock Firefox ships. playwright-core 1.62.1 (installed as `playwright-firefox`) is pinned because
 * 1.65 sends BiDi commands firefox-esr 153 does not know (`emulation.setMediaFeaturesOverride`).
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { firefox, type BrowserContext } from 'playwright-firefox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ETHAN } from './fixtures';
import { connectAddonDevtools, DEVTOOLS_PREFS, freePort, type AddonDevtools } from './firefox-devtools';
import { ROOT } from './paths';

const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const GECKO_ID = 'kakehashi@kakehashi.app';

function firefoxZip(): string {
  const dir = path.join(ROOT, '.output');
  const zip = readdirSync(dir).find((f) => /-firefox\.zip$/.test(f));
  if (!zip) throw new Error('No Firefox zip in .output: run `npm run zip` first (npm test does).');
  return path.join(dir, zip);
}

describe.skipIf(!existsSync(FIREFOX_PATH))('Firefox: panel note survives a reload', () => {
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

  it('shows the panel, saves a note, and shows it again after reload', async () => {
    const page = await context.newPage();
    await page.goto(ETHAN.url);
    const name = page.locator('kakehashi-panel [data-testid=panel-name]');
    await expect.poll(() => name.textContent(), { timeout: 30_000 }).toBe(ETHAN.name);
    await page.locator('kakehashi-panel textarea').first().fill('Firefox note: 富士山の写真を送る');
    await page.locator('kakehashi-panel button.primary').first().click();
    const notes = page.locator('kakehashi-panel .note .body');
    await expect.poll(() => notes.allTextContents()).toEqual(['Firefox note: 富士山の写真を送る']);
    await page.reload();
    await expect.poll(() => name.textContent(), { timeout: 30_000 }).toBe(ETHAN.name);
    await expect.poll(() => notes.allTextContents()).toEqual(['Firefox note: 富士山の写真を送る']);
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
});
