/**
 * Which conversation starters to offer for a suggestion, and their text. The texts live in the
 * locale files (one message per key, in the user's language); this picks 2–3 keys,
 * deterministically, and fills them in.
 *
 * Only "ask about their field" names the industry, as a field ("What's changing in Retail these
 * days?"): an industry is not a post topic or a piece of news, so no other template takes it.
 * "Other" and an unknown industry are no field to name; those get the general wording.
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

/** Chrome-i18n-like: `t(key, substitutions)`. */
export type Translate = (key: string, subs: string[]) => string;

/** The message key and substitutions of one starter; `industryName` is null for none to name. */
export function starterMessage(key: StarterKey, industryName: string | null): { key: string; subs: string[] } {
  if (key === 'ask-field') {
    return industryName ? { key: 'starter_ask_field', subs: [industryName] } : { key: 'nu_starter_ask_field_general', subs: [] };
  }
  return { key: `starter_${key.replace('-', '_')}`, subs: [] };
}

/**
 * The starters of a suggestion in the user's language. `nameIndustry` turns the suggestion's
 * industry id into its name in that language.
 */
export function starterTexts(
  suggestion: Pick<Suggestion, 'reasons' | 'action' | 'industry'>,
  nameIndustry: (id: string) => string,
  translate: Translate,
): string[] {
  const named = suggestion.industry && suggestion.industry !== 'other' ? nameIndustry(suggestion.industry) : null;
  return starterKeysFor(suggestion).map((key) => {
    const message = starterMessage(key, named);
    return translate(message.key, message.subs);
  });
}
