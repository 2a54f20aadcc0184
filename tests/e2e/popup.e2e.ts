/**
 * The popup in real Chromium (issue 10): an error that survives the reload after a failed action,
 * a due list longer than one page, and no suggestion pretending to diversity when the user's own
 * industry is unknown.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpDb, sendAllRaw, sendRaw } from './extension-page';
import { launchExtension, type ExtensionSession } from './harness';
import { en } from './messages';

const DAY = 86_400_000;
const profileOf = (handle: string, name: string) => ({ site: 'linkedin', handle, name, headline: null, company: null, location: null, avatarUrl: null });

/** Saves people last contacted `daysAgo[i]` days ago through the real message path: all due (default 90 days). */
async function seedDue(page: Page, prefix: string, daysAgo: number[]): Promise<void> {
  const replies = await sendAllRaw(
    page,
    daysAgo.map((d, i) => ({
      type: 'contact:set-last-contact',
      payload: { profile: profileOf(`${prefix}-${i}`, `${prefix} ${i}`), at: Date.now() - d * DAY },
    })),
  );
  expect(replies.every((r) => 'ok' in r && r.ok)).toBe(true);
}

/**
 * Deletes a contact straight from IndexedDB, as the People page in another tab would have. The
 * app's own writes replace the popup's cache stamp (utils/db/popup-home.ts); a raw write clears it.
 */
function deleteContact(page: Page, id: string): Promise<void> {
  return page.evaluate(
    (key) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('kakehashi');
        open.onsuccess = () => {
          const tx = open.result.transaction(['contacts', 'popupHome'], 'readwrite');
          tx.objectStore('contacts').delete(key);
          tx.objectStore('popupHome').clear();
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    id,
  );
}

const dueIds = (popup: Page) =>
  popup.getByTestId('due-list').locator('.due-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-contact-id')));

