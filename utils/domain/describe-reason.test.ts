import { describe, expect, it } from 'vitest';
import { describeReason, reasonMessage, type Translate } from './describe-reason';
import { INDUSTRIES } from './industries';
import { localeMessages } from '../locale-messages';
import { industryMessageKey } from './reason-messages';
import { starterKeysFor, STARTER_KEYS } from './starters';
import type { Reason } from './suggest';

/** Behaves like chrome.i18n.getMessage: $1…$9 substituted, '' for an unknown key. */
const translator =
  (messages: Record<string, string>): Translate =>
  (key, subs) =>
    (messages[key] ?? '').replace(/\$([1-9])/g, (_, n: string) => subs[Number(n) - 1] ?? '');

/** The shipped texts (public/_locales), as plain strings. */
const shipped = (lang: 'en' | 'ja'): Record<string, string> => Object.fromEntries(Object.entries(localeMessages(lang)).map(([key, entry]) => [key, entry.message]));

const en = translator(shipped('en'));
const ja = translator(shipped('ja'));
/** A shipped message with its substitutions, for the sentence a test expects. */
const said = (t: Translate, key: string, ...subs: string[]) => t(key, subs);

const ALL_REASONS: Reason[] = [
  { code: 'industry-gap', industry: 'hospitals-health-care', days: 62 },
  { code: 'industry-gap', industry: 'education', days: 1 },
  { code: 'industry-gap', industry: 'education', days: null },
  { code: 'never-contacted' },
  { code: 'overdue', days: 0 },
  { code: 'overdue', days: 1 },
  { code: 'overdue', days: 12 },
  { code: 'rare-industry', industry: 'retail', touches: 0 },
  { code: 'rare-industry', industry: 'retail', touches: 1 },
  { code: 'rare-industry', industry: 'retail', touches: 3 },
  { code: 'recently-visited', days: 0 },
  { code: 'recently-visited', days: 1 },
  { code: 'recently-visited', days: 5 },
  { code: 'unknown-industry' },
];

describe('describeReason', () => {
  it('writes the sentence in English', () => {
    expect(describeReason({ code: 'industry-gap', industry: 'hospitals-health-care', days: 62 }, en)).toBe(
      said(en, 'reason_industryGap', said(en, 'industry_hospitals_health_care'), '62'),
    );
    expect(describeReason({ code: 'overdue', days: 12 }, en)).toBe(said(en, 'reason_overdue', '12'));
    expect(describeReason({ code: 'overdue', days: 1 }, en)).toBe(said(en, 'reason_overdueOne'));
    expect(describeReason({ code: 'rare-industry', industry: 'retail', touches: 3 }, en)).toBe(
      said(en, 'reason_rareIndustry', said(en, 'industry_retail'), '3'),
    );
  });

  it('writes the sentence in Japanese', () => {
    expect(describeReason({ code: 'industry-gap', industry: 'hospitals-health-care', days: 62 }, ja)).toBe(
      said(ja, 'reason_industryGap', said(ja, 'industry_hospitals_health_care'), '62'),
    );
    expect(describeReason({ code: 'recently-visited', days: 5 }, ja)).toBe(said(ja, 'reason_recentlyVisited', '5'));
  });

  it('has a non-empty text, with every substitution filled, for every reason in both languages', () => {
    for (const reason of ALL_REASONS) {
      for (const t of [en, ja]) {
        const text = describeReason(reason, t);
        expect(text.length).toBeGreaterThan(0);
        expect(text).not.toMatch(/\$\d/);
      }
    }
  });

  it('falls back to the English industry name when the translator lacks it', () => {
    const bare = translator({ reason_industryGapWindow: 'gap: $1' });
    expect(describeReason({ code: 'industry-gap', industry: 'retail', days: null }, bare)).toBe('gap: Retail');
  });
});

describe('the shipped reason texts', () => {
  it('has every key describeReason uses, and every industry name, in both languages', () => {
    for (const t of [shipped('en'), shipped('ja')]) {
      for (const reason of ALL_REASONS) expect(t).toHaveProperty(reasonMessage(reason).key);
    }
    for (const i of INDUSTRIES) {
      expect(shipped('en')[industryMessageKey(i.id)]).toBe(i.en);
      expect(shipped('ja')[industryMessageKey(i.id)]).toBe(i.ja);
    }
  });
});

describe('starterKeysFor', () => {
  it('offers 2–3 starters from the fixed set, chosen by the situation', () => {
    expect(starterKeysFor({ action: 'comment', reasons: [{ code: 'never-contacted' }] })).toEqual(['ask-field', 'share-useful']);
    expect(starterKeysFor({ action: 'comment', reasons: [{ code: 'overdue', days: 120 }] })).toEqual([
      'congratulate',
      'ask-field',
      'share-useful',
    ]);
    expect(starterKeysFor({ action: 'reach-out', reasons: [] })).toEqual(['thank', 'share-useful', 'ask-field']);
    for (const keys of [starterKeysFor({ action: 'reach-out', reasons: [] })]) {
      for (const k of keys) expect(STARTER_KEYS).toContain(k);
    }
  });
});
