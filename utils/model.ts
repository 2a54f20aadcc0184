/**
 * The data model shared by every layer (DESIGN.md, "Data"). Plain serialisable objects only: these
 * cross the messaging boundary and go into IndexedDB. Times are epoch milliseconds (UTC); exports
 * turn them into ISO 8601.
 */

export type Site = 'linkedin' | 'x';

export const SITES: readonly Site[] = ['linkedin', 'x'];

/** `"<site>:<handle>"`, e.g. `linkedin:ethanohara`, `x:dr_mori3`. */
export type ContactId = `${Site}:${string}`;

export interface ProfileKey {
  site: Site;
  /** LinkedIn: percent-decoded, lower-cased slug. X: lower-cased handle. */
  handle: string;
}

/** What a site adapter reads off a profile page. `null` where the page does not show it. */
export interface ProfileSnapshot extends ProfileKey {
  name: string | null;
  /** LinkedIn headline; the bio on X. */
  headline: string | null;
  company: string | null;
  location: string | null;
  /** Only https URLs on the sites' own image hosts; never `data:`. */
  avatarUrl: string | null;
  /**
   * X only: the account's numeric id when the header shows it (JSON-LD `identifier`, the follow
   * button's `data-testid="<id>-follow"`). It survives a handle rename; the handle does not.
   */
  xUserId?: string;
  /**
   * LinkedIn only: the member id (`ACoAA…`, lower-cased like a handle) when the top card shows it
   * next to the vanity slug, so a record keyed by the member-id URL can be folded into the slug's.
   */
  memberId?: string;
}

export type IndustrySource = 'auto' | 'manual';

export interface Contact {
  id: ContactId;
  site: Site;
  handle: string;
  url: string;
  name: string | null;
  headline: string | null;
  company: string | null;
  location: string | null;
  avatarUrl: string | null;
  /** Taxonomy id from `utils/domain/industries.ts`, or null when unknown. */
  industry: string | null;
  industrySource: IndustrySource | null;
  tags: string[];
  /** Keep-in-touch cadence in days; `null` = the default from settings; `0` = no reminders. */
  cadenceDays: number | null;
  lastContactAt: number | null;
  /**
   * Derived: when this person is next due, already pushed past `snoozedUntil`, so "who is due" is
   * the single index range `nextDueAt <= now`. `null` (not indexed) when there is no cadence.
   */
  nextDueAt: number | null;
  snoozedUntil: number | null;
  /** Links one person's LinkedIn and X records. */
  personId: string | null;
  /** LinkedIn Connections.csv "Connected On"; informational, not a touch. */
  connectedAt: number | null;
  createdAt: number;
  /** Any change, including automatic refreshes of the profile details (a visit, an import). */
  updatedAt: number;
  lastVisitedAt: number | null;
  /**
   * When the USER last changed their own fields (`USER_FIELDS`), as distinct from `updatedAt`; a
   * restore merges those fields by it. Null when the user never set them (all still defaults).
   */
  userEditedAt: number | null;
  /**
   * Earlier ids of this person's record (a LinkedIn member-id URL, a renamed X handle, a merged-away
   * duplicate, possibly from the other site): an old URL still finds the person. Absent on records
   * written before version 4 (= none).
   */
  aliases?: ContactId[];
  /** X's numeric account id once a visit showed it (see `ProfileSnapshot.xUserId`). */
  xUserId?: string | null;
  /**
   * Where the person is from or lives, as the user typed it (福岡, Fukuoka), trimmed, at most
   * `LIMITS.region`; absent when unknown (never ''). Compared folded (utils/domain/region.ts), so
   * ﾌｸｵｶ, ふくおか and フクオカ are one region. Indexed as typed, for suggestions and Insights.
   */
  region?: string;
}

/**
 * The fields only the user sets (the panel, the popup's snooze). A merge takes them together from
 * the side the user edited last; an automatic refresh never stamps `userEditedAt`.
 */
export const USER_FIELDS = ['cadenceDays', 'tags', 'industry', 'industrySource', 'personId', 'snoozedUntil', 'region'] as const;

/** True when any of the user's own fields differs from a new contact's defaults. */
export function hasUserFields(contact: Pick<Contact, (typeof USER_FIELDS)[number]>): boolean {
  return (
    contact.cadenceDays !== null ||
    contact.tags.length > 0 ||
    contact.industrySource === 'manual' ||
    contact.personId !== null ||
    contact.snoozedUntil !== null ||
    !!contact.region
  );
}

/** True when `a` and `b` hold the same values in every one of the user's own fields. */
export function sameUserFields(a: Pick<Contact, (typeof USER_FIELDS)[number]>, b: Pick<Contact, (typeof USER_FIELDS)[number]>): boolean {
  return USER_FIELDS.every((field) =>
    field === 'tags' ? a.tags.length === b.tags.length && a.tags.every((tag, i) => tag === b.tags[i]) : a[field] === b[field],
  );
}

/**
 * `userEditedAt` for a record written before the field existed (a version-1 database row or
 * backup): its `updatedAt` when it carries fields the user set, else null. `updatedAt` is the
 * latest the user can have edited them, so two such records compare as they always did (the newer
 * record wins), while an untouched record (say, an import) never outranks a real edit.
 */
