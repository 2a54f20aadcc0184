import { describe, expect, it } from 'vitest';
import { LIMITS } from '../limits';
import { checkRegion, distinctRegions, isSameRegion, regionGroupOf, regionKeyOf } from './region';

describe('regions', () => {
  it('compare across width, kana, case and spacing, but keep kanji and romaji apart', () => {
    expect(isSameRegion('ﾌｸｵｶ', 'ふくおか')).toBe(true);
    expect(isSameRegion('フクオカ', 'ふくおか')).toBe(true);
    expect(isSameRegion('  FUKUOKA ', 'fukuoka')).toBe(true);
    expect(isSameRegion('Ｎｅｗ  York', 'new york')).toBe(true);
    expect(isSameRegion('福岡', 'Fukuoka')).toBe(false);
    expect(isSameRegion('', '')).toBe(false);
    expect(regionKeyOf(undefined)).toBe('');
  });

  it('are stored as typed, trimmed; blank is unknown and too long is refused', () => {
    expect(checkRegion('  福岡 ')).toEqual({ ok: true, region: '福岡' });
    expect(checkRegion('   ')).toEqual({ ok: true, region: undefined });
    expect(checkRegion('x'.repeat(LIMITS.region))).toEqual({ ok: true, region: 'x'.repeat(LIMITS.region) });
    expect(checkRegion('x'.repeat(LIMITS.region + 1))).toEqual({ ok: false, reason: 'too-long' });
  });

  it('suggest one spelling per folded region, the first seen', () => {
    expect(distinctRegions(['Fukuoka', '福岡', 'FUKUOKA', 'ﾌｸｵｶ', 'ふくおか', ' '])).toEqual(['Fukuoka', '福岡', 'ﾌｸｵｶ']);
  });

  it('group a contact against hometown and city; hometown wins when both are the same place', () => {
    expect(regionGroupOf('ふくおか', 'フクオカ', 'Tokyo')).toBe('hometown');
    expect(regionGroupOf('TOKYO', 'フクオカ', 'Tokyo')).toBe('city');
    expect(regionGroupOf('大阪', 'フクオカ', 'Tokyo')).toBe('elsewhere');
    expect(regionGroupOf(undefined, 'フクオカ', 'Tokyo')).toBe('unknown');
    expect(regionGroupOf('Tokyo', 'tokyo', 'TOKYO')).toBe('hometown');
    expect(regionGroupOf('Tokyo', undefined, undefined)).toBe('elsewhere');
  });
});
