/**
 * valibot schemas of every record in a backup (versions 1–3; version 2 added `userEditedAt`, version 3
 * the touch kinds `introduced` and `helped`, `otherId`, and the goal in percent). A restore writes straight into the database,
 * so a backup is held to exactly what the rest of the extension accepts: ids are `"<site>:<handle>"`
 * with the site's own handle rule (utils/sites/<site>/handle.ts), text and values are bounded by the
 * same table as messages (utils/limits.ts), industries come from the taxonomy, note bodies are not
 * blank, and a contact's `url` is rebuilt from its key (a file can say anything there; the popup makes
 * it a link). Unknown keys are dropped (valibot `object`).
 */
import * as v from 'valibot';
import { upgradeGoalSetting } from '../domain/diversity-goal';
import { isIndustryId } from '../domain/industries';
import { BOUNDS, isNoteBody, LIMITS } from '../limits';
import {
  DEFAULT_SETTINGS,
  SITES,
  TOUCH_KINDS,
  profileUrlOf,
  type Contact,
  type ContactId,
  type IntroductionDecision,
  type Note,
  type Settings,
  type SuggestionLogEntry,
  type Touch,
} from '../model';
import { isContactId } from '../sites/handle';
import { isXUserId } from '../sites/x/handle';
import { isStoredTime } from '../time-bounds';

const PERSON_ID_MAX = 200;

const contactId = v.custom<ContactId>(isContactId, 'not a "<site>:<handle>" contact id');
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const bounded = ({ min, max }: { min: number; max: number }) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const industryId = v.pipe(v.string(), v.check((id: string) => isIndustryId(id), 'unknown industry'));
/** Epoch milliseconds from 2000 through 9999 (time-bounds.ts); "not after tomorrow" needs `now`, see backup.ts. */
const time = v.pipe(v.number(), v.check((t: number) => isStoredTime(t), 'not a date from 2000 through 9999'));
const autoId = v.pipe(v.number(), v.integer(), v.minValue(1));
const httpsUrl = v.pipe(text(LIMITS.url), v.regex(/^https:\/\//, 'not an https URL'));

/** A region as the pages store it: trimmed, not blank, within the limit (utils/domain/region.ts). */
const region = v.pipe(
  v.string(),
  v.maxLength(LIMITS.region),
  v.check((r: string) => r.trim() === r && r !== '', 'a region is trimmed and not blank'),
);

/** Aliases one record may carry: every merge adds one; far more than a person plausibly has. */

export const contactSchema = v.pipe(
  v.object({
    id: contactId,
    site: v.picklist(SITES),
    handle: v.string(),
    /** Replaced by the canonical URL of the key below, whatever the file says. */
    url: v.string(),
    name: v.nullable(text(LIMITS.name)),
    headline: v.nullable(text(LIMITS.headline)),
    company: v.nullable(text(LIMITS.company)),
    location: v.nullable(text(LIMITS.location)),
    avatarUrl: v.nullable(httpsUrl),
    industry: v.nullable(industryId),
    industrySource: v.nullable(v.picklist(['auto', 'manual'])),
    tags: v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.tag))), v.maxLength(LIMITS.tags)),
    cadenceDays: v.nullable(bounded(BOUNDS.cadenceDays)),
    lastContactAt: v.nullable(time),
    nextDueAt: v.nullable(time),
    snoozedUntil: v.nullable(time),
    personId: v.nullable(v.pipe(v.string(), v.minLength(1), v.maxLength(PERSON_ID_MAX))),
    connectedAt: v.nullable(time),
    createdAt: time,
    updatedAt: time,
    lastVisitedAt: v.nullable(time),
    /** Absent from version-1 backups; parseBackup fills it in as the database upgrade does. */
    userEditedAt: v.optional(v.nullable(time)),
    /** Earlier ids of the record (identity.ts); absent from backups made before they existed. */
    aliases: v.optional(v.pipe(v.array(contactId), v.maxLength(LIMITS.aliases))),
    xUserId: v.optional(v.nullable(v.pipe(v.string(), v.check(isXUserId, 'not an X user id')))),
    /** Where the person is from (free text); absent from backups made before regions. */
    region: v.optional(region),
  }),
  v.check((c) => c.id === `${c.site}:${c.handle}`, 'id is not "<site>:<handle>" of this contact'),
  v.check((c) => (c.aliases ?? []).every((a) => a !== c.id), 'an alias repeats the contact\'s own id'),
  v.check((c) => c.site === 'x' || c.xUserId === undefined || c.xUserId === null, 'only X contacts have an X user id'),
  v.transform((c) => ({ ...c, url: profileUrlOf(c) })),
) satisfies v.GenericSchema<unknown, BackupContact>;

