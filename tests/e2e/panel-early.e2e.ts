import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ETHAN } from './fixtures';
import { launchExtension, type ExtensionSession } from './harness';
import { en } from './messages';
import { evaluateInPanel, panel, panelName } from './panel';

const SLOW_SCRIPT = 'https://www.linkedin.com/kk-test-slow.js';
const HOLD_MS = 4_000;

/** ETHAN's page with a render-blocking script right after <body>: the parser waits HOLD_MS there. */
function blockedPage(): string {
  return ETHAN.html().replace(/<body[^>]*>/, (tag) => `${tag}<script src="${SLOW_SCRIPT}"></script>`);
}

describe('panel-early: the note shows while the page is still parsing; the rest follows', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
    session.serve({ [ETHAN.url]: ETHAN.html() });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows the saved note before the site has parsed its page, and the tag editor and pickers once it has', async () => {
    const page = await session.context.newPage();
    await page.goto(ETHAN.url);
    await expect.poll(() => panelName(page).textContent()).toBe(ETHAN.name);
    await panel(page).getByLabel(en('noteLabel')).fill('Early bird note');
    await panel(page).getByRole('button', { name: en('noteSave') }).click();
    await expect.poll(() => panel(page).locator('.note .body').allTextContents()).toEqual(['Early bird note']);
    await page.close();

    session.serve({ [ETHAN.url]: blockedPage() });
    await session.context.route(SLOW_SCRIPT, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, HOLD_MS));
      await route.fulfill({ contentType: 'text/javascript', body: 'void 0;' });
    });
    const early = await session.context.newPage();
    await early.goto(ETHAN.url, { waitUntil: 'commit' });
    const read = () =>
      evaluateInPanel(
        early,
        (root) => ({
          state: document.readyState,
          headerParsed: document.querySelector('main h1') !== null,
          notes: [...root.querySelectorAll('.note .body')].map((n) => n.textContent),
          tags: root.querySelector('#kk-tags-heading') !== null,
          industry: root.querySelector('#kk-engage-heading') !== null,
        }),
        null,
        null,
      );
    await expect.poll(async () => (await read())?.notes, { timeout: HOLD_MS }).toEqual(['Early bird note']);
    // Seen while the parser still waits for the site's script, before the header exists.
    expect(await read()).toEqual({ state: 'loading', headerParsed: false, notes: ['Early bird note'], tags: false, industry: false });
    // After the page: the extras script brings the tag editor and the industry picker into the same panel.
    await expect.poll(async () => (await read())?.tags, { timeout: HOLD_MS * 3 }).toBe(true);
    expect(await read()).toMatchObject({ headerParsed: true, tags: true, industry: true });
    expect(session.foreignRequests()).toEqual([]);
    await early.close();
  });
});
