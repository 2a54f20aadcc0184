/**
 * "Someone in a different industry" (DESIGN.md, "Suggestions"): ranks tracked contacts to comment on
 * or reach out to. Pure and deterministic: the same input and `now` give the same output, whatever
 * the order of the arrays.
 *
 * Who can be suggested
 * - not snoozed (snoozedUntil > now), not skipped in the last 7 days, cadence not "none" (0 is the
 *   user's "don't remind me about this person", and a suggestion is a reminder);
 * - not in the user's own industry. When that is unknown, the industry the user touched most in the
 *   last 90 days stands in for it (ties: the more recently touched industry, then the id). When
 *   neither is known there are NO suggestions: any industry could be the user's own, so suggesting
 *   one would only pretend to diversity; the popup asks the user to set theirs instead
 *   (`needsUserIndustry`);
 * - contacts whose industry is unknown ARE allowed, but always rank below every contact with a known,
 *   different industry: we cannot claim they broaden the network, and their reason asks the user to
 *   set the industry;
 * - one record per person (LinkedIn and X records sharing a personId): the best one.
 *
 * Score (higher first), then multiplied by damping:
 *   overdue     2 + 0.5 × min(ratio − 1, 3) when due (2 … 3.5), else ratio (0 … 1): due always beats
 *               not due, all else equal;  ratio = time since last contact ÷ cadence (cadence.ts)
 *   rarity      2 ÷ (1 + touches in that industry in the last 90 days): 2, 1, 0.67, …
 *   never       +1.5 for people never contacted
 *   warmth      +1 when their profile was visited in the last 14 days
 *   damping     × 0.7^(n − 1) when shown on n ≥ 2 different days of the last 14 without the user
 *               acting (done, skipped or snoozed) since
 * Ties: contact id ascending.
 *
 * Action: 'comment' (open their recent activity; low pressure) for people never contacted or last
 * contacted 180 or more days ago; 'reach-out' (a message) when there is a live relationship.
 */
import { DAY_MS, type Contact, type ContactId, type SuggestionLogEntry, type Touch } from '../model';
import { effectiveCadenceDays, overdueRatio, type CadenceDefaults, type TagCadences } from './cadence';

export const SUGGESTION_WINDOW_DAYS = 90;
export const SKIP_COOLDOWN_DAYS = 7;
export const WARM_VISIT_DAYS = 14;
export const DAMPING_WINDOW_DAYS = 14;
export const COMMENT_AFTER_DAYS = 180;

export type Reason =
  /** Nobody in this industry touched for `days` days; `null` = not within the last 90 days. */
  | { code: 'industry-gap'; industry: string; days: number | null }
  | { code: 'never-contacted' }
  /** Days past the keep-in-touch date (0 = due today). */
  | { code: 'overdue'; days: number }
  /** Touches with this industry in the last 90 days (0 or 1). */
  | { code: 'rare-industry'; industry: string; touches: number }
  /** Profile visited `days` days ago (0 = today). */
  | { code: 'recently-visited'; days: number }
  | { code: 'unknown-industry' };

export type SuggestedAction = 'comment' | 'reach-out';

export interface Suggestion {
  contactId: ContactId;
  score: number;
  /** Most important first. */
  reasons: Reason[];
  action: SuggestedAction;
  industry: string | null;
}

export type SuggestionCandidate = Pick<
  Contact,
  'id' | 'industry' | 'cadenceDays' | 'lastContactAt' | 'nextDueAt' | 'snoozedUntil' | 'createdAt' | 'lastVisitedAt' | 'personId'
> & { tags?: readonly string[] };

export interface SuggestionInput {
  /** Tracked contacts to choose from (pre-filtering by index is fine; filters are re-applied here). */
  candidates: readonly SuggestionCandidate[];
  /** The user's touches; those older than 90 days before `now` are ignored. */
  recentTouches: readonly Pick<Touch, 'contactId' | 'at'>[];
  /**
   * The industry of every touched contact (candidates' own industries are used when missing here).
   * Keyed by contact id; null = unknown.
   */
  industryByContact: Readonly<Partial<Record<ContactId, string | null>>>;
  /** Settings: the user's own industry, or null when unset. */
  userIndustry: string | null;
  suggestionLog: readonly SuggestionLogEntry[];
  defaultCadenceDays: number;
  /** Settings: per-tag default cadences (a person's own cadence, else their tags', else the default). */
  tagCadences?: TagCadences;
  now: number;
  /** How many suggestions to return (default: all). */
  limit?: number;
}

