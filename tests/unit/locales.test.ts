import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES = path.resolve(__dirname, '../../public/_locales');
const load = (lang: string) =>
  JSON.parse(readFileSync(path.join(LOCALES, lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

describe('locale files', () => {
  const en = load('en');
  const ja = load('ja');

  it('ship exactly English and Japanese', () => {
    expect(readdirSync(LOCALES).sort()).toEqual(['en', 'ja']);
  });

  it('have the same keys, none empty', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of [...Object.entries(en), ...Object.entries(ja)]) {
      expect(message.trim(), key).not.toBe('');
    }
  });

  it('use the same $n placeholders in both languages', () => {
    const holes = (s: string) => [...s.matchAll(/\$(\d)/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en)) expect(holes(ja[key]!.message), key).toEqual(holes(en[key]!.message));
  });

  it('are really translated (Japanese text in Japanese strings that are not names)', () => {
    const untranslated = Object.keys(en).filter(
      (k) => en[k]!.message === ja[k]!.message && !/^(site|ext)/.test(k) && /[a-z]{3}/i.test(en[k]!.message),
    );
    expect(untranslated).toEqual([]);
  });

  it('every key used in code exists', () => {
    const used = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(p);
        else if (/\.(ts|tsx)$/.test(entry.name) && !entry.name.includes('.test.')) {
          const source = readFileSync(p, 'utf8');
          for (const m of source.matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) used.add(m[1]!);
          // Plural messages: `tp('base', …)` and `pluralKey('base', …)` read `base_one` and `base_other`.
          for (const m of source.matchAll(/\b(?:tp|pluralKey)\('([A-Za-z0-9_]+)'/g)) used.add(`${m[1]}_one`).add(`${m[1]}_other`);
        }
      }
    };
    for (const dir of ['components', 'entrypoints', 'utils']) walk(path.resolve(__dirname, '../..', dir));
    expect([...used].filter((k) => !(k in en))).toEqual([]);
  });

  it('give every count a plural form: no "1 people", "1 notes", "1 rows"', () => {
    // A number directly before a counted English noun ("$1 people", "$2 days") must come in
    // `<base>_one` / `<base>_other` (chosen with Intl.PluralRules, utils/i18n.ts `tp`), or in the
    // older `<key>` / `<key>One` pairs of the suggestion reasons. Label forms ("notes: $1") need none.
    const NOT_NOUNS = new Set(['is', 'was', 'has', 'its', 'this', 'does', 'as', 'us']);
    const counted = (message: string) =>
      [...message.matchAll(/\$\d\s+([A-Za-z]+)/g)].some(([, word]) => word === 'people' || (/s$/i.test(word!) && !NOT_NOUNS.has(word!.toLowerCase())));
    const handled = (key: string) => {
      const plural = /^(.*)_(one|other)$/.exec(key);
      if (plural) return `${plural[1]}_one` in en && `${plural[1]}_other` in en;
      return `${key}One` in en;
    };
    // Counts that are never 1: Insights' periods are 30 or 90 days.
    const NEVER_ONE = new Set(['insightsShareNone']);
    expect(Object.keys(en).filter((key) => counted(en[key]!.message) && !handled(key) && !NEVER_ONE.has(key))).toEqual([]);
  });

  it('ship both plural forms of every plural message, singular without a bare "1 …s"', () => {
    // (`industry_other` is the industry "Other", not a plural form.)
    for (const key of Object.keys(en).filter((k) => k.endsWith('_one'))) {
      expect(`${key.slice(0, -4)}_other` in en, key).toBe(true);
    }
    for (const key of Object.keys(en).filter((k) => k.endsWith('_one'))) {
      // A literal 1, not a placeholder ($1 is any number).
      expect(en[key]!.message, key).not.toMatch(/(?<!\$)\b1 (people|[a-z]+s)\b/);
    }
  });
});