export function initialUserEditedAt(contact: Omit<Contact, 'userEditedAt'>): number | null {
  return hasUserFields(contact) ? contact.updatedAt : null;
}

export interface Note {
  id?: number;
  contactId: ContactId;
  body: string;
  createdAt: number;
  updatedAt: number;
}

export const TOUCH_KINDS = ['comment', 'message', 'meeting', 'call', 'shared-info', 'thanks', 'ask', 'introduced', 'helped', 'other'] as const;
export type TouchKind = (typeof TOUCH_KINDS)[number];

/** Touches that give something to the person (DESIGN.md, "Data"): the give/ask balance counts them. */
export const GIVE_KINDS: readonly TouchKind[] = ['shared-info', 'thanks', 'introduced', 'helped'];
/** Touches that ask something of the person. */
export const ASK_KINDS: readonly TouchKind[] = ['ask'];

export interface Touch {
  id?: number;
  contactId: ContactId;
  kind: TouchKind;
  at: number;
  note?: string;
  /**
   * The person's industry when the touch was recorded (or when the user last set that person's
   * industry), so Insights can count attention by industry without reading the contact. Absent in
   * backups; restore and the version-4 upgrade fill it in from the contact.
   */
  industry?: string | null;
  /** `introduced` only: the other person of the introduction (who has the mirror touch). */
  otherId?: ContactId;
}

export type LanguageSetting = 'auto' | 'en' | 'ja';

export interface Settings {
  /** The user's own industry (taxonomy id) or null when not set. */
  industry: string | null;
  defaultCadenceDays: number;
  /**
   * Per-tag default cadences in days (tag "mentor" every 30 days): a person without a cadence of
   * their own follows the shortest of their tags', else `defaultCadenceDays`.
   */
  tagCadences: Record<string, number>;
  language: LanguageSetting;
  quietMode: boolean;
  /**
   * Inline marks next to known people on feeds, comments, search results and timelines. Opt-in:
   * the site's scripts can see where marks are placed (DESIGN.md, "People on this page").
   */
  inlineMarks: boolean;
  dailyNotification: boolean;
  /** The local hour (0–23) at which the daily reminder may show. */
  notificationHour: number;
  /**
   * The share of touches outside the user's own industry the user aims for, in percent (Insights,
   * the popup's progress line). Replaced the count `diversityGoal` (see diversity-goal.ts).
   */
  diversityGoalPercent: number;
  /** When the user finished (or skipped) the first-run screen. */
  onboardedAt: number | null;
  /** The kind of the user's last logged touch: the panel and the popup offer it first next time. */
  lastTouchKind: TouchKind;
  /** Where the user is from, free text like a contact's `region` (Insights: hometown and city). */
  hometown?: string;
  /** Where the user lives now, free text like a contact's `region`. */
  currentCity?: string;
}

export const DEFAULT_SETTINGS: Settings = {
  industry: null,
  defaultCadenceDays: 90,
  tagCadences: {},
  language: 'auto',
  quietMode: false,
  inlineMarks: false,
  dailyNotification: false,
  notificationHour: 9,
  diversityGoalPercent: 40,
  onboardedAt: null,
  lastTouchKind: 'message',
};

export type SuggestionOutcome = 'shown' | 'done' | 'skipped' | 'snoozed';

export interface SuggestionLogEntry {
  id?: number;
  contactId: ContactId;
  at: number;
  outcome: SuggestionOutcome;
}

/** What the user decided about a suggested introduction (utils/db/introductions.ts). */
export type IntroductionOutcome = 'skipped' | 'snoozed' | 'introduced';

/** A decision about a suggested pair; `pair` is the two ids sorted, joined by a space (introPairKey). */
export interface IntroductionDecision {
  pair: string;
  outcome: IntroductionOutcome;
  at: number;
  /** Snoozed: the pair comes back after this time; otherwise null. */
  until: number | null;
}

export const DAY_MS = 86_400_000;

/** Builds the primary key of a contact. */
export function contactIdOf(key: ProfileKey): ContactId {
  return `${key.site}:${key.handle}`;
}

/** Splits a contact id back into its site and handle, or null when it is not one. */
export function parseContactId(id: string): ProfileKey | null {
  const i = id.indexOf(':');
  const site = id.slice(0, i);
  const handle = id.slice(i + 1);
  if (i < 1 || !handle || (site !== 'linkedin' && site !== 'x')) return null;
  return { site, handle };
}

/** The canonical profile URL of a contact key. */
export function profileUrlOf(key: ProfileKey): string {
  return key.site === 'linkedin'
    ? `https://www.linkedin.com/in/${encodeURIComponent(key.handle)}/`
    : `https://x.com/${key.handle}`;
}

/** A contact with nothing known yet but its key: the one place a new record's defaults live. */
export function blankContact(key: ProfileKey, now: number): Contact {
  return {
    id: contactIdOf(key),
    site: key.site,
    handle: key.handle,
    url: profileUrlOf(key),
    name: null,
    headline: null,
    company: null,
    location: null,
    avatarUrl: null,
    industry: null,
    industrySource: null,
    tags: [],
    cadenceDays: null,
    lastContactAt: null,
    nextDueAt: null,
    snoozedUntil: null,
    personId: null,
    connectedAt: null,
    createdAt: now,
    updatedAt: now,
    lastVisitedAt: null,
    userEditedAt: null,
  };
}
