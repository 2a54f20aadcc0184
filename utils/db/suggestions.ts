/**
 * Database side of suggestions (DESIGN.md, "Suggestions"). Everything here reads through indexes
 * with limits, so the popup stays fast at 100,000 contacts: candidates are the few soonest-due
 * people of each industry (`[industry+nextDueAt]`), not the whole table.
 */
import { INDUSTRIES } from '../domain/industries';
import { needsUserIndustry, rankSuggestions, type Suggestion, type SuggestionCandidate } from '../domain/suggest';
import type { Balance } from '../domain/insights';
import { noteTopic } from '../domain/note-topic';
import type { SnoozeLength } from '../domain/cadence';
import { DAY_MS, type Contact, type ContactId, type SuggestionLogEntry, type SuggestionOutcome, type TouchKind } from '../model';
import { StoreError } from './errors';
import { snoozeContact } from './reminders';
import { markDone } from './touches';
import { readBalance } from './insights';
import type { KakehashiDb } from './schema';
import { getSettings } from './settings';

/** Candidates read per industry: enough for alternates after the ranking's filters. */
const PER_INDUSTRY = 12;
/**
 * Touches considered for diversity: the newest of the last 90 days. Each needs its contact's
 * industry (a bulkGet), so this bounds the popup's work; 400 recent touches show the mix well.
 */
const TOUCH_SAMPLE = 400;

export interface SuggestionView extends Suggestion {
  contact: Contact;
  /** What the user knows, for conversation starters: the latest note's topic and the last touch. */
  recall: { noteTopic: string | null; lastTouch: { kind: TouchKind; at: number } | null };
  /** Gives and asks with this person (insight-counts.ts): asked more than given → a nudge. */
  balance: Balance;
}

/** Candidates read when suggesting from one industry (Insights' "not touched for longest"). */
const ONE_INDUSTRY = 50;

async function gatherCandidates(db: KakehashiDb, now: number, industry?: string): Promise<Contact[]> {
  if (industry) return db.contacts.where('[industry+nextDueAt]').between([industry, -Infinity], [industry, Infinity]).limit(ONE_INDUSTRY).toArray();
  const byIndustry = await Promise.all(
    [...INDUSTRIES.map((i) => i.id as string)].map((industry) =>
      db.contacts.where('[industry+nextDueAt]').between([industry, -Infinity], [industry, Infinity]).limit(PER_INDUSTRY).toArray(),
    ),
  );
  // People of unknown industry (not in the compound index) and warm, recently visited profiles.
  const [soonest, warm] = await Promise.all([
    db.contacts.orderBy('nextDueAt').limit(PER_INDUSTRY * 4).toArray(),
    db.contacts.where('lastVisitedAt').above(now - 14 * DAY_MS).limit(50).toArray(),
  ]);
  const seen = new Map<ContactId, Contact>();
  for (const c of [...byIndustry.flat(), ...soonest, ...warm]) seen.set(c.id, c);
  return [...seen.values()];
}

export interface SuggestionsResult {
  /** Best first; empty when `needsIndustry`. */
  suggestions: SuggestionView[];
  /** The user's industry is unknown and no recent touch stands in: ask the user to set it. */
  needsIndustry: boolean;
}

/** The latest note's topic and the last touch of each suggested person (a few reads each). */
async function recallOf(db: KakehashiDb, id: ContactId): Promise<SuggestionView['recall']> {
  const [notes, lastTouch] = await Promise.all([
    db.notes.where('contactId').equals(id).toArray(),
    db.touches.where('[contactId+at]').between([id, -Infinity], [id, Infinity]).last(),
  ]);
  const latest = notes.sort((a, b) => b.createdAt - a.createdAt || (b.id ?? 0) - (a.id ?? 0))[0];
  return { noteTopic: latest ? noteTopic(latest.body) : null, lastTouch: lastTouch ? { kind: lastTouch.kind, at: lastTouch.at } : null };
}

/**
 * The ranked suggestions (best first), each with its contact record. With `industry`, only people of
 * that industry are candidates (Insights: "suggest someone in an industry not touched for long").
 */