describe('popup: errors that stay, and a due list longer than one page', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('keeps the error of a failed Snooze after the reload, until dismissed', async () => {
    const popup = await session.openPopup();
    await seedDue(popup, 'gone', [200, 150]);
    await popup.reload();
    await expect.poll(() => dueIds(popup)).toEqual(['linkedin:gone-0', 'linkedin:gone-1']);

    // The person is deleted elsewhere while the popup still lists them: Snooze fails.
    await deleteContact(popup, 'linkedin:gone-0');
    await popup.getByRole('button', { name: `${en('dueSnoozeLabel', 'gone 0')}: ${en('dueSnoozeWeek')}` }).click();
    // The reload after the action has happened (the deleted person is gone from the list) …
    await expect.poll(() => dueIds(popup)).toEqual(['linkedin:gone-1']);
    // … and the message is still there.
    const alert = popup.getByTestId('popup-error');
    expect(await alert.textContent()).toContain(en('errorNotFound'));
    await popup.waitForTimeout(300);
    expect(await alert.count()).toBe(1);

    await popup.getByRole('button', { name: en('popupErrorDismiss') }).click();
    expect(await popup.getByTestId('popup-error').count()).toBe(0);

    // The next action clears an old message too, and a successful one leaves none.
    await deleteContact(popup, 'linkedin:gone-1');
    await popup.getByRole('button', { name: `${en('dueSnoozeLabel', 'gone 1')}: ${en('dueSnoozeWeek')}` }).click();
    await expect.poll(() => popup.getByTestId('popup-error').count()).toBe(1);
    await seedDue(popup, 'back', [100]);
    await popup.reload();
    expect(await popup.getByTestId('popup-error').count()).toBe(0);
    await popup.getByRole('button', { name: `${en('dueSnoozeLabel', 'back 0')}: ${en('dueSnoozeWeek')}` }).click();
    await expect.poll(() => dueIds(popup)).toEqual([]);
    expect(await popup.getByTestId('popup-error').count()).toBe(0);
    await popup.close();
  });

  it('opening the popup writes nothing; reopened, it shows what another page changed meanwhile (its cached home is never stale)', async () => {
    const popup = await session.openPopup();
    await sendRaw(popup, { type: 'settings:save', payload: { patch: { industry: 'technology-information-media' } } });
    await sendRaw(popup, { type: 'contact:update', payload: { profile: profileOf('cache-0', 'cache 0'), patch: { industry: 'hospitals-health-care' } } });
    await seedDue(popup, 'cache', [400]);
    const before = await dumpDb(popup);
    for (let open = 0; open < 3; open++) {
      await popup.reload();
      await expect.poll(async () => (await dueIds(popup))[0]).toBe('linkedin:cache-0');
      expect(await popup.getByTestId('suggestion').getAttribute('data-contact-id')).toBe('linkedin:cache-0');
    }
    const after = await dumpDb(popup);
    expect(after.suggestionLog).toEqual(before.suggestionLog);
    expect(after.contacts).toEqual(before.contacts);

    // Another page logs a touch (here the options page, through the same messages as the panel).
    const options = await session.openOptions();
    expect(await sendRaw(options, { type: 'touch:log', payload: { profile: profileOf('cache-0', 'cache 0'), kind: 'thanks', at: Date.now() } })).toMatchObject({ ok: true });
    await options.close();
    await popup.reload();
    await expect.poll(() => popup.getByTestId('due-list').getAttribute('data-state')).toBe('ready');
    expect(await dueIds(popup)).not.toContain('linkedin:cache-0');
    await popup.close();
  });

  it('after a write the background prepares the home; the popup then paints from it without asking the background', async () => {
    const options = await session.openOptions();
    await sendRaw(options, { type: 'settings:save', payload: { patch: { industry: 'technology-information-media' } } });
    await seedDue(options, 'warm', [300, 200]);
    // No popup opened since: the background recomputes the home after the writes, with their stamp.
    const warmStamp = () =>
      options.evaluate(
        () =>
          new Promise<boolean>((resolve) => {
            const open = indexedDB.open('kakehashi');
            open.onsuccess = () => {
              const store = open.result.transaction('popupHome').objectStore('popupHome');
              const stamp = store.get('stamp');
              const home = store.get('home');
              home.onsuccess = () => {
                open.result.close();
                resolve(home.result?.stamp != null && home.result.stamp === stamp.result?.stamp);
              };
            };
          }),
      );
    await expect.poll(warmStamp, { timeout: 10_000 }).toBe(true);
    await options.close();
    const popup = await session.context.newPage();
    await popup.addInitScript(() => {
      const asked: string[] = [];
      (window as unknown as { __kkAsked: string[] }).__kkAsked = asked;
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage: (...args: unknown[]) => unknown } } }).chrome.runtime;
      const send = runtime.sendMessage.bind(runtime);
      runtime.sendMessage = (...args: unknown[]) => {
        const message = args.find((a) => typeof a === 'object' && a !== null && 'type' in a) as { type?: string } | undefined;
        if (message?.type) asked.push(message.type);
        return send(...args);
      };
    });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await expect.poll(() => popup.getByTestId('due-list').getAttribute('data-state')).toBe('ready');
    const asked = await popup.evaluate(() => (window as unknown as { __kkAsked: string[] }).__kkAsked);
    expect(asked).not.toContain('popup:home');
    expect(asked).not.toContain('settings:get');
    // The watch does see the popup's messages: the recent list still asks.
    await expect.poll(() => popup.evaluate(() => (window as unknown as { __kkAsked: string[] }).__kkAsked)).toContain('contacts:list-recent');
    expect((await dueIds(popup)).slice(0, 2)).toEqual(['linkedin:warm-0', 'linkedin:warm-1']);
    // And what it shows is what the background computes afresh.
    const fresh = (await sendRaw(popup, { type: 'popup:home', payload: { dueLimit: 50 } })) as { ok: boolean; data?: { due: { contacts: { id: string }[] } } };
    expect(await dueIds(popup)).toEqual(fresh.data?.due.contacts.map((c) => c.id));
    // Gone again, so the next test's due list is its own.
    for (const id of ['linkedin:warm-0', 'linkedin:warm-1']) await deleteContact(popup, id);
    await popup.close();
  });

  it('lists 120 due people 50 at a time, most overdue first, and links to the People page', async () => {
    const popup = await session.openPopup();
    // Oldest last contact first in the file is not the order of saving: shuffle the ages.
    const ages = Array.from({ length: 120 }, (_, i) => 100 + ((i * 37) % 120));
    await seedDue(popup, 'due', ages);
    await popup.reload();
    const due = popup.getByTestId('due-list');
    await expect.poll(() => due.locator('h2').textContent()).toBe(en('dueHeading', '99+'));
    const mostOverdueFirst = ages
      .map((age, i) => ({ age, id: `linkedin:due-${i}` }))
      .sort((a, b) => b.age - a.age)
      .map((p) => p.id);

    expect(await dueIds(popup)).toEqual(mostOverdueFirst.slice(0, 50));
    await due.getByTestId('due-more').click();
    await expect.poll(() => dueIds(popup)).toEqual(mostOverdueFirst.slice(0, 100));
    await due.getByTestId('due-more').click();
    await expect.poll(() => dueIds(popup)).toEqual(mostOverdueFirst);
    expect(await due.getByTestId('due-more').count()).toBe(0);

    const link = due.getByTestId('due-see-everyone');
    expect(await link.textContent()).toBe(en('dueSeeEveryone'));
    expect(await link.getAttribute('href')).toBe(`chrome-extension://${session.extensionId}/people.html`);
    const [people] = await Promise.all([session.context.waitForEvent('page'), link.click()]);
    await people.waitForLoadState();
    expect(new URL(people.url()).pathname).toBe('/people.html');
    await people.close();
    await popup.close();
  });

  it('made no network request of its own', () => {
    expect(session.foreignRequests()).toEqual([]);
  });
});

