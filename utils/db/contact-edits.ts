/** The user's own edits of a person from the panel and the People page (industry, cadence, tags, snooze, region). */
import { checkRegion } from '../domain/region';
import { LIMITS } from '../limits';
import type { Contact, ProfileSnapshot } from '../model';
import { ensureContact, saveContact } from './contacts';
import { StoreError } from './errors';
import { restampTouchIndustry } from './touches';
import type { KakehashiDb } from './schema';

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
