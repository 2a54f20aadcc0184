import { describe, expect, it } from 'vitest';
import { LIMITS } from '../limits';
import { addTags, suggestTags } from './tags';

describe('suggestTags', () => {
  const all = ['client', 'designer', 'メンター', 'mentor', 'Osaka meetup'];
  it('matches folded prefixes first, then inner matches, leaving out tags already there', () => {
    expect(suggestTags(all, 'men', [])).toEqual(['mentor']);
    expect(suggestTags(all, 'ﾒﾝ', [])).toEqual(['メンター']);
    expect(suggestTags(all, 'めん', [])).toEqual(['メンター']);
    expect(suggestTags(all, 'e', ['designer'])).toEqual(['client', 'mentor', 'Osaka meetup']);
    expect(suggestTags(all, 'OSAKA', [])).toEqual(['Osaka meetup']);
    expect(suggestTags(all, '  ', [])).toEqual([]);
  });
  it('returns at most the limit', () => {
    const many = Array.from({ length: 50 }, (_, i) => `tag${i}`);
    expect(suggestTags(many, 'tag', [])).toHaveLength(8);
  });
});

describe('addTags', () => {
  it('splits at commas, trims and de-duplicates', () => {
    expect(addTags(['a'], ' b , c、a,, ')).toEqual({ tags: ['a', 'b', 'c'], error: null });
  });
  it('refuses a tag that is too long, or one too many, and keeps the tags as they were', () => {
    expect(addTags(['a'], 'x'.repeat(LIMITS.tag + 1))).toEqual({ tags: ['a'], error: 'too-long' });
    const full = Array.from({ length: LIMITS.tags }, (_, i) => `t${i}`);
    expect(addTags(full, 'one-more')).toEqual({ tags: full, error: 'too-many' });
    expect(addTags(full, 't1').error).toBeNull();
  });
});
