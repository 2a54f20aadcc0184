/**
 * Bulk actions of the People page on a selection or a whole filtered set (DESIGN.md, "The People
 * page"): add or remove a tag, set industry, cadence or region, snooze, reminders off, delete. Each runs in
 * ONE read-write transaction (in chunks of `WRITE_CHUNK`, so 10,000 people are a few dozen requests),
 * keeps `nextDueAt` current, and returns a snapshot of the rows it changed for one-step undo.
 */
import { computeNextDueAt, snoozeUntil, type SnoozeLength } from '../domain/cadence';
import { isIndustryId } from '../domain/industries';
import { checkRegion } from '../domain/region';
import { BOUNDS, LIMITS } from '../limits';
import { sameUserFields, type Contact, type ContactId } from '../model';
import { deleteContacts } from './delete';
import { StoreError } from './errors';
import type { KakehashiDb } from './schema';
import { getSettings } from './settings';
import { chunksOf, emptySnapshot, type UndoSnapshot } from './undo';

export type BulkAction =
  | { kind: 'add-tag'; tag: string }
  | { kind: 'remove-tag'; tag: string }
  | { kind: 'set-industry'; industry: string | null }
  | { kind: 'set-cadence'; cadenceDays: number | null }
  /** A region as typed (trimmed, as a person's own region); null or blank clears it. */
  | { kind: 'set-region'; region: string | null }
  | { kind: 'snooze'; length: SnoozeLength }
  | { kind: 'reminders-off' }
  | { kind: 'delete' };

export interface BulkResult {
  /** People the action changed. */
  affected: number;
  /** People it could not change (a tag added to someone who already has `LIMITS.tags`). */
  skipped: number;
  undo: UndoSnapshot;
}

/** The action with its value checked and normalised; throws a StoreError('invalid') otherwise. */
export function checkBulkAction(action: BulkAction): BulkAction {
  if (action.kind === 'add-tag' || action.kind === 'remove-tag') {
    const tag = action.tag.trim();
    if (!tag) throw new StoreError('invalid', 'A tag cannot be empty.');
    if (tag.length > LIMITS.tag) throw new StoreError('invalid', `A tag is at most ${LIMITS.tag} characters.`);
    return { ...action, tag };
  }
  if (action.kind === 'set-industry' && action.industry !== null && !isIndustryId(action.industry)) {
    throw new StoreError('invalid', 'Unknown industry.');
  }
  if (action.kind === 'set-cadence' && action.cadenceDays !== null) {
    const { min, max } = BOUNDS.cadenceDays;
    if (!Number.isInteger(action.cadenceDays) || action.cadenceDays < min || action.cadenceDays > max) throw new StoreError('invalid', 'Invalid cadence.');
  }
  if (action.kind === 'set-region' && action.region !== null) {
    const checked = checkRegion(action.region);
    if (!checked.ok) throw new StoreError('invalid', `A region is at most ${LIMITS.region} characters.`);
    return { kind: 'set-region', region: checked.region ?? null };
  }
  return action;
}

/** Applies a non-delete action to one contact in place; returns false when it cannot. */
function applyTo(contact: Contact, action: Exclude<BulkAction, { kind: 'delete' }>, now: number): boolean {
  switch (action.kind) {
    case 'add-tag':
      if (contact.tags.includes(action.tag)) return true;
      if (contact.tags.length >= LIMITS.tags) return false;
      contact.tags = [...contact.tags, action.tag];
      return true;
    case 'remove-tag':
      contact.tags = contact.tags.filter((t) => t !== action.tag);
      return true;
    case 'set-industry':
      contact.industry = action.industry;
      contact.industrySource = action.industry === null ? null : 'manual';
      return true;
    case 'set-cadence':
      contact.cadenceDays = action.cadenceDays;
      return true;
    case 'set-region':
      if (action.region === null) delete contact.region;
      else contact.region = action.region;
      return true;
    case 'reminders-off':
      contact.cadenceDays = 0;
      return true;
    case 'snooze':
      contact.snoozedUntil = snoozeUntil(now, action.length);
      return true;
  }
}

/**
 * Runs `action` on these people in one transaction and returns how many it changed and what undo
 * needs. People deleted meanwhile are skipped silently; unchanged people are neither written nor
 * counted.
 */
export async function runBulk(db: KakehashiDb, ids: readonly ContactId[], input: BulkAction, now: number): Promise<BulkResult> {
  const action = checkBulkAction(input);
  if (action.kind === 'delete') {
    const undo = await deleteContacts(db, ids);
    return { affected: undo.contacts.length, skipped: 0, undo };
  }
  const undo = emptySnapshot();
  let skipped = 0;
  await db.transaction('rw', db.contacts, db.settings, async () => {
    const { defaultCadenceDays } = await getSettings(db);
    for (const chunk of chunksOf([...new Set(ids)])) {
      const changed: Contact[] = [];
      for (const before of await db.contacts.bulkGet(chunk)) {
        if (!before) continue;
        const contact: Contact = { ...before, tags: [...before.tags] };
        if (!applyTo(contact, action, now)) {
          skipped++;
          continue;
        }
        contact.nextDueAt = computeNextDueAt(contact, defaultCadenceDays);
        if (sameUserFields(before, contact) && contact.nextDueAt === before.nextDueAt) continue;
        contact.updatedAt = now;
        contact.userEditedAt = now;
        undo.contacts.push(before);
        changed.push(contact);
      }
      if (changed.length) await db.contacts.bulkPut(changed);
    }
  });
  return { affected: undo.contacts.length, skipped, undo };
}
