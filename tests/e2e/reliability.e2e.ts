/**
 * Reliability in real Chromium (issue 6): a full disk, a background stopped mid-save, and five
 * tabs saving at once. Unit-level counterparts: utils/db/quota.test.ts,
 * utils/messaging/quota-reply.test.ts and utils/db/schema.test.ts (upgrades).
 */
import type { CDPSession, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY, dumpDb, sendAllRaw, sendRaw, snapshotOf, type RawReply } from './extension-page';
import { ETHAN, HARUTO } from './fixtures';
import { launchExtension, type ExtensionSession } from './harness';
import { en } from './messages';
import { panel, panelName } from './panel';

/** The extension's service worker as it runs now (a stopped worker's handle is useless). */
async function liveWorker(session: ExtensionSession): Promise<Worker> {
  const prefix = `chrome-extension://${session.extensionId}/`;
  const running = session.context.serviceWorkers().filter((w) => w.url().startsWith(prefix));
  return running.at(-1) ?? session.context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(prefix) });
}

interface WorkerVersion {
  scriptURL: string;
  runningStatus: 'stopped' | 'starting' | 'running' | 'stopping';
}

/**
 * Stops the extension's service worker through the DevTools protocol (as Chromium does when it
 * idles one out) and resolves once DevTools reports it stopped, or at once if it already is.
 */
async function workerStopper(session: ExtensionSession, page: Page): Promise<{ stop: () => Promise<void>; detach: () => Promise<void> }> {
  const prefix = `chrome-extension://${session.extensionId}/`;
  const cdp: CDPSession = await session.context.newCDPSession(page);
  const status = new Map<string, WorkerVersion['runningStatus']>();
  const waiters = new Set<() => void>();
  const allStopped = () => status.size > 0 && [...status.values()].every((s) => s === 'stopped');
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: Array<WorkerVersion & { versionId: string }> }) => {
    for (const v of versions) if (v.scriptURL.startsWith(prefix)) status.set(v.versionId, v.runningStatus);
    if (allStopped()) for (const resolve of waiters) resolve();
  });
  await cdp.send('ServiceWorker.enable');
  return {
    stop: async () => {
      if (allStopped()) return;
      const stopped = new Promise<void>((resolve) => waiters.add(resolve));
      await cdp.send('ServiceWorker.stopAllWorkers');
      await stopped;
      waiters.clear();
    },
    detach: () => cdp.detach(),
  };
}

const ok = (r: RawReply): r is { ok: true; data: unknown } => 'ok' in r && r.ok;

