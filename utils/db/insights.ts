/**
 * Database side of Insights: reads the counters of insight-counts.ts and the network's industry
 * counts, all through indexes. What it reads does not grow with the book: at most 26 weeks ×
 * industries counter rows, one row of contacts per industry (`insightNetwork`: IndexedDB's
 * `count()` walks what it counts, seconds at 100,000 contacts), one row per industry for "last
 * touched", and the few people with the largest ask-over-give balance. No touch and no contact is
 * scanned.
 */
import { INDUSTRIES } from '../domain/industries';
import { effectiveOwnIndustry, shareOutside, type Balance, type DayCount } from '../domain/insights';
import type { GoalProgress } from '../messaging/contract';
import type { Contact, ContactId, Settings } from '../model';
import { ALL_TIME, dayOf, UNKNOWN_INDUSTRY } from './insight-counts';
import type { KakehashiDb } from './schema';
import { getSettings } from './settings';

/** Days of counters Insights reads: the 26-week trend, which covers the 30- and 90-day windows. */
export const TREND_DAYS = 26 * 7;
/** People listed as "asked more than given to". */
export const GIVE_BACK_LIMIT = 10;

export interface GiveBackPerson extends Balance {
  contact: Contact;
}

export interface InsightsData {
  settings: Settings;
  today: number;
  /** Counter rows of the last TREND_DAYS days. */
  recent: DayCount[];
  /** Contacts per industry ('' = unknown). */
  network: Map<string, number>;
  /** Latest day anyone in each industry was touched (only industries ever touched). */
  lastDay: Map<string, number>;
  /** All-time gives and asks. */
  balance: Balance;
  /** Asked more than given to, largest difference first. */
  giveBack: GiveBackPerson[];
}

const INDUSTRY_IDS = INDUSTRIES.map((i) => i.id as string);
const KNOWN_INDUSTRIES: ReadonlySet<string> = new Set(INDUSTRY_IDS);

/** The network's size and contacts per industry ('' = unknown), from the counters (a few dozen rows). */
export async function readNetwork(db: KakehashiDb): Promise<{ network: Map<string, number>; total: number }> {
  const rows = await db.insightNetwork.toArray();
  const network = new Map<string, number>();
  let total = 0;
  for (const row of rows) {
    total += row.contacts;
    if (KNOWN_INDUSTRIES.has(row.industry)) network.set(row.industry, row.contacts);
  }
  const known = [...network.values()].reduce((a, b) => a + b, 0);
  if (total > known) network.set(UNKNOWN_INDUSTRY, total - known);
  return { network, total };
}

/** Everything the Insights view shows, for the day of `now`. */
export async function readInsights(db: KakehashiDb, now: number): Promise<InsightsData> {
  const today = dayOf(now);
  return db.transaction('r', [db.insightCounts, db.insightPeople, db.insightNetwork, db.contacts, db.settings], async () => {
    const [settings, recent, allTime, { network }, lastDays, giveBack] = await Promise.all([
      getSettings(db),
      db.insightCounts.where('day').between(today - TREND_DAYS + 1, today, true, true).toArray(),
      db.insightCounts.where('day').equals(ALL_TIME).toArray(),
      readNetwork(db),
      Promise.all(
        [...INDUSTRY_IDS, UNKNOWN_INDUSTRY].map((id) =>
          db.insightCounts.where('[industry+day]').between([id, 0], [id, Infinity]).last(),
        ),
      ),
      readGiveBack(db, GIVE_BACK_LIMIT),
    ]);
    const lastDay = new Map<string, number>();
    for (const row of lastDays) if (row && row.touches > 0) lastDay.set(row.industry, row.day);
    const balance = allTime.reduce((b, r) => ({ gives: b.gives + r.gives, asks: b.asks + r.asks }), { gives: 0, asks: 0 });
    return { settings, today, recent, network, lastDay, balance, giveBack };
  });
}

/** The people asked more than given to, largest difference first, with their records. */
export async function readGiveBack(db: KakehashiDb, limit: number): Promise<GiveBackPerson[]> {
  const rows = await db.insightPeople.where('net').above(0).reverse().limit(limit).toArray();
  const contacts = await db.contacts.bulkGet(rows.map((r) => r.contactId));
  return rows.flatMap((r, i) => (contacts[i] ? [{ contact: contacts[i], gives: r.gives, asks: r.asks }] : []));
}

/** One person's gives and asks (zero when none). */
export async function readBalance(db: KakehashiDb, id: ContactId): Promise<Balance> {
  const row = await db.insightPeople.get(id);
  return { gives: row?.gives ?? 0, asks: row?.asks ?? 0 };
}

/**
 * The popup's progress line: the last 30 days' share outside the user's industry against the goal.
 * Reads the last 90 days' counters (the stand-in industry needs them when the user's is unset).
 */
export async function readGoalProgress(db: KakehashiDb, now: number): Promise<GoalProgress> {
  const today = dayOf(now);
  const [settings, rows] = await Promise.all([
    getSettings(db),
    db.insightCounts.where('day').between(today - 89, today, true, true).toArray(),
  ]);
  const ownIndustry = effectiveOwnIndustry(settings.industry, rows, today);
  return { ...shareOutside(rows, ownIndustry, today, 30), goalPercent: settings.diversityGoalPercent, ownIndustry };
}
