import { LIMITS } from '../limits';
import { foldText } from './search-text';

/** Suggestions shown under a tag field at a time. */
export const TAG_SUGGESTIONS = 8;

/**
 * Existing tags that match what is typed (width, kana and case folded, like search): tags that
 * start with it first, then tags that contain it; tags already on the person are left out.
 */
export function suggestTags(all: readonly string[], draft: string, taken: readonly string[], limit = TAG_SUGGESTIONS): string[] {
  const q = foldText(draft.trim());
  if (!q) return [];
  const have = new Set(taken);
  const starts: string[] = [];
  const contains: string[] = [];
  for (const tag of all) {
    if (have.has(tag)) continue;
    const f = foldText(tag);
    if (f.startsWith(q)) starts.push(tag);
    else if (f.includes(q)) contains.push(tag);
    if (starts.length >= limit) break;
  }
  return [...starts, ...contains].slice(0, limit);
}

export type TagAddError = 'too-long' | 'too-many';

/**
 * Adds what was typed to a person's tags: split at commas (ASCII and Japanese), trimmed, blanks
 * and tags already there dropped. Refuses, keeping the typed text, a tag over `LIMITS.tag` or more
 * than `LIMITS.tags` tags.
 */
export function addTags(tags: readonly string[], typed: string): { tags: string[]; error: TagAddError | null } {
  const parts = typed.split(/[,、，]/).map((p) => p.trim().replace(/\s+/g, ' ')).filter(Boolean);
  if (parts.some((p) => p.length > LIMITS.tag)) return { tags: [...tags], error: 'too-long' };
  const next = [...new Set([...tags, ...parts])];
  if (next.length > LIMITS.tags && next.length > tags.length) return { tags: [...tags], error: 'too-many' };
  return { tags: next, error: null };
}