describe('reliability in real Chromium', () => {
  let session: ExtensionSession;
  let popup: Page;

  beforeAll(async () => {
    session = await launchExtension();
    session.serve({ [ETHAN.url]: ETHAN.html(), [HARUTO.url]: HARUTO.html() });
    popup = await session.openPopup();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a save that hits the storage quota shows the quota message, keeps the typed text, and stores nothing', async () => {
    const page = await session.context.newPage();
    await page.goto(ETHAN.url);
    await expect.poll(() => panelName(page).textContent()).toBe(ETHAN.name);

    const worker = await liveWorker(session);
    await worker.evaluate(() => {
      const proto = IDBObjectStore.prototype as unknown as Record<string, unknown>;
      const g = globalThis as unknown as { __kkSaved?: Record<string, unknown> };
      g.__kkSaved = { add: proto.add, put: proto.put };
      const full = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      proto.add = full;
      proto.put = full;
    });
    const text = 'Met at the Tokyo fintech meetup — 大事なメモ';
    const textarea = panel(page).getByLabel(en('noteLabel'));
    await textarea.fill(text);
    await panel(page).getByRole('button', { name: en('noteSave') }).click();
    await expect
      .poll(() => panel(page).getByRole('alert').textContent())
      .toBe(en('errorQuota'));
    expect(await textarea.inputValue()).toBe(text);
    expect(await panel(page).locator('.note').count()).toBe(0);
    const afterFailure = await dumpDb(popup);
    expect([afterFailure.contacts.length, afterFailure.notes.length]).toEqual([0, 0]);

    // Space is back: the same click saves the same text and clears the message.
    await worker.evaluate(() => {
      const g = globalThis as unknown as { __kkSaved: Record<string, unknown> };
      Object.assign(IDBObjectStore.prototype, g.__kkSaved);
    });
    await panel(page).getByRole('button', { name: en('noteSave') }).click();
    await expect.poll(() => panel(page).locator('.note .body').allTextContents()).toEqual([text]);
    expect(await textarea.inputValue()).toBe('');
    expect(await panel(page).getByRole('alert').count()).toBe(0);
    await page.close();
  });

  it('a background stopped in the middle of many saves leaves every note with its contact, loses no acknowledged save, and wakes for the next one', async () => {
    const stopper = await workerStopper(session, popup);
    // Each save creates a new contact and its note in one transaction. The worker is stopped as
    // soon as the first save is acknowledged, while the rest are queued or running. How many got
    // through is up to timing, so a round that finished before the stop is repeated (fresh people).
    let interrupted = false;
    for (let round = 0; round < 5 && !interrupted; round++) {
      const handles = Array.from({ length: 300 }, (_, i) => `interrupted-${round}-${i}`);
      const firstAck = popup.waitForEvent('console', { predicate: (m) => m.text() === `kk-first-ack-${round}` });
      const saving = sendAllRaw(
        popup,
        handles.map((handle) => ({ type: 'note:add', payload: { profile: snapshotOf('linkedin', handle, `Person ${handle}`), body: `note for ${handle}` } })),
        `kk-first-ack-${round}`,
      );
      await firstAck;
      await stopper.stop();
      const replies = await saving;

      const db = await dumpDb(popup);
      const contacts = new Set(db.contacts.map((c) => c.id));
      const notedContacts = new Set(db.notes.map((n) => n.contactId));
      const acknowledged = handles.filter((_, i) => ok(replies[i]!));
      const cutOff = replies.filter((r) => !ok(r));
      console.info(`round ${round}: stopped the worker with ${acknowledged.length} of ${handles.length} saves acknowledged, ${cutOff.length} cut off`);
      for (const handle of handles) {
        // All or nothing: a contact exists exactly when its note does.
        expect(contacts.has(`linkedin:${handle}`), handle).toBe(notedContacts.has(`linkedin:${handle}`));
      }
      // Every save the sender was told succeeded is really there.
      for (const handle of acknowledged) expect(notedContacts.has(`linkedin:${handle}`), handle).toBe(true);
      for (const reply of cutOff) expect(JSON.stringify(reply)).toMatch(/thrown|"ok":false/);
      interrupted = cutOff.length > 0;
    }
    // The stop really interrupted saves in flight, or this test proved nothing.
    expect(interrupted).toBe(true);

    // A save sent while the worker is stopped wakes it and succeeds.
    await stopper.stop();
    const woke = await sendRaw(popup, { type: 'note:add', payload: { profile: snapshotOf('linkedin', 'harutokimura', 'Haruto Kimura'), body: 'sent while the background slept' } });
    expect(woke).toMatchObject({ ok: true, data: { body: 'sent while the background slept' } });

    // The panel works against the restarted worker and shows what was saved.
    await stopper.stop();
    const page = await session.context.newPage();
    await page.goto(HARUTO.url);
    await expect.poll(() => panelName(page).textContent()).toBe(HARUTO.name);
    await expect.poll(() => panel(page).locator('.note .body').allTextContents()).toEqual(['sent while the background slept']);
    await panel(page).getByLabel(en('noteLabel')).fill('after the restart');
    await panel(page).getByRole('button', { name: en('noteSave') }).click();
    await expect.poll(() => panel(page).locator('.note .body').allTextContents()).toEqual(['after the restart', 'sent while the background slept']);
    await page.close();
    await stopper.detach();
  });

  it('five tabs saving 100 notes each at once end with exactly 500 more notes and the right last-contact dates', async () => {
    const before = await dumpDb(popup);
    const tabs = await Promise.all(Array.from({ length: 5 }, () => session.openPopup()));
    const shared = snapshotOf('linkedin', 'shared-person', 'Shared Person');
    const now = Date.now();
    // Per tab: 100 notes (half on a person every tab writes to, half on the tab's own person), all
    // at once; alongside, a chain of hand-set dates on the tab's own person (the last one wins)
    // and logged touches on the shared person (the latest one wins).
    const runs = tabs.map(async (tab, t) => {
      const own = snapshotOf('linkedin', `tab-${t}-person`, `Tab ${t} Person`);
      const notes = Array.from({ length: 100 }, (_, i) => ({
        type: 'note:add',
        payload: { profile: i % 2 ? shared : own, body: `tab ${t} note ${i}` },
      }));
      const touches = Array.from({ length: 10 }, (_, i) => ({
        type: 'touch:log',
        payload: { profile: shared, kind: 'message', at: now - (t * 10 + i) * DAY },
      }));
      const dates = (async () => {
        const replies: RawReply[] = [];
        for (const daysAgo of [40, 3, 25, 7 + t]) {
          replies.push(await sendRaw(tab, { type: 'contact:set-last-contact', payload: { profile: own, at: now - daysAgo * DAY } }));
        }
        return replies;
      })();
      const [noteReplies, touchReplies, dateReplies] = await Promise.all([sendAllRaw(tab, notes), sendAllRaw(tab, touches), dates]);
      return [...noteReplies, ...touchReplies, ...dateReplies];
    });
    const replies = (await Promise.all(runs)).flat();
    expect(replies.filter((r) => !ok(r))).toEqual([]);

    const db = await dumpDb(popup);
    expect(db.notes.length - before.notes.length).toBe(500);
    const byContact = (id: string) => db.notes.filter((n) => n.contactId === id).map((n) => n.body);
    expect(byContact('linkedin:shared-person').length).toBe(250);
    expect(new Set(db.notes.map((n) => n.id)).size).toBe(db.notes.length);
    const contact = (id: string) => db.contacts.find((c) => c.id === id);
    expect(contact('linkedin:shared-person')?.lastContactAt).toBe(now);
    expect(db.touches.filter((x) => x.contactId === 'linkedin:shared-person').length).toBe(50);
    for (let t = 0; t < 5; t++) {
      expect(byContact(`linkedin:tab-${t}-person`).length).toBe(50);
      expect(contact(`linkedin:tab-${t}-person`)?.lastContactAt, `tab ${t}`).toBe(now - (7 + t) * DAY);
      expect(contact(`linkedin:tab-${t}-person`)?.nextDueAt).toBeGreaterThan(now - (7 + t) * DAY);
    }
    await Promise.all(tabs.map((tab) => tab.close()));
  });

  it('made no network request of its own', () => {
    expect(session.foreignRequests()).toEqual([]);
  });
});
