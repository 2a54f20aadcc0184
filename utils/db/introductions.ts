/**
 * Database side of introduction suggestions (DESIGN.md, "The People page and Insights"): what the user
 * decided about a suggested pair (`introductionDecisions`, schema version 6), and feeding the topic
 * engine (utils/domain/introductions.ts) from the book.
 *
 * Why chunks and yields: the engine must read every contact's tags, headline, notes and touch notes.
 * At 100,000 contacts that is seconds of work, so it is read 500 contacts at a time (their notes and
 * touches by the `contactId` index), indexed, and the page gets the event loop back between chunks;
 * the Insights figures are shown long before, and the view stays responsive while this runs.
 */
import { introPairKey, suggestIntroductions, TopicIndex, type IntroductionSuggestion } from '../domain/introductions';
import { DAY_MS, type Contact, type ContactId, type IntroductionDecision } from '../model';
import { StoreError } from './errors';
import type { IntroResultRow } from './introductions-cache';
import type { KakehashiDb } from './schema';
import { getSettings } from './settings';
import { logIntroduction } from './touches';

export const INTRO_SNOOZE_DAYS = 30;

/** True when the decision still keeps the pair out of the suggestions at `now`. */
export function isStillDismissed(decision: IntroductionDecision, now: number): boolean {
  return decision.outcome !== 'snoozed' || (decision.until ?? 0) > now;
}

/** Skip (for good) or snooze (INTRO_SNOOZE_DAYS) a suggested pair. */
export async function decideIntroduction(db: KakehashiDb, a: ContactId, b: ContactId, outcome: 'skipped' | 'snoozed', now: number): Promise<IntroductionDecision> {
  if (a === b) throw new StoreError('invalid', 'An introduction needs two different people.');
  const decision: IntroductionDecision = { pair: introPairKey(a, b), outcome, at: now, until: outcome === 'snoozed' ? now + INTRO_SNOOZE_DAYS * DAY_MS : null };
  await db.introductionDecisions.put(decision);
  return decision;
}

/**
 * "I introduced them": an `introduced` touch for both people, naming the other (logIntroduction),
 * and the pair is never suggested again, in one transaction.
 */
export async function recordIntroduction(db: KakehashiDb, a: ContactId, b: ContactId, now: number): Promise<void> {
  await db.transaction('rw', [db.contacts, db.touches, db.settings, db.introductionDecisions], async () => {
    await logIntroduction(db, a, b, now, now);
    await db.introductionDecisions.put({ pair: introPairKey(a, b), outcome: 'introduced', at: now, until: null });
  });
}

/** Suggestions shown. */
export const SHOWN = 10;
/**
 * Suggestions cached: more than are shown, so the ones decided on after the computation (filtered
 * out on read) leave others to show until the engine runs again.
 */
export const CACHED = 40;

/** Contacts read per chunk. */
const CHUNK = 500;

export interface FindOptions {
  now: number;
  limit?: number;
  /** Leave out only the pairs dismissed for good (skipped, introduced), keep the snoozed ones. */
  keepSnoozed?: boolean;
  /** Gives the event loop back between chunks (the page passes a macrotask; tests may not). */
  yieldToPage?: () => Promise<void>;
  /** Stop early (the view was left). */
  signal?: AbortSignal;
}