/** A contact as a backup file holds it: `userEditedAt` may be missing (version 1). */
export type BackupContact = Omit<Contact, 'userEditedAt'> & { userEditedAt?: number | null };

export const noteSchema = v.object({
  id: v.optional(autoId),
  contactId,
  body: v.pipe(v.string(), v.check(isNoteBody, 'empty or too long note')),
  createdAt: time,
  updatedAt: time,
}) satisfies v.GenericSchema<unknown, Note>;

export const touchSchema = v.object({
  id: v.optional(autoId),
  contactId,
  kind: v.picklist(TOUCH_KINDS),
  at: time,
  note: v.optional(text(LIMITS.touchNote)),
  otherId: v.optional(contactId),
}) satisfies v.GenericSchema<unknown, Touch>;

/** Versions 1–2 hold the goal as a count (`diversityGoal`), version 3 on as a percentage. */
export const settingsSchema = v.pipe(
  v.object({
    industry: v.nullable(industryId),
    defaultCadenceDays: bounded(BOUNDS.defaultCadenceDays),
    /** Absent from backups made before per-tag cadences. */
    tagCadences: v.optional(
      v.pipe(v.record(v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.tag)), bounded(BOUNDS.tagCadenceDays)), v.check((r) => Object.keys(r).length <= LIMITS.tagCadences, 'too many tag cadences')),
      {},
    ),
    language: v.picklist(['auto', 'en', 'ja']),
    quietMode: v.boolean(),
    // Backups from before inline marks existed have no such field: marks stay off.
    inlineMarks: v.optional(v.boolean(), false),
    dailyNotification: v.boolean(),
    // Backups made before the setting existed keep the default hour.
    notificationHour: v.optional(bounded(BOUNDS.notificationHour), DEFAULT_SETTINGS.notificationHour),
    diversityGoal: v.optional(bounded(BOUNDS.legacyDiversityGoal)),
    diversityGoalPercent: v.optional(bounded(BOUNDS.diversityGoalPercent)),
    onboardedAt: v.nullable(time),
    /** Absent from earlier backups: the default then. */
    lastTouchKind: v.optional(v.picklist(TOUCH_KINDS), DEFAULT_SETTINGS.lastTouchKind),
    /** The user's hometown and current city; absent from backups made before them. */
    hometown: v.optional(region),
    currentCity: v.optional(region),
  }),
  v.transform(upgradeGoalSetting),
) satisfies v.GenericSchema<unknown, Settings>;

export const suggestionLogEntrySchema = v.object({
  id: v.optional(autoId),
  contactId,
  at: time,
  outcome: v.picklist(['shown', 'done', 'skipped', 'snoozed']),
}) satisfies v.GenericSchema<unknown, SuggestionLogEntry>;

/** Two different contact ids, sorted, joined by one space (utils/domain/introductions.ts introPairKey). */
const introPair = v.pipe(
  v.string(),
  v.maxLength(2 * LIMITS.url),
  v.check((pair: string) => {
    const [a, b, ...rest] = pair.split(' ');
    return rest.length === 0 && !!a && !!b && isContactId(a) && isContactId(b) && a < b;
  }, 'not a pair of two sorted contact ids'),
);

export const introductionDecisionSchema = v.object({
  pair: introPair,
  outcome: v.picklist(['skipped', 'snoozed', 'introduced']),
  at: time,
  until: v.nullable(time),
}) satisfies v.GenericSchema<unknown, IntroductionDecision>;

const count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** A whole backup file of version 1, 2 or 3 (see the top of this file for what differs). */
export const backupSchema = v.object({
  format: v.literal('kakehashi-backup'),
  version: v.picklist([1, 2, 3]),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  counts: v.object({ contacts: count, notes: count, touches: count, suggestionLog: count }),
  data: v.object({
    contacts: v.array(contactSchema),
    notes: v.array(noteSchema),
    touches: v.array(touchSchema),
    settings: settingsSchema,
    suggestionLog: v.array(suggestionLogEntrySchema),
    /** Absent from backups made before introductions (schema version 6). */
    introductionDecisions: v.optional(v.array(introductionDecisionSchema)),
  }),
});
