/**
 * valibot schemas of every record in a backup (versions 1 and 2; version 2 added `userEditedAt`). A
 * restore writes straight into the database, so each record is checked for shape, types and lengths,
 * and ids are checked against `"<site>:<handle>"` with the handle shape of their site. Unknown keys
 * are dropped (valibot `object`).
 */
import * as v from 'valibot';
import {
  NOTE_MAX_LENGTH,
  SITES,
  TOUCH_KINDS,
  parseContactId,
  type Contact,
  type ContactId,
  type Note,
  type Settings,
  type SuggestionLogEntry,
  type Touch,
} from '../model';
import { isStoredTime } from '../time-bounds';

/** Text read off a profile page (name, headline/bio, company, location). Generous: pages change. */
const PAGE_TEXT_MAX = 2_000;
const URL_MAX = 2_048;
const TAG_MAX = 100;
const TAGS_MAX = 200;
const INDUSTRY_ID_MAX = 100;
const PERSON_ID_MAX = 200;

/** X handles are 1–15 of `[a-z0-9_]` today; older accounts can be a little longer. */
const X_HANDLE = /^[a-z0-9_]{1,50}$/;
/** LinkedIn slugs after percent-decoding (lower-case, checked below): no whitespace or URL delimiters; may be non-ASCII. */
const LINKEDIN_HANDLE = /^[^\s/?#]{1,200}$/u;

/** True when `handle` has the shape contacts on `site` are keyed with. */
export function isValidHandle(site: string, handle: string): boolean {
  if (site === 'x') return X_HANDLE.test(handle);
  return site === 'linkedin' && LINKEDIN_HANDLE.test(handle) && handle === handle.toLowerCase();
}

export function isContactId(value: unknown): value is ContactId {
  if (typeof value !== 'string') return false;
  const key = parseContactId(value);
  return key !== null && isValidHandle(key.site, key.handle);
}

const contactId = v.custom<ContactId>(isContactId, 'not a "<site>:<handle>" contact id');
/** Epoch milliseconds from 2000 through 9999 (time-bounds.ts); "not after tomorrow" needs `now`, see backup.ts. */
const time = v.pipe(v.number(), v.check((t: number) => isStoredTime(t), 'not a date from 2000 through 9999'));
const autoId = v.pipe(v.number(), v.integer(), v.minValue(1));
const pageText = v.nullable(v.pipe(v.string(), v.maxLength(PAGE_TEXT_MAX)));
const httpUrl = v.pipe(v.string(), v.maxLength(URL_MAX), v.regex(/^https?:\/\//, 'not an http(s) URL'));

export const contactSchema = v.pipe(
  v.object({
    id: contactId,
    site: v.picklist(SITES),
    handle: v.string(),
    url: httpUrl,
    name: pageText,
    headline: pageText,
    company: pageText,
    location: pageText,
    avatarUrl: v.nullable(v.pipe(httpUrl, v.regex(/^https:\/\//, 'not an https URL'))),
    industry: v.nullable(v.pipe(v.string(), v.minLength(1), v.maxLength(INDUSTRY_ID_MAX))),
    industrySource: v.nullable(v.picklist(['auto', 'manual'])),
    tags: v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(TAG_MAX))), v.maxLength(TAGS_MAX)),
    cadenceDays: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(36_500))),
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
  }),
  v.check((c) => c.id === `${c.site}:${c.handle}`, 'id is not "<site>:<handle>" of this contact'),
) satisfies v.GenericSchema<unknown, BackupContact>;

/** A contact as a backup file holds it: `userEditedAt` may be missing (version 1). */
export type BackupContact = Omit<Contact, 'userEditedAt'> & { userEditedAt?: number | null };

export const noteSchema = v.object({
  id: v.optional(autoId),
  contactId,
  body: v.pipe(v.string(), v.maxLength(NOTE_MAX_LENGTH)),
  createdAt: time,
  updatedAt: time,
}) satisfies v.GenericSchema<unknown, Note>;

export const touchSchema = v.object({
  id: v.optional(autoId),
  contactId,
  kind: v.picklist(TOUCH_KINDS),
  at: time,
  note: v.optional(v.pipe(v.string(), v.maxLength(NOTE_MAX_LENGTH))),
}) satisfies v.GenericSchema<unknown, Touch>;

export const settingsSchema = v.object({
  industry: v.nullable(v.pipe(v.string(), v.minLength(1), v.maxLength(INDUSTRY_ID_MAX))),
  defaultCadenceDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(36_500)),
  language: v.picklist(['auto', 'en', 'ja']),
  quietMode: v.boolean(),
  dailyNotification: v.boolean(),
  diversityGoal: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000)),
  onboardedAt: v.nullable(time),
}) satisfies v.GenericSchema<unknown, Settings>;

export const suggestionLogEntrySchema = v.object({
  id: v.optional(autoId),
  contactId,
  at: time,
  outcome: v.picklist(['shown', 'done', 'skipped', 'snoozed']),
}) satisfies v.GenericSchema<unknown, SuggestionLogEntry>;

const count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** A whole backup file of version 1 or 2 (they differ only in `userEditedAt`). */
export const backupSchema = v.object({
  format: v.literal('kakehashi-backup'),
  version: v.picklist([1, 2]),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  counts: v.object({ contacts: count, notes: count, touches: count, suggestionLog: count }),
  data: v.object({
    contacts: v.array(contactSchema),
    notes: v.array(noteSchema),
    touches: v.array(touchSchema),
    settings: settingsSchema,
    suggestionLog: v.array(suggestionLogEntrySchema),
  }),
});
