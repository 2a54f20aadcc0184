import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { computeNextDueAt } from '../domain/cadence';
import { newContact } from '../db/contacts';
import { computePopupHome, readPopupHome } from '../db/popup-home';
import { POPUP_DUE_PAGE, readCachedPopupHome } from '../db/popup-home-cache';
import { openDb, type KakehashiDb } from '../db/schema';
import { saveSettings } from '../db/settings';
import { markDone } from '../db/touches';
import { DAY_MS, type Contact } from '../model';
import type { ShownSuggestions } from '../messaging/shown-suggestions';
import { createHomeWarmer } from './home-warmer';

let factory: IDBFactory;
let db: KakehashiDb;
let clock: number;
const NAME = 'kakehashi-warm';

function person(handle: string, industry: string, lastContactDaysAgo: number): Contact {
  const c = newContact({ site: 'linkedin', handle }, clock - 400 * DAY_MS);
  c.name = handle;
  c.industry = industry;
  c.industrySource = 'manual';
  c.lastContactAt = clock - lastContactDaysAgo * DAY_MS;
  c.nextDueAt = computeNextDueAt(c, 90);
  return c;
}

function warmerOf() {
  const shown: ShownSuggestions = { read: vi.fn(async () => []), record: vi.fn(async () => undefined) };
  const errors: unknown[] = [];
  const warmer = createHomeWarmer(db, shown, () => clock, (_, cause) => errors.push(cause));
  return { warmer, reads: shown.read as ReturnType<typeof vi.fn>, errors };
}

const cached = () => readCachedPopupHome(POPUP_DUE_PAGE, clock, factory, NAME);

beforeEach(async () => {
  clock = Date.now();
  factory = new IDBFactory();
  db = openDb(NAME, { indexedDB: factory, IDBKeyRange });
  await saveSettings(db, { industry: 'technology-information-media' }, computeNextDueAt);
  await db.contacts.bulkAdd([person('nurse', 'hospitals-health-care', 100), person('banker', 'financial-services', 120)]);
});
afterEach(() => db.close());

describe('the background keeps the popup home warm', () => {
  it('after a write, the popup page finds a current home, the same as computed afresh', async () => {
    const { warmer, errors } = warmerOf();
    await readPopupHome(db, clock, POPUP_DUE_PAGE, async () => []);
    await markDone(db, 'linkedin:banker', 'message', clock);
    expect(await cached()).toBeNull();
    warmer.schedule();
    await warmer.idle();
    const home = await cached();
    expect(home).toEqual((await computePopupHome(db, clock, POPUP_DUE_PAGE)).home);
    expect(home?.due.contacts.map((c) => c.id)).toEqual(['linkedin:nurse']);
    expect(errors).toEqual([]);
  });

  it('a burst of writes costs one recompute, after the last of them', async () => {
    const { warmer, reads } = warmerOf();
    for (const handle of ['banker', 'nurse']) {
      await markDone(db, `linkedin:${handle}`, 'message', clock);
      warmer.schedule();
    }
    await warmer.idle();
    expect(reads).toHaveBeenCalledTimes(1);
    expect((await cached())?.due.contacts).toEqual([]);
  });

  it('a write that lands while it computes is not hidden: the next open sees it', async () => {
    const { warmer } = warmerOf();
    await db.contacts.bulkAdd(Array.from({ length: 30 }, (_, i) => person(`p${i}`, 'education', 150 + i)));
    warmer.schedule();
    await new Promise((resolve) => setTimeout(resolve, 260));
    // Likely mid-compute; either way the stamp makes any older result not current.
    await markDone(db, 'linkedin:p0', 'message', clock);
    warmer.schedule();
    await warmer.idle();
    const home = await cached();
    expect(home).toEqual((await computePopupHome(db, clock, POPUP_DUE_PAGE)).home);
    expect(home?.due.contacts.map((c) => c.id)).not.toContain('linkedin:p0');
  });

  it('a refresh recomputes only a home that is not current', async () => {
    const { warmer, reads } = warmerOf();
    warmer.refresh();
    await warmer.idle();
    expect(reads).toHaveBeenCalledTimes(1);
    expect(await cached()).not.toBeNull();
    warmer.refresh();
    await warmer.idle();
    expect(reads).toHaveBeenCalledTimes(1);
  });
});
