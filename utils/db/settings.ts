import type { CadenceRules } from '../domain/cadence';
import { DEFAULT_SETTINGS, type Contact, type ContactId, type Settings } from '../model';
import type { KakehashiDb } from './schema';

/** Contacts read and written per step while due dates are recomputed for a settings change. */
const RECOMPUTE_CHUNK = 2_000;

/** The user's settings, with defaults for anything never saved. */
export async function getSettings(db: KakehashiDb): Promise<Settings> {
  const row = await db.settings.get('user');
  const { key: _key, ...saved } = row ?? { key: 'user' };
  return { ...DEFAULT_SETTINGS, ...saved };
}

/** The tags whose default cadence differs between two settings (added, removed or changed). */
export function changedCadenceTags(before: Settings['tagCadences'], after: Settings['tagCadences']): string[] {
  const tags = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...tags].filter((tag) => (Object.hasOwn(before, tag) ? before[tag] : undefined) !== (Object.hasOwn(after, tag) ? after[tag] : undefined));
}

/**
 * Saves settings. When the default cadence changes, every contact without a cadence of their own
 * gets a new `nextDueAt`; when a tag's default cadence changes, every such contact with that tag
 * does (found through the multi-entry `tags` index). Both happen in the settings' own transaction,
 * in chunks, so the badge and due list never disagree with the settings.
 */
export async function saveSettings(
  db: KakehashiDb,
  patch: Partial<Settings>,
  recompute: (contact: Contact, rules: CadenceRules) => number | null,
): Promise<Settings> {
  return db.transaction('rw', db.settings, db.contacts, async () => {
    const before = await getSettings(db);
    const after: Settings = { ...before, ...patch };
    // A blank hometown or current city means "not set": stored as absent, like a contact's region.
    for (const key of ['hometown', 'currentCity'] as const) {
      const value = after[key]?.trim();
      if (value) after[key] = value;
      else delete after[key];
    }
    await db.settings.put({ key: 'user', ...after });
    let ids: ContactId[] = [];
    if (after.defaultCadenceDays !== before.defaultCadenceDays) {
      ids = await db.contacts.filter((c) => c.cadenceDays === null).primaryKeys();
    } else {
      const tags = changedCadenceTags(before.tagCadences, after.tagCadences);
      if (tags.length) ids = await db.contacts.where('tags').anyOf(tags).distinct().primaryKeys();
    }
    for (let i = 0; i < ids.length; i += RECOMPUTE_CHUNK) {
      const chunk = (await db.contacts.bulkGet(ids.slice(i, i + RECOMPUTE_CHUNK))).flatMap((c) => (c && c.cadenceDays === null ? [c] : []));
      const changed = chunk.filter((c) => {
        const next = recompute(c, after);
        if (next === c.nextDueAt) return false;
        c.nextDueAt = next;
        return true;
      });
      if (changed.length) await db.contacts.bulkPut(changed);
    }
    return after;
  });
}