const rulesOf = (input: SuggestionInput): CadenceDefaults => ({ defaultCadenceDays: input.defaultCadenceDays, tagCadences: input.tagCadences });

interface TouchStats {
  count: Map<string, number>;
  lastAt: Map<string, number>;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function touchStats(
  input: Pick<SuggestionInput, 'recentTouches' | 'industryByContact' | 'now'>,
  candidateIndustry: ReadonlyMap<string, string | null>): TouchStats {
  const since = input.now - SUGGESTION_WINDOW_DAYS * DAY_MS;
  const count = new Map<string, number>();
  const lastAt = new Map<string, number>();
  for (const touch of input.recentTouches) {
    if (touch.at <= since || touch.at > input.now) continue;
    const industry = input.industryByContact[touch.contactId] ?? candidateIndustry.get(touch.contactId) ?? null;
    if (industry === null) continue;
    count.set(industry, (count.get(industry) ?? 0) + 1);
    lastAt.set(industry, Math.max(lastAt.get(industry) ?? -Infinity, touch.at));
  }
  return { count, lastAt };
}

function effectiveUserIndustry(userIndustry: string | null, stats: TouchStats): string | null {
  if (userIndustry !== null) return userIndustry;
  let best: string | null = null;
  for (const [industry, n] of stats.count) {
    if (best === null) {
      best = industry;
      continue;
    }
    const bestN = stats.count.get(best)!;
    const byCount = n - bestN;
    const byRecency = stats.lastAt.get(industry)! - stats.lastAt.get(best)!;
    if (byCount > 0 || (byCount === 0 && (byRecency > 0 || (byRecency === 0 && industry < best)))) best = industry;
  }
  return best;
}

interface LogState {
  skippedRecently: Set<string>;
  /** Distinct days (counted back from now) each contact was shown since the user last acted. */
  shownDays: Map<string, Set<number>>;
}

function readLog(log: readonly SuggestionLogEntry[], now: number): LogState {
  const skipSince = now - SKIP_COOLDOWN_DAYS * DAY_MS;
  const shownSince = now - DAMPING_WINDOW_DAYS * DAY_MS;
  const lastAction = new Map<string, number>();
  const skippedRecently = new Set<string>();
  for (const e of log) {
    if (e.at > now) continue;
    if (e.outcome === 'skipped' && e.at > skipSince) skippedRecently.add(e.contactId);
    if (e.outcome !== 'shown') lastAction.set(e.contactId, Math.max(lastAction.get(e.contactId) ?? -Infinity, e.at));
  }
  const shownDays = new Map<string, Set<number>>();
  for (const e of log) {
    if (e.outcome !== 'shown' || e.at <= shownSince || e.at > now) continue;
    if (e.at < (lastAction.get(e.contactId) ?? -Infinity)) continue;
    let days = shownDays.get(e.contactId);
    if (!days) shownDays.set(e.contactId, (days = new Set()));
    days.add(Math.floor((now - e.at) / DAY_MS));
  }
  return { skippedRecently, shownDays };
}

const daysBetween = (earlier: number, later: number): number => Math.max(0, Math.floor((later - earlier) / DAY_MS));

interface Ranked extends Suggestion {
  known: boolean;
  personId: string | null;
}

function rankOne(
  c: SuggestionCandidate,
  input: SuggestionInput,
  stats: TouchStats,
  log: LogState,
): Ranked {
  const { now } = input;
  const reasons: Reason[] = [];
  let score = 0;

  if (c.industry !== null) {
    const touches = stats.count.get(c.industry) ?? 0;
    const last = stats.lastAt.get(c.industry);
    reasons.push({ code: 'industry-gap', industry: c.industry, days: last === undefined ? null : daysBetween(last, now) });
    score += 2 / (1 + touches);
    if (touches <= 1) reasons.push({ code: 'rare-industry', industry: c.industry, touches });
  }

  const ratio = overdueRatio(c, rulesOf(input), now);
  const dueAt = c.nextDueAt;
  const overdue = dueAt !== null ? dueAt <= now : ratio >= 1;
  score += overdue ? 2 + 0.5 * Math.min(Math.max(ratio - 1, 0), 3) : Math.min(ratio, 1);

  if (c.lastContactAt === null) {
    score += 1.5;
    reasons.splice(1, 0, { code: 'never-contacted' });
  } else if (overdue) {
    const days = dueAt !== null ? daysBetween(dueAt, now) : Math.floor((ratio - 1) * effectiveCadenceDays(c.cadenceDays, rulesOf(input), c.tags));
    reasons.splice(1, 0, { code: 'overdue', days });
  }

  if (c.lastVisitedAt !== null && c.lastVisitedAt <= now && c.lastVisitedAt > now - WARM_VISIT_DAYS * DAY_MS) {
    score += 1;
    reasons.push({ code: 'recently-visited', days: daysBetween(c.lastVisitedAt, now) });
  }
  if (c.industry === null) reasons.push({ code: 'unknown-industry' });

  const shown = log.shownDays.get(c.id)?.size ?? 0;
  if (shown >= 2) score *= 0.7 ** (shown - 1);

  const longGap = c.lastContactAt === null || now - c.lastContactAt >= COMMENT_AFTER_DAYS * DAY_MS;
  return {
    contactId: c.id,
    score: Math.round(score * 1000) / 1000,
    reasons,
    action: longGap ? 'comment' : 'reach-out',
    industry: c.industry,
    known: c.industry !== null,
    personId: c.personId,
  };
}

/**
 * The industry suggestions treat as the user's own: the setting, or when unset the industry the user
 * touched most in the last 90 days (ties: the more recently touched, then the smaller id). Null when
 * neither is known. For the UI ("Treating Financial Services as your industry").
 */
export function resolveUserIndustry(
  input: Pick<SuggestionInput, 'userIndustry' | 'recentTouches' | 'industryByContact' | 'now'> & {
    candidates?: SuggestionInput['candidates'];
  },
): string | null {
  const candidateIndustry = new Map((input.candidates ?? []).map((c) => [c.id as string, c.industry]));
  return effectiveUserIndustry(input.userIndustry, touchStats(input, candidateIndustry));
}

/**
 * True when suggestions cannot know what "a different industry" means: the user's industry is not
 * set and no touch of the last 90 days stands in for it. Then the user is asked to set it.
 */
export function needsUserIndustry(
  input: Parameters<typeof resolveUserIndustry>[0],
): boolean {
  return resolveUserIndustry(input) === null;
}

/**
 * Ranks who to suggest, best first. See the top of this file for the rules; each has a test.
 */
export function rankSuggestions(input: SuggestionInput): Suggestion[] {
  const { now } = input;
  const candidateIndustry = new Map(input.candidates.map((c) => [c.id as string, c.industry]));
  const stats = touchStats(input, candidateIndustry);
  const own = effectiveUserIndustry(input.userIndustry, stats);
  if (own === null) return [];
  const log = readLog(input.suggestionLog, now);

  const ranked: Ranked[] = [];
  const seen = new Set<string>();
  for (const c of input.candidates) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    if (c.snoozedUntil !== null && c.snoozedUntil > now) continue;
    if (log.skippedRecently.has(c.id)) continue;
    if (effectiveCadenceDays(c.cadenceDays, rulesOf(input), c.tags) === 0) continue;
    if (c.industry !== null && c.industry === own) continue;
    ranked.push(rankOne(c, input, stats, log));
  }

  ranked.sort((a, b) => Number(b.known) - Number(a.known) || b.score - a.score || compareIds(a.contactId, b.contactId));

  const out: Suggestion[] = [];
  const people = new Set<string>();
  for (const r of ranked) {
    if (r.personId !== null) {
      if (people.has(r.personId)) continue;
      people.add(r.personId);
    }
    out.push({ contactId: r.contactId, score: r.score, reasons: r.reasons, action: r.action, industry: r.industry });
    if (input.limit !== undefined && out.length >= input.limit) break;
  }
  return out;
}
