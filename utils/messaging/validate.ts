/**
 * Runtime validation of every message the background accepts (shape and lengths). Imported by
 * the background only, so valibot never reaches the content-script bundle.
 */
import * as v from 'valibot';
import { isIndustryId } from '../domain/industries';
import { BOUNDS, isNoteBody, LIMITS } from '../limits';
import { TOUCH_KINDS } from '../model';
import { isPastTime, isStoredTime } from '../time-bounds';
import { isContactId } from '../sites/handle';
import { isLinkedInHandle, isLinkedInMemberId } from '../sites/linkedin/handle';
import { isXHandle, isXUserId } from '../sites/x/handle';
import type { Envelope, MessageType } from './contract';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const bounded = ({ min, max }: { min: number; max: number }) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const optionalText = (max: number) => v.nullable(text(max));
/** A hometown or current city: trimmed, at most LIMITS.region ('' clears it, see saveSettings). */
const regionSetting = v.pipe(v.string(), v.trim(), v.maxLength(LIMITS.region));

/** The sites' own handle rules, the same ones URL detection applies (utils/sites/<site>/handle.ts). */
const linkedinHandle = v.pipe(v.string(), v.check(isLinkedInHandle, 'bad slug'));
const xHandle = v.pipe(v.string(), v.check(isXHandle, 'bad handle'));

const profileKey = v.variant('site', [
  v.strictObject({ site: v.literal('linkedin'), handle: linkedinHandle }),
  v.strictObject({ site: v.literal('x'), handle: xHandle }),
]);

const httpsUrl = v.pipe(text(LIMITS.url), v.startsWith('https://'));

const snapshotFields = {
  name: optionalText(LIMITS.name),
  headline: optionalText(LIMITS.headline),
  company: optionalText(LIMITS.company),
  location: optionalText(LIMITS.location),
  avatarUrl: v.nullable(httpsUrl),
};

/** X's numeric account id; LinkedIn's member id as a handle (what `/in/ACoAA…` URLs key). */
const xUserId = v.pipe(v.string(), v.check(isXUserId, 'bad X user id'));
const memberId = v.pipe(v.string(), v.check(isLinkedInMemberId, 'bad member id'));

const profileSnapshot = v.variant('site', [
  v.strictObject({ site: v.literal('linkedin'), handle: linkedinHandle, ...snapshotFields, memberId: v.optional(memberId) }),
  v.strictObject({ site: v.literal('x'), handle: xHandle, ...snapshotFields, xUserId: v.optional(xUserId) }),
]);

const contactId = v.pipe(v.string(), v.check((id: string) => isContactId(id), 'bad contact id'));

const industryId = v.pipe(v.string(), v.check((id: string) => isIndustryId(id), 'unknown industry'));

const noteBody = v.pipe(v.string(), v.check(isNoteBody, 'empty or too long note'));
const recordId = v.pipe(v.number(), v.integer(), v.minValue(1));
/** A stored time (2000 through 9999, time-bounds.ts). */
const storedDate = v.pipe(v.number(), v.check((t: number) => isStoredTime(t), 'not a date from 2000 through 9999'));
/** A stored time at most a day after `now` (time zones): a touch is never logged for the future. */
const pastDate = (now: number) =>
  v.pipe(v.number(), v.check((t: number) => isPastTime(t, now), 'not a date from 2000 up to tomorrow'));

/** A site and handles found on one of its pages ("People on this page"). */
const pageHandles = v.variant('site', [
  v.strictObject({ site: v.literal('linkedin'), handles: v.pipe(v.array(linkedinHandle), v.maxLength(LIMITS.pageHandles)) }),
  v.strictObject({ site: v.literal('x'), handles: v.pipe(v.array(xHandle), v.maxLength(LIMITS.pageHandles)) }),
]);

/** A payload schema, or one built for the time of receipt when it bounds a date by `now`. */
type PayloadSchema = v.GenericSchema | ((now: number) => v.GenericSchema);

