/**
 * The one table of text limits and value bounds (DESIGN.md, "Data"). Every layer that accepts text
 * reads it from here: site extraction clamps to it, the background's message validation refuses more,
 * backups and imports are checked against it, and the UI stops the user before a save would fail.
 * One table means a value one layer accepts is never refused by the next.
 *
 * Handles are not here: each site's handle rule is its own validator (`utils/sites/<site>/handle.ts`),
 * because a handle is a shape, not just a length.
 *
 * This module has no imports so content scripts can use it at no cost (no valibot, no Dexie).
 * Lengths are UTF-16 code units (`string.length`), as `clamp` and `<textarea maxlength>` count them.
 */
export const LIMITS = {
  /** Profile text read off a page or imported: name, headline (X: bio), company, location. */
  name: 200,
  headline: 2000,
  company: 200,
  location: 200,
  /** A contact's region, the user's hometown and current city (free text: 福岡, Fukuoka). */
  region: 80,
  /** Any URL we store (avatar) or accept. */
  url: 2000,
  noteBody: 10_000,
  touchNote: 2000,
  tag: 40,
  tags: 20,
  /** Earlier ids one contact keeps (renames, member ids, merged-away duplicates; oldest dropped first). */
  aliases: 100,
  /** Tags with a default cadence of their own (settings). */
  tagCadences: 200,
  /** Rows one list request may ask for. */
  listLimit: 500,
  /** Handles one "On this page" lookup may carry (a long feed links a few hundred people). */
  pageHandles: 2000,
} as const;

/** Whether `body` can be stored as a note: not blank, not longer than the limit. */
export function isNoteBody(body: string): boolean {
  return body.length <= LIMITS.noteBody && body.trim().length > 0;
}

/** Inclusive numeric bounds of user settings and per-contact values. */
export const BOUNDS = {
  /** Per contact: 0 = no reminders; at most two years. */
  cadenceDays: { min: 0, max: 730 },
  defaultCadenceDays: { min: 1, max: 730 },
  /** A tag's default cadence: like the settings default, never "no reminders". */
  tagCadenceDays: { min: 1, max: 730 },
  /** The local hour (0–23) of the daily reminder notification. */
  notificationHour: { min: 0, max: 23 },
  /** Version 3's goal: different industries to touch per 90 days (old backups still carry it). */
  legacyDiversityGoal: { min: 1, max: 30 },
  /** The share of touches outside the user's own industry to aim for, in percent. */
  diversityGoalPercent: { min: 5, max: 95 },
} as const;
