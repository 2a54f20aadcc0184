import { afterEach, describe, expect, it } from 'vitest';
import en from '../public/_locales/en/messages.json';
import ja from '../public/_locales/ja/messages.json';
import { formatDate, formatDateTime, keyFor, setLanguageOverride } from './i18n';

const AT = Date.UTC(2026, 10, 23, 8);

describe('date formatting', () => {
  it('formats a date in the given language', () => {
    expect(formatDate(AT, 'en-US')).toMatch(/^Nov 2[34], 2026$/);
    expect(formatDate(AT, 'ja')).toMatch(/^2026\/11\/2[34]$/);
    expect(formatDateTime(AT, 'en-US')).toMatch(/^Nov 2[34], 2026, \d{1,2}:00\s?[AP]M$/);
  });

  afterEach(() => setLanguageOverride(null));

  it('says "unknown date" for a value no Date can hold (a damaged record) instead of throwing', () => {
    for (const bad of [1e16, Number.NaN, -1e16]) {
      setLanguageOverride('en', en);
      expect(formatDate(bad, 'en')).toBe(en.dateUnknown.message);
      expect(formatDateTime(bad, 'en')).toBe(en.dateUnknown.message);
      setLanguageOverride('ja', ja);
      expect(formatDate(bad, 'ja')).toBe(ja.dateUnknown.message);
    }
  });
});

describe('keyFor', () => {
  it('names the message of an id in its family, dashes read as underscores', () => {
    expect(keyFor('dupReason_', 'across-sites')).toBe('dupReason_across_sites');
    expect(keyFor('cadence_', '2w')).toBe('cadence_2w');
  });
});
