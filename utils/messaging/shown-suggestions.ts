/**
 * Which suggestions the popup showed, for the ranking's damping (suggest.ts: a person shown on
 * several days without the user acting ranks lower). Kept in `storage.local`, not in the database:
 * opening the popup must write nothing that the badge or the popup's cached home (popup-home.ts)
 * reacts to. Earlier versions logged "shown" in the database's suggestion log; those entries still
 * count, the ranking reads both.
 */
import { browser } from 'wxt/browser';
import { DAMPING_WINDOW_DAYS } from '../domain/suggest';
import { DAY_MS, type ContactId, type SuggestionLogEntry } from '../model';

export interface ShownSuggestions {
  /** The "shown" marks of the damping window. */
  read(now: number): Promise<SuggestionLogEntry[]>;
  /** Marks a person as shown now (at most once a day each). */
  record(contactId: ContactId, now: number): Promise<void>;
}

const KEY = 'suggestionShown';
/** Marks kept at most: a few people a day over the damping window. */
const MAX_MARKS = 200;

interface Mark {
  contactId: ContactId;
  at: number;
}

function parseMarks(value: unknown): Mark[] {
  if (!Array.isArray(value)) return [];
  return value.filter((m): m is Mark => typeof m === 'object' && m !== null && typeof m.contactId === 'string' && Number.isFinite(m.at));
}

/**
 * The marks after showing `contactId` at `now`, or null when nothing changes (already shown in the
 * last day: reopening the popup is not nagging). Marks older than the damping window are dropped.
 */
export function withShown(marks: readonly Mark[], contactId: ContactId, now: number): Mark[] | null {
  if (marks.some((m) => m.contactId === contactId && m.at > now - DAY_MS && m.at <= now)) return null;
  const since = now - DAMPING_WINDOW_DAYS * DAY_MS;
  return [...marks.filter((m) => m.at > since && m.at <= now), { contactId, at: now }].slice(-MAX_MARKS);
}

export const localShownSuggestions: ShownSuggestions = {
  async read(now) {
    const since = now - DAMPING_WINDOW_DAYS * DAY_MS;
    const marks = parseMarks((await browser.storage.local.get(KEY))[KEY]);
    return marks.filter((m) => m.at > since).map((m) => ({ contactId: m.contactId, at: m.at, outcome: 'shown' as const }));
  },
  async record(contactId, now) {
    const next = withShown(parseMarks((await browser.storage.local.get(KEY))[KEY]), contactId, now);
    if (next) await browser.storage.local.set({ [KEY]: next });
  },
};
