/**
 * Which conversation starters to offer for a suggestion. The texts live in the locale files (one
 * message per key, in the user's language); this only picks 2–3 keys, deterministically.
 */
import type { Suggestion } from './suggest';

export const STARTER_KEYS = ['thank', 'share-useful', 'ask-field', 'congratulate'] as const;
export type StarterKey = (typeof STARTER_KEYS)[number];

/**
 * - Never contacted: ask about their field, share something useful (there is nothing to thank for).
 * - Long gap (action 'comment'): congratulate on their news or post, then ask, then share.
 * - Live relationship ('reach-out'): thank them, share something useful, ask about their field.
 */
export function starterKeysFor(suggestion: Pick<Suggestion, 'reasons' | 'action'>): StarterKey[] {
  if (suggestion.reasons.some((r) => r.code === 'never-contacted')) return ['ask-field', 'share-useful'];
  if (suggestion.action === 'comment') return ['congratulate', 'ask-field', 'share-useful'];
  return ['thank', 'share-useful', 'ask-field'];
}
