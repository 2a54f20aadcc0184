/**
 * Runtime validation of every message the background accepts (shape and lengths). Imported by
 * the background only, so valibot never reaches the content-script bundle.
 */
import * as v from 'valibot';
import { isIndustryId } from '../domain/industries';
import { DAY_MS, TOUCH_KINDS } from '../model';
import type { Envelope, MessageType } from './contract';
import { LIMITS } from './limits';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const optionalText = (max: number) => v.nullable(text(max));

const linkedinHandle = v.pipe(
  text(LIMITS.handle),
  v.minLength(1),
  v.check((h) => h === h.toLowerCase() && !/[\s/?#]/.test(h), 'bad slug'),
);
const xHandle = v.pipe(v.string(), v.regex(/^[a-z0-9_]{1,15}$/));

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

const profileSnapshot = v.variant('site', [
  v.strictObject({ site: v.literal('linkedin'), handle: linkedinHandle, ...snapshotFields }),
  v.strictObject({ site: v.literal('x'), handle: xHandle, ...snapshotFields }),
]);

const contactId = v.pipe(
  v.string(),
  v.maxLength(LIMITS.handle + 10),
  v.check((id) => {
    const [site, handle] = [id.slice(0, id.indexOf(':')), id.slice(id.indexOf(':') + 1)];
    if (site === 'x') return v.is(xHandle, handle);
    return site === 'linkedin' && v.is(linkedinHandle, handle);
  }, 'bad contact id'),
);

const industryId = v.pipe(v.string(), v.check((id: string) => isIndustryId(id), 'unknown industry'));

const noteBody = v.pipe(text(LIMITS.noteBody), v.check((b) => b.trim().length > 0, 'empty note'));
const recordId = v.pipe(v.number(), v.integer(), v.minValue(1));
/** Dates from 1970 up to a day ahead (time zones); a touch is never logged for the far future. */
const pastDate = v.pipe(v.number(), v.integer(), v.minValue(0), v.check((t) => t <= Date.now() + DAY_MS, 'date in the future'));

const SCHEMAS: { [T in MessageType]: v.GenericSchema } = {
  'contact:get': v.strictObject({ key: profileKey }),
  'contact:visit': v.strictObject({ profile: profileSnapshot }),
  'contact:track': v.strictObject({ profile: profileSnapshot }),
  'note:add': v.strictObject({ profile: profileSnapshot, body: noteBody }),
  'note:update': v.strictObject({ contactId, noteId: recordId, body: noteBody }),
  'note:delete': v.strictObject({ contactId, noteId: recordId }),
  'touch:log': v.strictObject({
    profile: profileSnapshot,
    kind: v.picklist(TOUCH_KINDS),
    at: pastDate,
    note: v.optional(text(LIMITS.touchNote)),
  }),
  'contact:set-last-contact': v.strictObject({ profile: profileSnapshot, at: pastDate }),
  'contacts:list-recent': v.strictObject({
    limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(LIMITS.listLimit)),
    offset: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  'settings:get': v.strictObject({}),
  'badge:refresh': v.strictObject({}),
  'contact:update': v.strictObject({
    profile: profileSnapshot,
    patch: v.strictObject({
      industry: v.optional(v.nullable(industryId)),
      cadenceDays: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(730)))),
      tags: v.optional(v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.tag))), v.maxLength(LIMITS.tags))),
    }),
  }),
  'popup:home': v.strictObject({ dueLimit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(LIMITS.listLimit)) }),
  'contact:done': v.strictObject({ contactId, kind: v.picklist(TOUCH_KINDS) }),
  'contact:snooze': v.strictObject({ contactId, length: v.picklist(['week', 'month']) }),
  'tab:profile': v.strictObject({ profile: v.nullable(profileSnapshot) }),
  'contacts:on-page': v.variant('site', [
    v.strictObject({ site: v.literal('linkedin'), handles: v.pipe(v.array(linkedinHandle), v.maxLength(LIMITS.pageHandles)) }),
    v.strictObject({ site: v.literal('x'), handles: v.pipe(v.array(xHandle), v.maxLength(LIMITS.pageHandles)) }),
  ]),
  'tab:current': v.strictObject({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  'suggestion:log': v.strictObject({ contactId, outcome: v.picklist(['done', 'skipped', 'snoozed']) }),
  'settings:save': v.strictObject({
    patch: v.strictObject({
      industry: v.optional(v.nullable(industryId)),
      defaultCadenceDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(730))),
      language: v.optional(v.picklist(['auto', 'en', 'ja'])),
      quietMode: v.optional(v.boolean()),
      dailyNotification: v.optional(v.boolean()),
      diversityGoal: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(30))),
      onboardedAt: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0)))),
    }),
  }),
};

export type ValidationResult = { ok: true; envelope: Envelope } | { ok: false; message: string };

/** Checks that a message is a known type with a well-formed payload. */
export function validateEnvelope(message: unknown): ValidationResult {
  if (typeof message !== 'object' || message === null) return { ok: false, message: 'not a message' };
  const { type, payload } = message as { type?: unknown; payload?: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(SCHEMAS, type)) return { ok: false, message: 'unknown message type' };
  // Every payload is an object; valibot's strictObject({}) would otherwise take an empty array.
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return { ok: false, message: `invalid ${type}: payload is not an object` };
  const result = v.safeParse(SCHEMAS[type as MessageType], payload);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    return { ok: false, message: `invalid ${type}${path ? ` at ${path}` : ''}: ${issue.message}` };
  }
  return { ok: true, envelope: { type: type as MessageType, payload: result.output } as Envelope };
}