export async function getSuggestions(
  db: KakehashiDb,
  now: number,
  limit = 4,
  industry?: string,
  /** "Shown" marks kept outside the database (utils/messaging/shown-suggestions.ts), for damping. */
  shown: readonly SuggestionLogEntry[] = [],
): Promise<SuggestionsResult> {
  return (await readSuggestions(db, now, limit, industry, shown)).result;
}

/** When a candidate falls due or its snooze ends after `now` (the ranking changes then); Infinity if never. */
function nextChangeOf(candidates: readonly Contact[], now: number): number {
  let at = Infinity;
  for (const c of candidates) {
    if (c.nextDueAt !== null && c.nextDueAt > now) at = Math.min(at, c.nextDueAt);
    if (c.snoozedUntil !== null && c.snoozedUntil > now) at = Math.min(at, c.snoozedUntil);
  }
  return at;
}

/**
 * `getSuggestions`, and when its answer changes without a write (popup-home.ts caches it until
 * then): the earliest time a candidate falls due or its snooze ends.
 */
export async function readSuggestions(
  db: KakehashiDb,
  now: number,
  limit = 4,
  industry?: string,
  shown: readonly SuggestionLogEntry[] = [],
): Promise<{ result: SuggestionsResult; changesAt: number }> {
  return db.transaction('r', [db.contacts, db.touches, db.notes, db.settings, db.suggestionLog, db.insightPeople], async () => {
    const settings = await getSettings(db);
    const [candidates, recentTouches, suggestionLog] = await Promise.all([
      gatherCandidates(db, now, industry),
      db.touches.where('at').above(now - 90 * DAY_MS).reverse().limit(TOUCH_SAMPLE).toArray(),
      db.suggestionLog.where('at').above(now - 14 * DAY_MS).toArray(),
    ]);
    const touchedIds = [...new Set(recentTouches.map((t) => t.contactId))];
    const touched = await db.contacts.bulkGet(touchedIds);
    const industryByContact: Partial<Record<ContactId, string | null>> = {};
    touched.forEach((c, i) => (industryByContact[touchedIds[i]!] = c?.industry ?? null));
    const byId = new Map(candidates.map((c) => [c.id, c]));
    const input = {
      candidates: candidates as SuggestionCandidate[],
      recentTouches,
      industryByContact,
      userIndustry: settings.industry,
      suggestionLog: [...suggestionLog, ...shown],
      defaultCadenceDays: settings.defaultCadenceDays,
      tagCadences: settings.tagCadences,
      now,
      limit,
    };
    const ranked = rankSuggestions(input);
    const suggestions = await Promise.all(
      ranked.map(async (s) => ({ ...s, contact: byId.get(s.contactId)!, recall: await recallOf(db, s.contactId), balance: await readBalance(db, s.contactId) })),
    );
    return { result: { suggestions, needsIndustry: needsUserIndustry(input) }, changesAt: nextChangeOf(candidates, now) };
  });
}

/** What the user did with a suggestion: Done (a touch of the chosen kind), Skip or Snooze. */
export type SuggestionAct = { action: 'done'; kind: TouchKind } | { action: 'skip' } | { action: 'snooze'; length: SnoozeLength };

const OUTCOME_OF: Record<SuggestionAct['action'], SuggestionOutcome> = { done: 'done', skip: 'skipped', snooze: 'snoozed' };

/**
 * The one way the user's answer to a suggestion is recorded: the log entry and its effect (the
 * touch, the snooze) in ONE transaction, so neither lands without the other.
 */
export async function actOnSuggestion(db: KakehashiDb, contactId: ContactId, act: SuggestionAct, now: number): Promise<void> {
  await db.transaction('rw', [db.contacts, db.touches, db.settings, db.suggestionLog], async () => {
    if (act.action === 'done') await markDone(db, contactId, act.kind, now);
    else if (act.action === 'snooze') await snoozeContact(db, contactId, act.length, now);
    else if (!(await db.contacts.get(contactId))) throw new StoreError('not-found', 'That person is no longer in your contacts.');
    await db.suggestionLog.add({ contactId, outcome: OUTCOME_OF[act.action], at: now });
  });
}
