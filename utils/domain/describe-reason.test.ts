import { describe, expect, it } from 'vitest';
import { describeReason, reasonMessage, type Translate } from './describe-reason';
import { INDUSTRIES } from './industries';
import { REASON_MESSAGES, industryMessageKey } from './reason-messages';
import { starterKeysFor, STARTER_KEYS } from './starters';
import type { Reason } from './suggest';

/** Behaves like chrome.i18n.getMessage: $1…$9 substituted, '' for an unknown key. */
const translator =
  (messages: Record<string, string>): Translate =>
  (key, subs) =>
    (messages[key] ?? '').replace(/\$([1-9])/g, (_, n: string) => subs[Number(n) - 1] ?? '');

const en = translator(REASON_MESSAGES.en);
const ja = translator(REASON_MESSAGES.ja);

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
      "You haven't talked to anyone in Hospitals and Health Care for 62 days",
    );
    expect(describeReason({ code: 'overdue', days: 12 }, en)).toBe('12 days past your keep-in-touch date');
    expect(describeReason({ code: 'rare-industry', industry: 'retail', touches: 3 }, en)).toBe(
      'Only 3 touches in Retail in the last 90 days',
    );
  });

  it('writes the sentence in Japanese', () => {
    expect(describeReason({ code: 'industry-gap', industry: 'hospitals-health-care', days: 62 }, ja)).toBe(
      '医療・ヘルスケアの人とは62日間話していません',
    );
    expect(describeReason({ code: 'recently-visited', days: 5 }, ja)).toBe('5日前にプロフィールを見ました');
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

describe('REASON_MESSAGES', () => {
  it('has the same keys in English and Japanese, valid as Chrome message names', () => {
    expect(Object.keys(REASON_MESSAGES.ja).sort()).toEqual(Object.keys(REASON_MESSAGES.en).sort());
    for (const key of Object.keys(REASON_MESSAGES.en)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it('uses the same placeholders in both languages', () => {
    for (const [key, text] of Object.entries(REASON_MESSAGES.en)) {
      const holes = (s: string) => [...s.matchAll(/\$\d/g)].map((m) => m[0]).sort();
      expect(holes(REASON_MESSAGES.ja[key]!), key).toEqual(holes(text));
    }
  });

  it('has every key describeReason uses, and every industry name', () => {
    for (const reason of ALL_REASONS) expect(REASON_MESSAGES.en).toHaveProperty(reasonMessage(reason).key);
    for (const i of INDUSTRIES) expect(REASON_MESSAGES.ja[industryMessageKey(i.id)]).toBe(i.ja);
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
