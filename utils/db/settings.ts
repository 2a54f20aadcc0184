import { DEFAULT_SETTINGS, type Settings } from '../model';
import type { KakehashiDb } from './schema';

/** The user's settings, with defaults for anything never saved. */
export async function getSettings(db: KakehashiDb): Promise<Settings> {
  const row = await db.settings.get('user');
  const { key: _key, ...saved } = row ?? { key: 'user' };
  return { ...DEFAULT_SETTINGS, ...saved };
}
