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

/** Contacts read per chunk. */
const CHUNK = 500;

export interface FindOptions {
  now: number;
  limit?: number;
  /** Gives the event loop back between chunks (the page passes a macrotask; tests may not). */
  yieldToPage?: () => Promise<void>;
  /** Stop early (the view was left). */
  signal?: AbortSignal;
}

/** The introductions to suggest now, from the whole book, leaving out the pairs the user decided on. */
export async function findIntroductions(db: KakehashiDb, options: FindOptions): Promise<IntroductionSuggestion[]> {
  const { now, limit = 10, yieldToPage, signal } = options;
  const [settings, total, decisions] = await Promise.all([getSettings(db), db.contacts.count(), db.introductionDecisions.toArray()]);
  const dismissed = new Set(decisions.filter((d) => isStillDismissed(d, now)).map((d) => d.pair));
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
