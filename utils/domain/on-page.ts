/**
 * Pure rules for the popup's "On this page" list (DESIGN.md, "People on this page").
 */
import type { Contact } from '../model';
import { isDue } from './cadence';

/** How long the one-line note excerpt may be, in characters (code points). */
export const NOTE_EXCERPT_LENGTH = 120;

/**
 * Most due first: people who are due now (by how long they have been due), then the rest by when
 * they fall due, people with no reminder last; ties by id so the order never flickers.
 */
export function sortOnPage<C extends Pick<Contact, 'id' | 'nextDueAt' | 'snoozedUntil'>>(contacts: readonly C[], now: number): C[] {
  const rank = (c: C) => (isDue(c, now) ? 0 : c.nextDueAt === null ? 2 : 1);
  return [...contacts].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.nextDueAt ?? 0) - (b.nextDueAt ?? 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** The first non-blank line of a note, whitespace collapsed, clamped with an ellipsis; null if none. */
export function noteExcerpt(body: string | undefined, max: number = NOTE_EXCERPT_LENGTH): string | null {
  if (!body) return null;
  const line = body
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/\s+/gu, ' ').trim())
    .find((l) => l.length > 0);
  if (!line) return null;
  const chars = [...line];
  return chars.length <= max ? line : `${chars.slice(0, max - 1).join('')}…`;
}
