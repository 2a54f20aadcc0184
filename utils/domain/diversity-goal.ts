/**
 * The diversity goal is a share of touches outside the user's own industry, in percent (DESIGN.md,
 * "Data": default 40%). Until version 4 it was a count — "different industries to touch per 90
 * days", 1–30, default 5 — and databases and backups written then still hold that count.
 *
 * The mapping keeps the user's intent in order: a user who asked for more industries asks for more
 * attention outside their own. 8 points per industry, so the old default (5) lands on the new one
 * (40%) and every user who never touched the setting sees the documented default; 1 → 8%, 10 → 80%,
 * and anything from 12 up reaches the 95% ceiling (nobody can keep 100% while keeping in touch with
 * their own colleagues, and 100% would make the goal unreachable for anyone who does).
 */
import { BOUNDS } from '../limits';

export const DEFAULT_DIVERSITY_GOAL_PERCENT = 40;
const PERCENT_PER_INDUSTRY = 8;

/** The percentage goal for a version-3 count goal; the default for anything that is not one. */
export function goalPercentFromLegacyCount(count: unknown): number {
  if (typeof count !== 'number' || !Number.isInteger(count)) return DEFAULT_DIVERSITY_GOAL_PERCENT;
  const { min, max } = BOUNDS.diversityGoalPercent;
  return Math.min(max, Math.max(min, count * PERCENT_PER_INDUSTRY));
}

/**
 * A stored settings row (or a backup's settings) in the current shape: `diversityGoalPercent`
 * from the old `diversityGoal` when only that is there; the old field dropped.
 */
export function upgradeGoalSetting<T extends object>(row: T): Omit<T, 'diversityGoal'> & { diversityGoalPercent: number } {
  const { diversityGoal, diversityGoalPercent, ...rest } = row as T & { diversityGoal?: unknown; diversityGoalPercent?: unknown };
  const percent = typeof diversityGoalPercent === 'number' ? diversityGoalPercent : goalPercentFromLegacyCount(diversityGoal);
  return { ...rest, diversityGoalPercent: percent } as Omit<T, 'diversityGoal'> & { diversityGoalPercent: number };
}
