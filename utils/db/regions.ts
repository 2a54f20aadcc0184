/**
 * Database side of regions (a contact's `region`, the user's hometown and current city): the
 * spellings the user typed before (suggestions), the contacts of one region (the People filter) and
 * Insights' "hometown and elsewhere".
 *
 * Everything starts from the `region` index's unique keys (version 6): regions are typed by the
 * user, so there are tens or hundreds of distinct spellings however large the book. Folding happens
 * on those keys in memory (utils/domain/region.ts), never on the records. Insights then counts:
 * contacts per spelling (index counts, no record read) and, for the people who have a region, their
 * touches of the last 90 days (one `[contactId+at]` range count each); the touches of people
 * without a region are the window's total (Insights' day counters) minus those, and the people
 * without one the book's size (Insights' per-industry counters) minus those with one. Why not counters kept on write, as for
 * industries (insight-counts.ts)? A region is per person and changes by hand, in bulk and through
 * undo and restore; counts read from the index are always right and cost one request per person
 * with a region, which `REGION_TOUCH_CAP` bounds.
 */
import { distinctRegions, regionGroupOf, regionKeyOf, REGION_GROUPS, type RegionGroup } from '../domain/region';
import { DAY_MS, type ContactId, type Settings } from '../model';
import { dayOf } from './insight-counts';
import { readNetwork } from './insights';
import type { KakehashiDb } from './schema';
import { getSettings } from './settings';

/** Distinct spellings read from the index (far more than anyone types by hand). */
export const REGION_KEYS_CAP = 5_000;
/**
 * People with a region whose touches Insights counts one by one. Beyond it, only the hometown's
 * and the city's people are counted (if they fit), and "elsewhere" / "unknown" say "not counted".
 */
export const REGION_TOUCH_CAP = 5_000;
/** The window of "touches in the last N days". */
export const REGION_TOUCH_DAYS = 90;

async function regionSpellings(db: KakehashiDb): Promise<string[]> {
  return ((await db.contacts.orderBy('region').uniqueKeys()) as string[]).slice(0, REGION_KEYS_CAP);
}

/** The regions the user typed before, one spelling per folded region, for suggestions. */
export async function listRegions(db: KakehashiDb): Promise<string[]> {
  return distinctRegions(await regionSpellings(db));
}

/** Every stored spelling of `region` (ﾌｸｵｶ, フクオカ, ふくおか for "ふくおか"). */
export async function spellingsOf(db: KakehashiDb, region: string): Promise<string[]> {
  const key = regionKeyOf(region);
  return key ? (await regionSpellings(db)).filter((r) => regionKeyOf(r) === key) : [];
}

export interface RegionInsights {
  hometown: string | null;
  currentCity: string | null;
  /** Contacts per group. */
  contacts: Record<RegionGroup, number>;
  /** Touches of the last `REGION_TOUCH_DAYS` days per group; null where not counted (see the cap). */
  touches: Record<RegionGroup, number | null>;
}

const zero = (): Record<RegionGroup, number> => ({ hometown: 0, city: 0, elsewhere: 0, unknown: 0 });

/** Insights' "hometown and elsewhere" for the day of `now` (the window: its last REGION_TOUCH_DAYS UTC days, as in Insights). */
export async function readRegionInsights(db: KakehashiDb, now: number): Promise<RegionInsights> {
  const today = dayOf(now);
  const since = (today - REGION_TOUCH_DAYS + 1) * DAY_MS;
  const until = (today + 1) * DAY_MS;
  return db.transaction('r', [db.contacts, db.touches, db.settings, db.insightNetwork, db.insightCounts], async () => {
    const settings: Settings = await getSettings(db);
    // The book's size and the window's touches from Insights' counters: a `count()` walks every
    // entry it counts (the contacts, tens of thousands of touches), these are a few hundred rows.
    const [spellings, { total }, recentRows] = await Promise.all([
      regionSpellings(db),
      readNetwork(db),
      db.insightCounts.where('day').between(today - REGION_TOUCH_DAYS + 1, today, true, true).toArray(),
    ]);
    const recentTotal = recentRows.reduce((sum, row) => sum + row.touches, 0);
    const groupOf = (r: string) => regionGroupOf(r, settings.hometown, settings.currentCity);
    const idsPerSpelling = await Promise.all(spellings.map((r) => db.contacts.where('region').equals(r).primaryKeys()));
    const contacts = zero();
    const ids: Record<RegionGroup, ContactId[]> = { hometown: [], city: [], elsewhere: [], unknown: [] };
    spellings.forEach((r, i) => ids[groupOf(r)].push(...idsPerSpelling[i]!));
    for (const group of REGION_GROUPS) contacts[group] = ids[group].length;
    contacts.unknown = total - contacts.hometown - contacts.city - contacts.elsewhere;

    const countTouches = async (people: readonly ContactId[]) =>
      (await Promise.all(people.map((id) => db.touches.where('[contactId+at]').between([id, since], [id, until], true, false).count()))).reduce((a, b) => a + b, 0);
    const withRegion = contacts.hometown + contacts.city + contacts.elsewhere;
    const touches: Record<RegionGroup, number | null> = { hometown: null, city: null, elsewhere: null, unknown: null };
    const counted: RegionGroup[] = withRegion <= REGION_TOUCH_CAP ? ['hometown', 'city', 'elsewhere'] : contacts.hometown + contacts.city <= REGION_TOUCH_CAP ? ['hometown', 'city'] : [];
    const sums = await Promise.all(counted.map((g) => countTouches(ids[g])));
    counted.forEach((g, i) => (touches[g] = sums[i]!));
    if (counted.length === 3) touches.unknown = Math.max(0, recentTotal - sums.reduce((a, b) => a + b, 0));
    return { hometown: settings.hometown ?? null, currentCity: settings.currentCity ?? null, contacts, touches };
  });
}
