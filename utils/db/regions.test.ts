import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../domain/people-filter';
import { DAY_MS, type ProfileSnapshot } from '../model';
import { LIMITS } from '../limits';
import { computeNextDueAt } from '../domain/cadence';
import { trackContact } from './contacts';
import { updateContact } from './contact-edits';
import { searchPeople } from './people';
import { filterPeople } from './people-filter';
import { listRegions, readRegionInsights } from './regions';
import type { KakehashiDb } from './schema';
import { saveSettings } from './settings';
import { freshDb } from './test-db';
import { logTouch } from './touches';

const NOW = Date.UTC(2026, 10, 23, 9);
const snap = (handle: string): ProfileSnapshot => ({ site: 'linkedin', handle, name: `Name ${handle}`, headline: null, company: null, location: null, avatarUrl: null });

let db: KakehashiDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

describe("a contact's region", () => {
  it('is set through updateContact as typed (trimmed), stamps the user edit, and clears to absent', async () => {
    const tracked = await trackContact(db, snap('aya'), NOW);
    expect(tracked.userEditedAt).toBeNull();
    const saved = await updateContact(db, snap('aya'), { region: '  ﾌｸｵｶ ' }, NOW + 1);
    expect(saved).toMatchObject({ region: 'ﾌｸｵｶ', userEditedAt: NOW + 1 });
    const cleared = await updateContact(db, snap('aya'), { region: '  ' }, NOW + 2);
    expect('region' in cleared).toBe(false);
    expect(cleared.userEditedAt).toBe(NOW + 2);
  });

  it('refuses one that is too long and stores nothing', async () => {
    await trackContact(db, snap('aya'), NOW);
    await expect(updateContact(db, snap('aya'), { region: 'x'.repeat(LIMITS.region + 1) }, NOW + 1)).rejects.toMatchObject({ code: 'invalid' });
    expect((await db.contacts.get('linkedin:aya'))!.region).toBeUndefined();
  });

  it('is searchable like a location, Japanese-aware, and no longer once cleared', async () => {
    await updateContact(db, snap('aya'), { region: 'フクオカ' }, NOW);
    await updateContact(db, snap('ken'), { region: 'Kita-Kyushu' }, NOW);
    expect([...(await searchPeople(db, 'ふくおか')).ids]).toEqual(['linkedin:aya']);
    expect([...(await searchPeople(db, 'kyushu')).ids]).toEqual(['linkedin:ken']);
    await updateContact(db, snap('aya'), { region: null }, NOW);
    expect([...(await searchPeople(db, 'ふくおか')).ids]).toEqual([]);
  });

  it('suggests the regions typed before, one spelling each, and filters by any spelling', async () => {
    await updateContact(db, snap('a'), { region: 'Fukuoka' }, NOW);
    await updateContact(db, snap('b'), { region: 'FUKUOKA' }, NOW);
    await updateContact(db, snap('c'), { region: '東京' }, NOW);
    await trackContact(db, snap('d'), NOW);
    expect(await listRegions(db)).toEqual(['FUKUOKA', '東京']);
    expect([...(await filterPeople(db, { ...NO_FILTERS, region: 'fukuoka' }, NOW))].sort()).toEqual(['linkedin:a', 'linkedin:b']);
    expect([...(await filterPeople(db, { ...NO_FILTERS, region: '大阪' }, NOW))]).toEqual([]);
  });
});

describe('readRegionInsights', () => {
  it('counts contacts and the last 90 days of touches from the hometown, the city, elsewhere and unknown', async () => {
    await saveSettings(db, { hometown: 'ふくおか', currentCity: 'Tokyo' }, (c, rules) => computeNextDueAt(c, rules));
    await updateContact(db, snap('home1'), { region: 'フクオカ' }, NOW);
    await updateContact(db, snap('home2'), { region: 'ﾌｸｵｶ' }, NOW);
    await updateContact(db, snap('city'), { region: 'TOKYO' }, NOW);
    await updateContact(db, snap('away'), { region: '大阪' }, NOW);
    await trackContact(db, snap('nowhere'), NOW);
    const touch = (handle: string, daysAgo: number) => logTouch(db, snap(handle), { kind: 'message', at: NOW - daysAgo * DAY_MS }, NOW);
    await touch('home1', 1);
    await touch('home2', 89);
    await touch('home2', 91); // outside the window
    await touch('city', 3);
    await touch('nowhere', 2);
    await touch('nowhere', 4);
    const read = await readRegionInsights(db, NOW);
    expect(read).toEqual({
      hometown: 'ふくおか',
      currentCity: 'Tokyo',
      contacts: { hometown: 2, city: 1, elsewhere: 1, unknown: 1 },
      touches: { hometown: 2, city: 1, elsewhere: 0, unknown: 2 },
    });
  });

  it('without a hometown or city, everyone with a region is elsewhere; a blank setting is stored as none', async () => {
    await saveSettings(db, { hometown: '   ' }, (c, rules) => computeNextDueAt(c, rules));
    expect((await db.settings.get('user'))!.hometown).toBeUndefined();
    await updateContact(db, snap('away'), { region: '大阪' }, NOW);
    const read = await readRegionInsights(db, NOW);
    expect(read.contacts).toEqual({ hometown: 0, city: 0, elsewhere: 1, unknown: 0 });
    expect(read.hometown).toBeNull();
  });
});