/** The introductions to suggest now, from the whole book, leaving out the pairs the user decided on. */
export async function findIntroductions(db: KakehashiDb, options: FindOptions): Promise<IntroductionSuggestion[]> {
  const { now, limit = SHOWN, yieldToPage, signal, keepSnoozed = false } = options;
  const [settings, total, decisions] = await Promise.all([getSettings(db), db.contacts.count(), db.introductionDecisions.toArray()]);
  const dismissed = new Set(decisions.filter((d) => (keepSnoozed ? d.outcome !== 'snoozed' : isStillDismissed(d, now))).map((d) => d.pair));
  const index = new TopicIndex(total);
  let last: string | null = null;
  for (;;) {
    if (signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    const contacts: Contact[] = await (last === null ? db.contacts.orderBy(':id') : db.contacts.where(':id').above(last)).limit(CHUNK).toArray();
    if (!contacts.length) break;
    last = contacts.at(-1)!.id;
    const ids = contacts.map((c) => c.id);
    const [notes, touches] = await Promise.all([db.notes.where('contactId').anyOf(ids).toArray(), db.touches.where('contactId').anyOf(ids).toArray()]);
    const texts = new Map<string, string[]>();
    const push = (id: string, text: string | undefined) => {
      if (!text) return;
      const list = texts.get(id);
      if (list) list.push(text);
      else texts.set(id, [text]);
    };
    for (const n of notes) push(n.contactId, n.body);
    for (const t of touches) push(t.contactId, t.note);
    for (const c of contacts) {
      index.add({ id: c.id, industry: c.industry, region: c.region ?? null, tags: c.tags, headline: c.headline, texts: texts.get(c.id) ?? [] });
    }
    await yieldToPage?.();
  }
  return suggestIntroductions(index, { limit, hometown: settings.hometown ?? null, currentCity: settings.currentCity ?? null, isDismissed: (pair) => dismissed.has(pair) });
}

/**
 * Runs the engine over the whole book and stores the result in the cache with the stamp of the data
 * it started from (a write during the run leaves the row stale, so the next open computes again).
 * Meant for the introductions worker (introductions.worker.ts): seconds of work at 100,000 contacts.
 */
export async function refreshIntroductions(db: KakehashiDb, now: number, yieldToPage?: () => Promise<void>): Promise<IntroResultRow> {
  const [stampRow, settings] = await db.transaction('r', [db.introductionCache, db.settings], () => Promise.all([db.introductionCache.get('stamp'), getSettings(db)]));
  const suggestions = await findIntroductions(db, { now, limit: CACHED, keepSnoozed: true, ...(yieldToPage ? { yieldToPage } : {}) });
  const row: IntroResultRow = {
    key: 'result',
    stamp: stampRow?.key === 'stamp' ? stampRow.stamp : null,
    hometown: settings.hometown ?? null,
    currentCity: settings.currentCity ?? null,
    computedAt: now,
    suggestions,
    full: suggestions.length >= CACHED,
  };
  await db.introductionCache.put(row);
  return row;
}

export interface CachedIntroductions {
  /** What to show now: the cached result without the pairs decided on since (null: none cached). */
  suggestions: IntroductionSuggestion[] | null;
  /** Whether the engine must run again: the data or the places changed, or decisions used up the cache. */
  stale: boolean;
}

/** The cached suggestions for `now`, with every decision applied, and whether they are still current. One read transaction. */
export async function readCachedIntroductions(db: KakehashiDb, now: number, limit = SHOWN): Promise<CachedIntroductions> {
  const [stampRow, row, settings, decisions] = await db.transaction('r', [db.introductionCache, db.settings, db.introductionDecisions], () =>
    Promise.all([db.introductionCache.get('stamp'), db.introductionCache.get('result'), getSettings(db), db.introductionDecisions.toArray()]),
  );
  if (row?.key !== 'result') return { suggestions: null, stale: true };
  const dismissed = new Set(decisions.filter((d) => isStillDismissed(d, now)).map((d) => d.pair));
  const forGood = new Set(decisions.filter((d) => d.outcome !== 'snoozed').map((d) => d.pair));
  const open = row.suggestions.filter((s) => !dismissed.has(s.pair));
  const stamp = stampRow?.key === 'stamp' ? stampRow.stamp : null;
  const current = row.stamp === stamp && row.hometown === (settings.hometown ?? null) && row.currentCity === (settings.currentCity ?? null);
  // Used up by pairs decided on for good since: a run leaves those out and finds others.
  const usedUp = row.full && open.length < limit && row.suggestions.some((s) => forGood.has(s.pair));
  return { suggestions: open.slice(0, limit), stale: !current || usedUp };
}
