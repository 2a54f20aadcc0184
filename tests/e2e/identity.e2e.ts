/**
 * One record per person in the real page (issue 13, items 4 and 5): a LinkedIn member-id URL is the
 * vanity slug's person; a renamed X handle keeps its notes, the old URL still opens the person and
 * the panel says "@old is now @new"; an unreadable profile offers "Copy a report" whose clipboard
 * text holds the page's structure and none of its text, names or links.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpDb } from './extension-page';
import { launchExtension, type ExtensionSession } from './harness';
import { en, upToFirstPlaceholder } from './messages';
import { evaluateInPanel, focused, panel, panelName } from './panel';
import { ROOT } from './paths';

const fixture = (site: string, name: string) => readFileSync(path.join(ROOT, `utils/sites/${site}/__fixtures__/${name}.html`), 'utf8');
const SHELL = '<!doctype html><html><body><main></main></body></html>';

const KENTA = { memberUrl: 'https://www.linkedin.com/in/ACoAAC8k2QwBz7/', slugUrl: 'https://www.linkedin.com/in/kenta-yamada-7f3e21/', html: fixture('linkedin', 'profile-sdui-ja.2026-11'), name: '山田 健太' };
const JONAS = { memberUrl: 'https://www.linkedin.com/in/ACoAAD1j7RmKx2/', slugUrl: 'https://www.linkedin.com/in/jonas-becker-b2c3d4/', html: fixture('linkedin', 'profile-sdui-de.2026-11'), name: 'Jonas Becker' };
const RENAMED = fixture('x', 'profile-renamed-handle.2026-11');
/** The same account before the rename: the header shows the old handle, the X user id is the same. */
const BEFORE_RENAME = RENAMED.replaceAll('Mika_Tsukuru', 'mika_builds');

async function saveNote(page: Page, body: string): Promise<void> {
  await panel(page).getByLabel(en('noteLabel')).fill(body);
  await panel(page).getByRole('button', { name: en('noteSave') }).click();
  await expect.poll(() => panel(page).locator('.note .body').allTextContents()).toContain(body);
}

