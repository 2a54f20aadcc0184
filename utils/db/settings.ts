import { DEFAULT_SETTINGS, type Contact, type Settings } from '../model';
import type { KakehashiDb } from './schema';

/** The user's settings, with defaults for anything never saved. */
export async function getSettings(db: KakehashiDb): Promise<Settings> {
  const row = await db.settings.get('user');
  const { key: _key, ...saved } = row ?? { key: 'user' };
  return { ...DEFAULT_SETTINGS, ...saved };
}

/**
 * Saves settings. When the default cadence changes, every contact that follows the default gets
 * a new `nextDueAt` in the same transaction, so the badge and due list never disagree with it.
 */
export async function saveSettings(
  db: KakehashiDb,
  patch: Partial<Settings>,
  recompute: (contact: Contact, defaultCadenceDays: number) => number | null,
): Promise<Settings> {
  return db.transaction('rw', db.settings, db.contacts, async () => {
    const before = await getSettings(db);
    const after: Settings = { ...before, ...patch };
    await db.settings.put({ key: 'user', ...after });
    if (after.defaultCadenceDays !== before.defaultCadenceDays) {
      await db.contacts
        .filter((c) => c.cadenceDays === null)
        .modify((c) => {
          c.nextDueAt = recompute(c, after.defaultCadenceDays);
        });
    }
    return after;
  });
}
