/**
 * The settings open tabs apply live. Content scripts cannot read the extension's database, so the
 * background mirrors these few fields into `storage.local` after every settings write; each tab's
 * `storage.onChanged` then sees the change without a reload. Small and dependency-free: content
 * scripts import it.
 */
import type { LanguageSetting, Settings } from '../model';

export const LIVE_SETTINGS_KEY = 'liveSettings';

export interface LiveSettings {
  language: LanguageSetting;
  quietMode: boolean;
  /** Inline marks on feeds (opt-in). */
  inlineMarks: boolean;
}

/** The mirrored part of the settings. */
export function liveSettingsOf(settings: Settings): LiveSettings {
  return { language: settings.language, quietMode: settings.quietMode, inlineMarks: settings.inlineMarks };
}

/** The mirror as read back from storage, or null when it is absent or not of our shape. */
export function parseLiveSettings(value: unknown): LiveSettings | null {
  if (typeof value !== 'object' || value === null) return null;
  const { language, quietMode, inlineMarks } = value as Record<string, unknown>;
  if ((language !== 'auto' && language !== 'en' && language !== 'ja') || typeof quietMode !== 'boolean') return null;
  // A mirror written before inline marks existed has no such field: marks are off until it is rewritten.
  if (inlineMarks !== undefined && typeof inlineMarks !== 'boolean') return null;
  return { language, quietMode, inlineMarks: inlineMarks === true };
}