describe('identity: one record per person', () => {
  let session: ExtensionSession;
  let dbPage: Page;

  beforeAll(async () => {
    session = await launchExtension();
    session.serve({
      [KENTA.memberUrl]: KENTA.html,
      [KENTA.slugUrl]: KENTA.html,
      [JONAS.memberUrl]: SHELL,
      [JONAS.slugUrl]: JONAS.html,
      'https://x.com/mika_builds': BEFORE_RENAME,
      'https://x.com/Mika_Tsukuru': RENAMED,
    });
    dbPage = await session.openOptions();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a member-id URL that shows the card is the slug’s person: the note saved there is on the slug, one record', async () => {
    const page = await session.context.newPage();
    await page.goto(KENTA.memberUrl);
    await expect.poll(() => panelName(page).textContent(), { timeout: 10_000 }).toBe(KENTA.name);
    await saveNote(page, '仙台の勉強会で会った');
    await page.goto(KENTA.slugUrl);
    await expect.poll(() => panelName(page).textContent()).toBe(KENTA.name);
    await expect.poll(() => panel(page).locator('.note .body').allTextContents()).toEqual(['仙台の勉強会で会った']);
    const { contacts, notes } = await dumpDb(dbPage);
    expect(contacts.map((c) => [c.id, c.aliases])).toEqual([['linkedin:kenta-yamada-7f3e21', ['linkedin:acoaac8k2qwbz7']]]);
    expect(notes.map((n) => n.contactId)).toEqual(['linkedin:kenta-yamada-7f3e21']);
    await page.close();
  });

  it('a note saved at an unreadable member-id URL moves to the slug once its page names both; the member-id URL still finds them', async () => {
    const page = await session.context.newPage();
    await page.goto(JONAS.memberUrl);
    await expect.poll(() => panel(page).locator('.notice').textContent(), { timeout: 15_000 }).toContain(upToFirstPlaceholder(en, 'panelUnreadable'));
    await saveNote(page, 'Energy storage, Hamburg meetup');
    expect((await dumpDb(dbPage)).contacts.map((c) => c.id)).toContain('linkedin:acoaad1j7rmkx2');

    await page.goto(JONAS.slugUrl);
    await expect.poll(() => panelName(page).textContent()).toBe(JONAS.name);
    await expect.poll(() => panel(page).locator('.note .body').allTextContents()).toEqual(['Energy storage, Hamburg meetup']);
    await expect.poll(async () => (await dumpDb(dbPage)).contacts.map((c) => c.id).sort()).toEqual(['linkedin:jonas-becker-b2c3d4', 'linkedin:kenta-yamada-7f3e21']);
    const { contacts, notes } = await dumpDb(dbPage);
    expect(contacts.find((c) => c.id === 'linkedin:jonas-becker-b2c3d4')?.aliases).toEqual(['linkedin:acoaad1j7rmkx2']);
    expect(notes.filter((n) => n.body === 'Energy storage, Hamburg meetup').map((n) => n.contactId)).toEqual(['linkedin:jonas-becker-b2c3d4']);

    await page.goto(JONAS.memberUrl);
    await expect.poll(() => panel(page).locator('.note .body').allTextContents()).toEqual(['Energy storage, Hamburg meetup']);
    await page.close();
  });

  it('a renamed X handle: re-keyed with the note kept, "@old is now @new", and the old URL still opens the person', async () => {
    const page = await session.context.newPage();
    await page.goto('https://x.com/mika_builds');
    await expect.poll(() => panelName(page).textContent()).toBe('高橋 美香');
    await saveNote(page, '盛岡の木工、棚を注文した');
    await expect.poll(async () => (await dumpDb(dbPage)).contacts.find((c) => c.id === 'x:mika_builds')?.xUserId).toBe('1500000000000000077');

    // Renamed: the same account (same user id) under the new handle.
    await page.goto('https://x.com/Mika_Tsukuru');
    await expect.poll(() => panel(page).getByTestId('panel-renamed').textContent()).toBe(en('identRenamed', 'mika_builds', 'mika_tsukuru'));
    await expect.poll(() => panel(page).locator('.note .body').allTextContents()).toEqual(['盛岡の木工、棚を注文した']);
    const { contacts, notes } = await dumpDb(dbPage);
    const xContacts = contacts.filter((c) => c.site === 'x');
    expect(xContacts.map((c) => [c.id, c.aliases, c.xUserId])).toEqual([['x:mika_tsukuru', ['x:mika_builds'], '1500000000000000077']]);
    expect(notes.filter((n) => String(n.contactId).startsWith('x:')).map((n) => n.contactId)).toEqual(['x:mika_tsukuru']);

    // The old URL, where X now says the account does not exist, still opens the person.
    session.serve({ 'https://x.com/mika_builds': fixture('x', 'negative-account-missing.2026-05') });
    await page.goto('https://x.com/mika_builds');
    await expect.poll(() => panel(page).locator('.note .body').allTextContents()).toEqual(['盛岡の木工、棚を注文した']);
    expect(await panel(page).getByTestId('panel-renamed').textContent()).toBe(en('identRenamed', 'mika_builds', 'mika_tsukuru'));
    expect(await panelName(page).textContent()).toBe('高橋 美香');
    await page.close();
    expect(session.foreignRequests()).toEqual([]);
  });

  it('Copy a report on an unreadable page: the clipboard holds shapes of the card, no page text, names, links or notes', async () => {
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.linkedin.com' });
    // Kenta's URL while Jonas's card is still on screen (the in-app navigation race): unreadable.
    const url = 'https://www.linkedin.com/in/kenta-yamada-7f3e21/?race=1';
    session.serve({ [url]: fixture('linkedin', 'negative-previous-sdui.2026-11') });
    const page = await session.context.newPage();
    await page.goto(url);
    await expect.poll(() => panel(page).locator('.notice').textContent(), { timeout: 15_000 }).toContain(upToFirstPlaceholder(en, 'panelUnreadable'));
    await panel(page).getByRole('button', { name: en('identReportCopy') }).click();
    await expect.poll(() => panel(page).getByTestId('report-status').textContent()).toBe(en('identReportCopied'));
    const report = await page.evaluate(() => navigator.clipboard.readText());
    expect(report).toContain('Kakehashi page report (format 1)');
    expect(report).toContain('start: top card (sdui)');
    expect(report).toContain('componentkey="com.linkedin.sdui.profile.card.ref{Aa9 x14}Topcard"');
    expect(report).toMatch(/<h2 class="_3d0f9a6c">\n\s+"Aa x12"/);
    expect(report).toMatch(/href="https:\/\/www\.linkedin\.com\/in\/\{a9- x19\}\/overlay\/contact-info\/"/);
    for (const secret of ['Jonas', 'Becker', 'jonas-becker', 'Hamburg', 'Kenta', 'kenta-yamada', 'ACoAAD1j7RmKx2', 'ACoAAC8k2QwBz7', 'https://media.licdn.com/dms/image/v2/D4E03AQjonas042', '仙台の勉強会で会った']) {
      expect(report, secret).not.toContain(secret);
    }
    await page.close();
    expect(session.foreignRequests()).toEqual([]);
  });

  it('Copy a report when the browser refuses the clipboard: a clear message, and the report selected in a box to copy by hand', async () => {
    const url = 'https://www.linkedin.com/in/kenta-yamada-7f3e21/?race=2';
    session.serve({ [url]: fixture('linkedin', 'negative-previous-sdui.2026-11') });
    const page = await session.context.newPage();
    // The site's clipboard permission set to "Block", as a user or a policy can: writeText rejects.
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Browser.setPermission', { permission: { name: 'clipboard-write' }, setting: 'denied', origin: 'https://www.linkedin.com' });
    await cdp.send('Browser.setPermission', { permission: { name: 'clipboard-write', allowWithoutSanitization: false }, setting: 'denied', origin: 'https://www.linkedin.com' });
    await page.goto(url);
    await expect.poll(() => panel(page).locator('.notice').textContent(), { timeout: 15_000 }).toContain(upToFirstPlaceholder(en, 'panelUnreadable'));
    await panel(page).getByRole('button', { name: en('identReportCopy') }).click();
    await expect.poll(() => panel(page).getByTestId('report-status').textContent()).toBe(en('identReportFailed'));
    expect(await panel(page).getByTestId('report-status').getAttribute('role')).toBe('alert');
    expect(await panel(page).locator('label.report-text').textContent()).toBe(en('adaptReportText'));
    const report = (await panel(page).getByTestId('report-text').inputValue()) ?? '';
    expect(report).toContain('Kakehashi page report (format 1)');
    expect(report).toContain('componentkey="com.linkedin.sdui.profile.card.ref{Aa9 x14}Topcard"');
    for (const secret of ['Jonas', 'Becker', 'jonas-becker', 'Hamburg', 'kenta-yamada', 'ACoAAD1j7RmKx2', '仙台の勉強会で会った']) {
      expect(report, secret).not.toContain(secret);
    }
    // Focused and wholly selected, so one Ctrl+C copies it; selectable although the rest of the panel is not.
    expect(await focused(page)).toMatchObject({ inPanel: true, tag: 'textarea' });
    const selection = await evaluateInPanel(
      page,
      (root) => {
        const box = root.querySelector<HTMLTextAreaElement>('[data-testid=report-text]');
        return box ? { start: box.selectionStart, end: box.selectionEnd, length: box.value.length, readOnly: box.readOnly, userSelect: getComputedStyle(box).userSelect } : null;
      },
      null,
      null,
    );
    expect(selection).toEqual({ start: 0, end: report.length, length: report.length, readOnly: true, userSelect: 'text' });
    await page.close();
    expect(session.foreignRequests()).toEqual([]);
  });
});
