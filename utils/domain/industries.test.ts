import { describe, expect, it } from 'vitest';
import { INDUSTRIES, industryLabel, isIndustryId } from './industries';

describe('industries', () => {
  it("has LinkedIn V2's 20 top-level groups plus other, with unique kebab-case ids", () => {
    expect(INDUSTRIES).toHaveLength(21);
    expect(new Set(INDUSTRIES.map((i) => i.id)).size).toBe(21);
    for (const i of INDUSTRIES) {
      expect(i.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(i.en).not.toBe('');
      expect(i.ja).not.toBe('');
    }
    expect(INDUSTRIES.at(-1)?.id).toBe('other');
  });

  it('labels in both languages, showing an unknown id as itself', () => {
    expect(industryLabel('technology-information-media', 'ja')).toBe('情報・通信・メディア');
    expect(industryLabel('financial-services', 'en')).toBe('Financial Services');
    expect(industryLabel('hospitals-health-care', 'ja')).toBe('医療・ヘルスケア');
    expect(industryLabel('from-the-future', 'ja')).toBe('from-the-future');
  });

  it('recognises ids', () => {
    expect(isIndustryId('education')).toBe(true);
    expect(isIndustryId('Education')).toBe(false);
    expect(isIndustryId(null)).toBe(false);
    expect(isIndustryId(3)).toBe(false);
  });
});
