/**
 * Regions (DESIGN.md, "Data": a contact's `region`, the user's hometown and current city): free
 * text stored as typed, compared folded with the search's Japanese-aware folding (search-text.ts),
 * so 福岡 / Fukuoka stay two spellings the user chose, while ﾌｸｵｶ = フクオカ = ふくおか and
 * FUKUOKA = fukuoka are one region. Pure, no browser.
 */
import { LIMITS } from '../limits';
import { foldText } from './search-text';

/** The comparison key of a region: folded, inner whitespace collapsed; '' when blank. */
export function regionKeyOf(region: string | null | undefined): string {
  return region ? foldText(region).replace(/\s+/gu, ' ').trim() : '';
}

/** Whether two regions are the same once folded (blank is never the same as anything). */
export function isSameRegion(a: string | null | undefined, b: string | null | undefined): boolean {
  const key = regionKeyOf(a);
  return key !== '' && key === regionKeyOf(b);
}

export type RegionCheck = { ok: true; region: string | undefined } | { ok: false; reason: 'too-long' };

/**
 * A region as the user typed it, ready to store: trimmed; blank means "unknown" (undefined);
 * longer than `LIMITS.region` is refused (the UI stops the user first, with `maxLength`).
 */
export function checkRegion(input: string): RegionCheck {
  const region = input.trim();
  if (region.length > LIMITS.region) return { ok: false, reason: 'too-long' };
  return { ok: true, region: region || undefined };
}

/**
 * Distinct regions for suggestions: one spelling per folded key (the first seen), in the order
 * given, blanks dropped.
 */
export function distinctRegions(regions: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const region of regions) {
    const key = regionKeyOf(region);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(region);
  }
  return out;
}

export const REGION_GROUPS = ['hometown', 'city', 'elsewhere', 'unknown'] as const;
/** Where a contact stands against the user's hometown and current city. */
export type RegionGroup = (typeof REGION_GROUPS)[number];

/**
 * The group of a region. Hometown wins when the user's hometown and current city are the same
 * place (someone who moved back), so nobody is counted twice.
 */
export function regionGroupOf(region: string | null | undefined, hometown: string | null | undefined, currentCity: string | null | undefined): RegionGroup {
  const key = regionKeyOf(region);
  if (!key) return 'unknown';
  if (key === regionKeyOf(hometown)) return 'hometown';
  if (key === regionKeyOf(currentCity)) return 'city';
  return 'elsewhere';
}
