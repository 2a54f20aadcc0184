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
          for (const m of readFileSync(p, 'utf8').matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) used.add(m[1]!);
        }
      }
    };
    for (const dir of ['components', 'entrypoints', 'utils']) walk(path.resolve(__dirname, '../..', dir));
    expect([...used].filter((k) => !(k in en))).toEqual([]);
  });
});
