import { describe, expect, it } from 'vitest';
import {
  effectiveOwnIndustry,
  giveAskBalance,
  industryMix,
  isBelowGoal,
  needsGiving,
  percentOf,
  shareOutside,
  staleIndustries,
  weeklyTrend,
  type DayCount,
} from './insights';

const TODAY = 20_000;
const TECH = 'technology-information-media';
const HEALTH = 'hospitals-health-care';
const FINANCE = 'financial-services';
const row = (industry: string, daysAgo: number, touches: number, gives = 0, asks = 0): DayCount => ({ industry, day: TODAY - daysAgo, touches, gives, asks });

const ROWS: DayCount[] = [
  row(TECH, 0, 3),
  row(HEALTH, 1, 2),
  row('', 2, 1), // unknown industry: in the total, never "outside"
  row(FINANCE, 29, 1),
  row(FINANCE, 30, 4), // 31st day back: outside the 30-day window
  row(TECH, 89, 2),
  row(HEALTH, 90, 5), // outside the 90-day window
  row(TECH, -1, 9), // tomorrow (clock skew): never counted
];

describe('share of touches outside the user’s industry', () => {
  it('counts the last 30 days, today included, and rounds down', () => {
    // 3 tech + 2 health + 1 unknown + 1 finance = 7; outside = health 2 + finance 1 = 3 → 42.857 → 42
    expect(shareOutside(ROWS, TECH, TODAY, 30)).toEqual({ outside: 3, total: 7, percent: 42 });
  });
  it('counts the last 90 days', () => {
    expect(shareOutside(ROWS, TECH, TODAY, 90)).toEqual({ outside: 7, total: 13, percent: 53 });
  });
  it('has no percentage without touches', () => {
    expect(shareOutside([], TECH, TODAY, 30)).toEqual({ outside: 0, total: 0, percent: null });
  });
  it('is below the goal only when there is something to measure', () => {
    expect(isBelowGoal({ outside: 3, total: 8, percent: 37 }, 40)).toBe(true);
    expect(isBelowGoal({ outside: 4, total: 10, percent: 40 }, 40)).toBe(false);
    expect(isBelowGoal({ outside: 0, total: 0, percent: null }, 40)).toBe(false);
  });
});

describe('the industry that stands for the user’s own', () => {
  it('is the user’s own when set', () => expect(effectiveOwnIndustry(HEALTH, ROWS, TODAY)).toBe(HEALTH));
  it('else the most touched of the last 90 days, never unknown', () => {
    expect(effectiveOwnIndustry(null, [row(TECH, 0, 3), row(HEALTH, 1, 2), row('', 0, 9), row(HEALTH, 91, 5)], TODAY)).toBe(TECH);
    expect(effectiveOwnIndustry(null, [row('', 0, 9)], TODAY)).toBeNull();
  });
  it('ties go to the lower id', () => expect(effectiveOwnIndustry(null, [row(TECH, 0, 2), row(FINANCE, 0, 2)], TODAY)).toBe(FINANCE));
});

describe('26-week trend', () => {
  it('has 26 seven-day weeks ending today, oldest first', () => {
    const trend = weeklyTrend(ROWS, TECH, TODAY);
    expect(trend).toHaveLength(26);
    expect(trend.at(-1)).toEqual({ startDay: TODAY - 6, outside: 2, total: 6, percent: 33 });
    expect(trend[0]!.startDay).toBe(TODAY - 181);
    // Day 29 and 30 ago are in the week [TODAY-34, TODAY-28]: 1 + 4 finance.
    expect(trend.at(-5)).toEqual({ startDay: TODAY - 34, outside: 5, total: 5, percent: 100 });
    expect(trend.at(-2)).toEqual({ startDay: TODAY - 13, outside: 0, total: 0, percent: null });
  });
});

describe('industry mix of the network and of recent attention', () => {
  it('lists every industry with contacts or recent touches, most contacts first', () => {
    const network = new Map([[TECH, 50], [FINANCE, 10], [HEALTH, 10], ['', 5], ['education', 0]]);
    expect(industryMix(network, ROWS, TODAY)).toEqual([
      { industry: TECH, network: 50, last30: 3, last90: 5 },
      { industry: FINANCE, network: 10, last30: 1, last90: 5 },
      { industry: HEALTH, network: 10, last30: 2, last90: 2 },
      { industry: '', network: 5, last30: 1, last90: 1 },
    ]);
  });
  it('percentages round to nearest and never divide by zero', () => {
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(2, 3)).toBe(67);
    expect(percentOf(1, 0)).toBe(0);
  });
});

describe('industries not touched for longest', () => {
  const network = new Map([[TECH, 50], [FINANCE, 10], [HEALTH, 3], ['education', 7], ['', 4]]);
  const lastDay = new Map([[TECH, TODAY], [FINANCE, TODAY - 29], [HEALTH, TODAY - 1]]);
  it('never touched first (more people first), then longest ago; not the own industry, not unknown', () => {
    expect(staleIndustries(network, lastDay, TECH, TODAY)).toEqual([
      { industry: 'education', daysSince: null, contacts: 7 },
      { industry: FINANCE, daysSince: 29, contacts: 10 },
      { industry: HEALTH, daysSince: 1, contacts: 3 },
    ]);
  });
  it('keeps only `limit`', () => expect(staleIndustries(network, lastDay, TECH, TODAY, 1)).toHaveLength(1));
});

describe('give/ask balance', () => {
  it('sums gives and asks', () => {
    expect(giveAskBalance([row(TECH, 0, 3, 2, 1), row(HEALTH, 5, 2, 0, 2)])).toEqual({ gives: 2, asks: 3 });
    expect(giveAskBalance([])).toEqual({ gives: 0, asks: 0 });
  });
  it('nudges only when asked more than given', () => {
    expect(needsGiving({ gives: 1, asks: 2 })).toBe(true);
    expect(needsGiving({ gives: 2, asks: 2 })).toBe(false);
  });
});
