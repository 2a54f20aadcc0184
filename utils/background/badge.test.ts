import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newContact } from '../db/contacts';
import type { KakehashiDb } from '../db/schema';
import { freshDb } from '../db/test-db';
import { DAY_MS } from '../model';
import { createBadgeUpdater, toolbarButtonOf, type ToolbarButton } from './badge';

const NOW = Date.UTC(2026, 10, 23, 3);
let db: KakehashiDb;

function fakeButton(): ToolbarButton & { text: string } {
  const button = {
    text: '',
    setBadgeText: async ({ text }: { text: string }) => void (button.text = text),
    setBadgeBackgroundColor: async () => undefined,
  };
  return button;
}

async function seedDue(count: number) {
  for (let i = 0; i < count; i++) {
    const c = newContact({ site: 'linkedin', handle: `due-${i}` }, NOW - 400 * DAY_MS);
    c.nextDueAt = NOW - DAY_MS;
    await db.contacts.put(c);
  }
}

beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

describe('toolbar button', () => {
  it('is `action` in MV3 and `browserAction` in the Firefox MV2 build', () => {
    const action = fakeButton();
    const browserAction = fakeButton();
    expect(toolbarButtonOf({ action, browserAction })).toBe(action);
    expect(toolbarButtonOf({ browserAction })).toBe(browserAction);
    expect(toolbarButtonOf({})).toBeNull();
  });
});

describe('badge updater', () => {
  it('shows the due count on the MV2 button', async () => {
    await seedDue(3);
    const browserAction = fakeButton();
    await createBadgeUpdater(db, toolbarButtonOf({ browserAction }), () => undefined)(NOW);
    expect(browserAction.text).toBe('3');
  });

  it('logs a failure once with its cause, not on every tick, and again only after a recovery', async () => {
    const cause = new Error('badge API gone');
    let broken = true;
    const button = fakeButton();
    const flaky: ToolbarButton = {
      setBadgeText: (d) => (broken ? Promise.reject(cause) : button.setBadgeText(d)),
      setBadgeBackgroundColor: (d) => button.setBadgeBackgroundColor(d),
    };
    const log = vi.fn();
    const update = createBadgeUpdater(db, flaky, log);
    await update(NOW);
    await update(NOW);
    await update(NOW);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]?.[1]).toBe(cause);

    broken = false;
    await seedDue(1);
    await update(NOW);
    expect(button.text).toBe('1');
    broken = true;
    await update(NOW);
    expect(log).toHaveBeenCalledTimes(2);
  });

  it('says so once when the browser has no toolbar button API at all', async () => {
    const log = vi.fn();
    const update = createBadgeUpdater(db, null, log);
    await expect(update(NOW)).resolves.toBeUndefined();
    await update(NOW);
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0]?.[1])).toMatch(/neither action nor browserAction/);
  });
});
