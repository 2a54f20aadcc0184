/**
 * Insight statistics (DESIGN.md, "The People page and Insights"), pure: computed from the per-day,
 * per-industry counters of utils/db/insight-counts.ts and the network's industry counts, never
 * from raw touches. Days are UTC day numbers (`dayOf`); `today` is the day of `now`.
 *
 * The share outside the user's industry is `outside ÷ all` real touches of the window: touches of
 * people whose industry is unknown count in `all` but never as outside, because we cannot claim
 * they broaden the network (as in suggest.ts), and setting their industry is what fixes that.
 */
export interface DayCount {
  /** Taxonomy id, or '' when the person's industry is unknown. */
  industry: string;
  day: number;
  touches: number;
  gives: number;
  asks: number;
}

export interface Share {
  outside: number;
  total: number;
  /** Whole percent, rounded down (a share shown as reaching the goal has reached it); null when total is 0. */
  percent: number | null;
}

/** Rows of the days `[today - days + 1, today]` ("the last `days` days", today included). */
function inWindow(rows: readonly DayCount[], today: number, days: number): DayCount[] {
  return rows.filter((r) => r.day <= today && r.day > today - days);
}

function shareOf(rows: readonly DayCount[], ownIndustry: string | null): Share {
  let outside = 0;
  let total = 0;
  for (const r of rows) {
    total += r.touches;
    if (r.industry !== '' && r.industry !== ownIndustry) outside += r.touches;
  }
  return { outside, total, percent: total ? Math.floor((100 * outside) / total) : null };
}

/** The share of the last `days` days' touches outside `ownIndustry`. */
export function shareOutside(rows: readonly DayCount[], ownIndustry: string | null, today: number, days: number): Share {
  return shareOf(inWindow(rows, today, days), ownIndustry);
}

/**
 * The industry whose touches define "outside": the user's own, else (as in suggest.ts) the one
 * touched most in the last 90 days (ties: the lower id), else null.
 */
export function effectiveOwnIndustry(userIndustry: string | null, rows: readonly DayCount[], today: number): string | null {
  if (userIndustry) return userIndustry;
  const byIndustry = touchesByIndustry(inWindow(rows, today, 90));
  let best: string | null = null;
  for (const [industry, n] of [...byIndustry].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (industry !== '' && (best === null || n > byIndustry.get(best)!)) best = industry;
  }
  return best;
}

function touchesByIndustry(rows: readonly DayCount[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) out.set(r.industry, (out.get(r.industry) ?? 0) + r.touches);
  return out;
}

export interface WeekShare extends Share {
  /** First day of the week (UTC day number); weeks end on `today`. */
  startDay: number;
}

/** The share outside, week by week: `weeks` seven-day spans ending today, oldest first. */
export function weeklyTrend(rows: readonly DayCount[], ownIndustry: string | null, today: number, weeks = 26): WeekShare[] {
  const out: WeekShare[] = [];
  for (let w = weeks - 1; w >= 0; w--) {
    const end = today - 7 * w;
    out.push({ startDay: end - 6, ...shareOf(inWindow(rows, end, 7), ownIndustry) });
  }
  return out;
}

export interface MixRow {
  /** Taxonomy id, or '' for unknown. */
  industry: string;
  network: number;
  last30: number;
  last90: number;
}

/**
 * The industry mix of the whole network (contacts per industry) next to that of the touches of
 * the last 30 and 90 days; most contacts first, then most recent attention, then id.
 */
export function industryMix(network: ReadonlyMap<string, number>, rows: readonly DayCount[], today: number): MixRow[] {
  const last30 = touchesByIndustry(inWindow(rows, today, 30));
  const last90 = touchesByIndustry(inWindow(rows, today, 90));
  const industries = new Set([...network.keys(), ...last90.keys()]);
  return [...industries]
    .map((industry) => ({ industry, network: network.get(industry) ?? 0, last30: last30.get(industry) ?? 0, last90: last90.get(industry) ?? 0 }))
    .filter((r) => r.network || r.last90)
    .sort((a, b) => b.network - a.network || b.last90 - a.last90 || (a.industry < b.industry ? -1 : 1));
}

/** Whole percent of `part` in `whole` (0 when whole is 0), rounded to nearest. */
export function percentOf(part: number, whole: number): number {
  return whole ? Math.round((100 * part) / whole) : 0;
}

export interface StaleIndustry {
  industry: string;
  /** Days since the latest touch of anyone in it; null = never touched. */
  daysSince: number | null;
  /** People of this industry in the network. */
  contacts: number;
}

/**
 * Industries of the network (not the user's own, not unknown) by how long ago anyone in them was
 * touched, longest first (never touched first, then more contacts, then id).
 */
export function staleIndustries(
  network: ReadonlyMap<string, number>,
  lastDay: ReadonlyMap<string, number>,
  ownIndustry: string | null,
  today: number,
  limit = 5,
): StaleIndustry[] {
  return [...network]
    .filter(([industry, n]) => industry !== '' && industry !== ownIndustry && n > 0)
    .map(([industry, contacts]) => {
      const day = lastDay.get(industry);
      return { industry, contacts, daysSince: day === undefined ? null : Math.max(0, today - day) };
    })
    .sort(
      (a, b) =>
        (b.daysSince ?? Infinity) - (a.daysSince ?? Infinity) || b.contacts - a.contacts || (a.industry < b.industry ? -1 : 1),
    )
    .slice(0, limit);
}

export interface Balance {
  gives: number;
  asks: number;
}

/** Gives and asks over every row given (pass all-time rows for the overall balance). */
export function giveAskBalance(rows: readonly Pick<DayCount, 'gives' | 'asks'>[]): Balance {
  return rows.reduce((b, r) => ({ gives: b.gives + r.gives, asks: b.asks + r.asks }), { gives: 0, asks: 0 });
}

/** Whether a person has been asked more than given to (the "share something useful" nudge). */
export function needsGiving(balance: Balance): boolean {
  return balance.asks > balance.gives;
}

/** Whether a share is below the goal; no touches at all is not "below" (nothing to measure). */
export function isBelowGoal(share: Share, goalPercent: number): boolean {
  return share.percent !== null && share.percent < goalPercent;
}
