import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, ETHAN } from './fixtures';
import { launchExtension, type ExtensionSession } from './harness';
import { navigateInApp, panel, panelHosts, panelName } from './panel';
import { ROOT } from './paths';

/** Our own scrubbed variant fixtures (utils/sites/linkedin/__fixtures__), with their expectations. */
function variant(name: string): { url: string; name: string; html: string; headline: string | null } {
  const dir = path.join(ROOT, 'utils/sites/linkedin/__fixtures__');
  const expected = JSON.parse(readFileSync(path.join(dir, `${name}.expected.json`), 'utf8'));
  return { url: expected.url, name: expected.name, headline: expected.headline, html: readFileSync(path.join(dir, `${name}.html`), 'utf8') };
}

/** The page arrives as an empty shell and the profile renders `delayMs` later, like the real SPA. */
function lateRendering(html: string, delayMs: number): string {
  const body = JSON.stringify(bodyOf(html)).replace(/</g, '\\u003c');
  return `<!doctype html><html><head><title>LinkedIn</title></head><body><main id="shell"></main>
<script>setTimeout(() => { document.body.innerHTML = ${body}; }, ${delayMs});</script></body></html>`;
}

describe('site adapters in the real page', () => {
  let session: ExtensionSession;
  const sdui = variant('profile-sdui.2026-05');
  const hashed = variant('profile-hashed.2026-05');

  beforeAll(async () => {
    session = await launchExtension();
    session.serve({ [ETHAN.url]: ETHAN.html(), [sdui.url]: lateRendering(sdui.html, 1500) });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a profile rendered 1.5 s after load still gets its details in the panel', async () => {
    const page = await session.context.newPage();
    const started = Date.now();
    await page.goto(sdui.url);
    // Before the profile renders, the panel is keyed by the URL's handle and says so.
    await expect.poll(() => panelName(page).textContent()).toBe(`@${sdui.url.split('/')[4]}`);
    await expect.poll(() => panelName(page).textContent(), { timeout: 8000 }).toBe(sdui.name);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
    expect(await panel(page).locator('.notice').count()).toBe(0);
    // Saving stores the details read off the page.
    await panel(page).getByLabel('New note').fill('Designer, accessibility');
    await panel(page).getByRole('button', { name: 'Save note' }).click();
    const popup = await session.openPopup();
    await expect.poll(() => popup.locator('li.contact .name').allTextContents()).toEqual([sdui.name]);
    await popup.close();
    await page.close();
  });

  it('in-app navigation between three profiles of different variants shows each correct name', async () => {
    const page = await session.context.newPage();
    await page.goto(ETHAN.url);
    await expect.poll(() => panelName(page).textContent()).toBe(ETHAN.name);
    for (const next of [sdui, hashed]) {
      await navigateInApp(page, new URL(next.url).pathname, bodyOf(next.html), 300);
      await expect.poll(() => panelName(page).textContent()).toBe(next.name);
      expect((await panelHosts(page)).length).toBe(1);
    }
    await page.close();
  });

  it('says what it could not read when the profile never renders, and still saves by handle', async () => {
    const page = await session.context.newPage();
    const url = 'https://www.linkedin.com/in/never-renders/';
    session.serve({ [url]: '<!doctype html><html><body><main></main></body></html>' });
    await page.goto(url);
    await expect.poll(() => panel(page).locator('.notice').textContent(), { timeout: 15_000 }).toContain('Could not read from this page: name');
    expect(await panelName(page).textContent()).toBe('@never-renders');
    await panel(page).getByLabel('New note').fill('Keyed by handle');
    await panel(page).getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => panel(page).locator('.note .body').allTextContents()).toEqual(['Keyed by handle']);
    await page.close();
  });

  it('made no network request of its own', () => {
    expect(session.foreignRequests()).toEqual([]);
  });
});