describe('popup: no suggestion without knowing the user\'s own industry', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('asks for the industry (one click to the focused setting) instead of suggesting an arbitrary one', async () => {
    const popup = await session.openPopup();
    // Two people in different industries, last contacted 100 days ago: no touch of the last 90 days.
    await seedDue(popup, 'ind', [100, 100]);
    const industries = ['financial-services', 'hospitals-health-care'];
    const replies = await sendAllRaw(
      popup,
      industries.map((industry, i) => ({ type: 'contact:update', payload: { profile: profileOf(`ind-${i}`, `ind ${i}`), patch: { industry } } })),
    );
    expect(replies.every((r) => 'ok' in r && r.ok)).toBe(true);
    await popup.reload();

    const ask = popup.getByTestId('suggestion-needs-industry');
    await expect.poll(() => ask.count()).toBe(1);
    expect(await popup.getByTestId('suggestion').count()).toBe(0);
    expect(await ask.textContent()).toContain(en('suggestionNeedsIndustry'));
    // One ask, not the older setup prompt as well.
    expect(await popup.getByTestId('setup-prompt').count()).toBe(0);

    const [options] = await Promise.all([session.context.waitForEvent('page'), ask.getByRole('link', { name: en('suggestionSetIndustry') }).click()]);
    await options.waitForLoadState();
    expect(new URL(options.url()).hash).toBe('#industry');
    await expect.poll(() => options.evaluate(() => document.activeElement?.id)).toBe('kk-industry');
    await options.getByLabel(en('settingsIndustry')).selectOption({ label: en('industry_financial_services') });
    await expect.poll(() => options.getByRole('status').first().textContent()).toBe(en('settingsSaved'));
    await options.close();

    await popup.reload();
    await expect.poll(() => popup.getByTestId('suggestion').getAttribute('data-contact-id')).toBe('linkedin:ind-1');
    expect(await popup.getByTestId('suggestion-needs-industry').count()).toBe(0);
    await popup.close();
  });

  it('made no network request of its own', () => {
    expect(session.foreignRequests()).toEqual([]);
  });
});