const SCHEMAS: { [T in MessageType]: PayloadSchema } = {
  'contact:get': v.strictObject({ key: profileKey }),
  'contact:visit': v.strictObject({ profile: profileSnapshot }),
  'contact:track': v.strictObject({ profile: profileSnapshot }),
  'note:add': v.strictObject({ profile: profileSnapshot, body: noteBody }),
  'note:update': v.strictObject({ contactId, noteId: recordId, body: noteBody }),
  'note:delete': v.strictObject({ contactId, noteId: recordId }),
  'note:restore': (now) =>
    v.strictObject({
      contactId,
      note: v.strictObject({ id: recordId, body: noteBody, createdAt: pastDate(now), updatedAt: pastDate(now) }),
    }),
  'touch:log': (now) =>
    v.strictObject({
      profile: profileSnapshot,
      kind: v.picklist(TOUCH_KINDS),
      at: pastDate(now),
      note: v.optional(text(LIMITS.touchNote)),
    }),
  'contact:set-last-contact': (now) => v.strictObject({ profile: profileSnapshot, at: pastDate(now) }),
  'contacts:list-recent': v.strictObject({
    limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(LIMITS.listLimit)),
    offset: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  'settings:get': v.strictObject({}),
  'locale:messages': v.strictObject({ lang: v.picklist(['en', 'ja']) }),
  'badge:refresh': v.strictObject({}),
  'tags:list': v.strictObject({}),
  'contact:update': v.strictObject({
    profile: profileSnapshot,
    patch: v.strictObject({
      industry: v.optional(v.nullable(industryId)),
      cadenceDays: v.optional(v.nullable(bounded(BOUNDS.cadenceDays))),
      tags: v.optional(v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.tag))), v.maxLength(LIMITS.tags))),
    }),
  }),
  'popup:home': v.strictObject({ dueLimit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(LIMITS.listLimit)) }),
  'contact:done': v.strictObject({ contactId, kind: v.picklist(TOUCH_KINDS) }),
  'contact:snooze': v.strictObject({ contactId, length: v.picklist(['week', 'month']) }),
  'tab:profile': v.strictObject({ profile: v.nullable(profileSnapshot) }),
  'contacts:on-page': pageHandles,
  'marks:lookup': pageHandles,
  'tab:current': v.strictObject({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  'suggestion:act': v.variant('action', [
    v.strictObject({ contactId, action: v.literal('done'), kind: v.picklist(TOUCH_KINDS) }),
    v.strictObject({ contactId, action: v.literal('skip') }),
    v.strictObject({ contactId, action: v.literal('snooze'), length: v.picklist(['week', 'month']) }),
  ]),
  'settings:save': v.strictObject({
    patch: v.strictObject({
      industry: v.optional(v.nullable(industryId)),
      defaultCadenceDays: v.optional(bounded(BOUNDS.defaultCadenceDays)),
      tagCadences: v.optional(
        v.pipe(
          v.record(v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.tag)), bounded(BOUNDS.tagCadenceDays)),
          v.check((r) => Object.keys(r).length <= LIMITS.tagCadences, 'too many tag cadences'),
        ),
      ),
      language: v.optional(v.picklist(['auto', 'en', 'ja'])),
      quietMode: v.optional(v.boolean()),
      inlineMarks: v.optional(v.boolean()),
      dailyNotification: v.optional(v.boolean()),
      notificationHour: v.optional(bounded(BOUNDS.notificationHour)),
      diversityGoalPercent: v.optional(bounded(BOUNDS.diversityGoalPercent)),
      onboardedAt: v.optional(v.nullable(storedDate)),
      hometown: v.optional(regionSetting),
      currentCity: v.optional(regionSetting),
    }),
  }),
};

export type ValidationResult = { ok: true; envelope: Envelope } | { ok: false; message: string };

/** Checks that a message is a known type with a well-formed payload; `now` bounds the dates in it. */
export function validateEnvelope(message: unknown, now: number): ValidationResult {
  if (typeof message !== 'object' || message === null) return { ok: false, message: 'not a message' };
  const { type, payload } = message as { type?: unknown; payload?: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(SCHEMAS, type)) return { ok: false, message: 'unknown message type' };
  // Every payload is an object; valibot's strictObject({}) would otherwise take an empty array.
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return { ok: false, message: `invalid ${type}: payload is not an object` };
  const entry = SCHEMAS[type as MessageType];
  const result = v.safeParse(typeof entry === 'function' ? entry(now) : entry, payload);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    return { ok: false, message: `invalid ${type}${path ? ` at ${path}` : ''}: ${issue.message}` };
  }
  return { ok: true, envelope: { type: type as MessageType, payload: result.output } as Envelope };
}
