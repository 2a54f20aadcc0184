/**
 * Database side of reminders and suggestions (DESIGN.md, "Suggestions", "Reminders"). Everything
 * here reads through indexes with limits, so the popup stays fast at 100,000 contacts: candidates
 * are the few soonest-due people of each industry (`[industry+nextDueAt]`), not the whole table.
 */
import { snoozeUntil, type SnoozeLength } from '../domain/cadence';
import { INDUSTRIES } from '../domain/industries';
import { needsUserIndustry, rankSuggestions, type Suggestion, type SuggestionCandidate } from '../domain/suggest';
import type { Balance } from '../domain/insights';
import { noteTopic } from '../domain/note-topic';
import { checkRegion } from '../domain/region';
import { LIMITS } from '../limits';
import { DAY_MS, type Contact, type ContactId, type ProfileSnapshot, type SuggestionOutcome, type TouchKind } from '../model';
import { ensureContact, saveContact } from './contacts';
import { countDue, listDue } from './due';
import { StoreError } from './errors';
import { readBalance } from './insights';
import { restampTouchIndustry } from './touches';
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
export async function getSuggestions(db: KakehashiDb, now: number, limit = 4, industry?: string): Promise<SuggestionsResult> {
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
      suggestionLog,
      defaultCadenceDays: settings.defaultCadenceDays,
      tagCadences: settings.tagCadences,
      now,
      limit,
    };
    const ranked = rankSuggestions(input);
    const suggestions = await Promise.all(
      ranked.map(async (s) => ({ ...s, contact: byId.get(s.contactId)!, recall: await recallOf(db, s.contactId), balance: await readBalance(db, s.contactId) })),
    );
    return { suggestions, needsIndustry: needsUserIndustry(input) };
  });
}

/**
 * Who is due, most overdue first (`nextDueAt` already includes snoozes). `count` stops at
 * `DUE_COUNT_CAP`: the popup says "99+" like the badge rather than walk 50,000 index entries.
 */
export async function getDue(db: KakehashiDb, now: number, limit: number): Promise<{ count: number; contacts: Contact[] }> {
  return db.transaction('r', db.contacts, async () => {
    const [count, contacts] = await Promise.all([countDue(db, now), listDue(db, now, limit)]);
    return { count, contacts };
  });
}

async function requireContact(db: KakehashiDb, id: ContactId): Promise<Contact> {
  const contact = await db.contacts.get(id);
  if (!contact) throw new StoreError('not-found', 'That person is no longer in your contacts.');
  return contact;
}

/** Snoozes a person for a week or a month: off the due list and out of suggestions until then. */
export async function snoozeContact(db: KakehashiDb, id: ContactId, length: SnoozeLength, now: number): Promise<Contact> {
  return db.transaction('rw', db.contacts, db.settings, async () => {
    const contact = await requireContact(db, id);
    return saveContact(db, contact, now, (c) => {
      c.snoozedUntil = snoozeUntil(now, length);
    });
  });
}

/** Records what the user did with a suggestion, so the same person is not pushed again and again. */
export async function logSuggestion(db: KakehashiDb, contactId: ContactId, outcome: SuggestionOutcome, now: number): Promise<void> {
  if (outcome === 'shown') {
    // One "shown" a day per person is enough for damping; reopening the popup is not nagging.
    const today = await db.suggestionLog.where('at').above(now - DAY_MS).filter((e) => e.contactId === contactId && e.outcome === 'shown').count();
    if (today > 0) return;
  }
  await db.suggestionLog.add({ contactId, outcome, at: now });
}

export interface ContactPatch {
  industry?: string | null;
  cadenceDays?: number | null;
  tags?: string[];
  /** The People page: a snooze ended (null) or set to a date. */
  snoozedUntil?: number | null;
  /** Where the person is from, as typed (trimmed; blank or null: unknown). */
  region?: string | null;
}

/**
 * The user's own edits to a contact. An industry chosen here is "manual" and never overwritten by
 * the classifier, "Unknown" (null) included: choosing it means "do not guess", not "guess again".
 */
export async function updateContact(db: KakehashiDb, profile: ProfileSnapshot, patch: ContactPatch, now: number): Promise<Contact> {
  const region = patch.region === undefined || patch.region === null ? null : checkRegion(patch.region);
  if (region && !region.ok) throw new StoreError('invalid', `A region is at most ${LIMITS.region} characters.`);
  return db.transaction('rw', db.contacts, db.settings, db.touches, async () => {
    const contact = await ensureContact(db, profile, now);
    const saved = await saveContact(db, contact, now, (c) => {
      if (patch.industry !== undefined) {
        c.industry = patch.industry;
        c.industrySource = 'manual';
      }
      if (patch.tags !== undefined) c.tags = [...new Set(patch.tags.map((t) => t.trim()).filter(Boolean))];
      if (patch.cadenceDays !== undefined) c.cadenceDays = patch.cadenceDays;
      if (patch.snoozedUntil !== undefined) c.snoozedUntil = patch.snoozedUntil;
      if (patch.region !== undefined) {
        if (region?.ok && region.region) c.region = region.region;
        else delete c.region;
      }
    });
    if (patch.industry !== undefined) await restampTouchIndustry(db, saved.id, saved.industry);
    return saved;
  });
}