describe('popup: alternates can be acted on like the main suggestion; copying can fail', () => {
  let session: ExtensionSession;
  let popup: Page;

  beforeAll(async () => {
    session = await launchExtension();
    popup = await session.openPopup();
    await seedDue(popup, 'alt', [300, 200, 150]);
    const industries = ['financial-services', 'hospitals-health-care', 'retail'];
    const replies = await sendAllRaw(popup, [
      { type: 'settings:save', payload: { patch: { industry: 'technology-information-media', onboardedAt: Date.now() } } },
      ...industries.map((industry, i) => ({ type: 'contact:update', payload: { profile: profileOf(`alt-${i}`, `alt ${i}`), patch: { industry } } })),
    ]);
    expect(replies.every((r) => 'ok' in r && r.ok)).toBe(true);
    await popup.reload();
  });
  afterAll(async () => {
    await session?.close();
  });

  const alternateIds = () =>
    popup.getByTestId('suggestion-alternate').evaluateAll((els) => els.map((e) => e.getAttribute('data-contact-id')));

  it('gives each alternate the action, starters, Done, Skip and Snooze', async () => {
    await expect.poll(() => alternateIds().then((ids) => ids.length)).toBe(2);
    const main = await popup.getByTestId('suggestion').getAttribute('data-contact-id');
    const [firstId] = await alternateIds();
    expect(firstId).not.toBe(main);
    const name = firstId!.replace('linkedin:alt-', 'alt ');
    const group = popup.getByRole('group', { name: en('nu_alternateActions', name) });
    const link = group.getByRole('link');
    expect([en('suggestionActionComment'), en('suggestionActionReachOut')]).toContain(await link.textContent());
    expect(await link.getAttribute('href')).toContain(`/in/${firstId!.slice('linkedin:'.length)}/`);
    await group.locator('summary').click();
    expect(await group.locator('.starter-text').count()).toBeGreaterThanOrEqual(2);
    for (const label of [en('suggestionDone'), en('suggestionSkip'), en('suggestionSnooze')]) expect(await group.getByRole('button', { name: label }).count()).toBe(1);

    // Snoozing an alternate takes that person (not the main suggestion) out of suggestions and the due list.
    await group.getByRole('button', { name: en('suggestionSnooze') }).click();
    await expect.poll(() => alternateIds()).not.toContain(firstId);
    expect(await popup.getByTestId('suggestion').getAttribute('data-contact-id')).toBe(main);
    expect(await dueIds(popup)).not.toContain(firstId);
    expect(await popup.getByTestId('popup-error').count()).toBe(0);

    // Done on the other alternate logs a touch: it leaves the due list too.
    const [secondId] = await alternateIds();
    const second = popup.getByRole('group', { name: en('nu_alternateActions', secondId!.replace('linkedin:alt-', 'alt ')) });
    await second.getByRole('button', { name: en('suggestionDone') }).click();
    await expect.poll(() => dueIds(popup)).not.toContain(secondId);
    expect(await popup.getByTestId('popup-error').count()).toBe(0);
  });

  it('says so when the clipboard refuses a starter, and selects the text to copy by hand', async () => {
    await popup.reload();
    await expect.poll(() => popup.getByTestId('suggestion').count()).toBe(1);
    await popup.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('Document is not focused.', 'NotAllowedError')) },
      });
    });
    const card = popup.getByTestId('suggestion');
    await card.locator('summary').first().click();
    const first = card.locator('.starters').first().locator('li').first();
    await first.getByRole('button', { name: en('suggestionCopy') }).click();
    const alert = card.getByTestId('copy-error');
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.getAttribute('role')).toBe('alert');
    expect(await alert.textContent()).toBe(en('nu_copyFailed'));
    expect(await popup.evaluate(() => getSelection()?.toString())).toBe(await first.locator('.starter-text').textContent());
    expect(await first.getByRole('button').textContent()).toBe(en('suggestionCopy'));
  });

  it('made no network request of its own', () => {
    expect(session.foreignRequests()).toEqual([]);
  });
});
