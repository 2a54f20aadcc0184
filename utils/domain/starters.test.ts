import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import ja from '../../public/_locales/ja/messages.json';
import { formatMessage } from '../i18n';
import { INDUSTRIES } from './industries';
import { STARTER_KEYS, starterKeysFor, starterTexts } from './starters';
import type { Reason, SuggestedAction } from './suggest';

const LOCALES = { en, ja } as Record<'en' | 'ja', Record<string, { message: string }>>;
const translator = (lang: 'en' | 'ja') => (key: string, subs: string[]) => {
  const entry = LOCALES[lang][key];
  if (!entry) throw new Error(`no message ${key}`);
  return formatMessage(entry.message, subs);
};
const nameIn = (lang: 'en' | 'ja') => (id: string) => INDUSTRIES.find((i) => i.id === id)![lang];

/** Every kind of suggestion the picker distinguishes: never contacted, comment, reach out. */
const KINDS: Array<{ action: SuggestedAction; reasons: Reason[] }> = [
  { action: 'comment', reasons: [{ code: 'never-contacted' }] },
  { action: 'comment', reasons: [{ code: 'overdue', days: 40 }] },
  { action: 'reach-out', reasons: [{ code: 'overdue', days: 3 }] },
];

describe('conversation starters', () => {
  it('offer every template somewhere', () => {
    expect(new Set(KINDS.flatMap((k) => starterKeysFor(k)))).toEqual(new Set(STARTER_KEYS));
  });

  for (const lang of ['en', 'ja'] as const) {
    it(`read as whole, natural sentences in ${lang} for every industry and kind`, () => {
      for (const industry of [...INDUSTRIES.map((i) => i.id), null]) {
        for (const kind of KINDS) {
          for (const text of starterTexts({ ...kind, industry }, nameIn(lang), translator(lang))) {
            const where = `${lang} ${industry} ${kind.action}: ${text}`;
            expect(text, where).not.toMatch(/\$\d|undefined|null| {2}/);
            // An industry is a field, never a post topic or news ("your post on Hospitals and Health Care").
            expect(text, where).not.toMatch(/post on|news (on|about)|についての投稿/);
            // "Other" (その他) is no field to name.
            expect(text, where).not.toMatch(/\bOther\b|その他/);
            if (lang === 'en') {
              expect(text, where).toMatch(/^[A-Z].*[.!?]$/);
            } else {
              expect(text, where).toMatch(/[。！？]$/);
              expect(text, where).not.toMatch(/[A-Za-z]/);
            }
          }
        }
      }
    });
  }

  it('name the industry as a field when there is one, and say "your line of work" when not', () => {
    const reachOut = { action: 'reach-out' as const, reasons: [{ code: 'overdue' as const, days: 3 }] };
    expect(starterTexts({ ...reachOut, industry: 'hospitals-health-care' }, nameIn('en'), translator('en'))).toContain(
      translator('en')('starter_ask_field', [nameIn('en')('hospitals-health-care')]),
    );
    expect(starterTexts({ ...reachOut, industry: 'retail' }, nameIn('ja'), translator('ja'))).toContain(
      translator('ja')('starter_ask_field', [nameIn('ja')('retail')]),
    );
    for (const industry of ['other', null]) {
      expect(starterTexts({ ...reachOut, industry }, nameIn('en'), translator('en'))).toContain(
        translator('en')('nu_starter_ask_field_general', []),
      );
    }
  });
});
