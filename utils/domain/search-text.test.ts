import { describe, expect, it } from 'vitest';
import { foldText, highlightRanges, MAX_WORD_TOKEN, parseQuery, searchTokens, textMatchesPiece } from './search-text';

const matchesAll = (text: string, query: string) => parseQuery(query).every((p) => textMatchesPiece(text, p));
const highlighted = (text: string, query: string) => highlightRanges(text, parseQuery(query)).map(([s, e]) => text.slice(s, e));

describe('foldText', () => {
  it('folds half-width katakana to the same text as full-width (ｻﾌﾟﾗｲ = サプライ)', () => {
    expect(foldText('ｻﾌﾟﾗｲﾁｪｰﾝ')).toBe(foldText('サプライチェーン'));
    expect(foldText('ｶﾞｷﾞ')).toBe(foldText('ガギ'));
  });

  it('folds katakana and hiragana together but keeps voiced and unvoiced kana apart', () => {
    expect(foldText('ひらがな')).toBe(foldText('ヒラガナ'));
    expect(foldText('か')).not.toBe(foldText('が'));
  });

  it('ignores case, full-width Latin and Latin diacritics', () => {
    expect(foldText('Café')).toBe('cafe');
    expect(foldText('ＡＢＣ Müller')).toBe('abc muller');
    expect(foldText('CAFE\u0301')).toBe('cafe');
  });

  it('drops bidi overrides and zero-width characters', () => {
    expect(foldText('Ev\u202Eil\u202C\u200Bname')).toBe('evilname');
  });
});

describe('the plain-text fast path', () => {
  // A soft hyphen is dropped by folding but sends the text down the per-character path: with it,
  // the slow path folds the same text, so both paths must agree.
  const slow = (text: string) => `${text}\u00AD`;
  const ranges: Array<[number, number]> = [[0x09, 0x0a], [0x0d, 0x0d], [0x20, 0x7e], [0x3001, 0x3002], [0x300c, 0x300d], [0x3041, 0x3096], [0x30a1, 0x30fa], [0x30fc, 0x30fc], [0x4e00, 0x9fff]];

  it('folds every character it covers exactly as the per-character path does', () => {
    const differ: string[] = [];
    for (const [lo, hi] of ranges) {
      for (let cp = lo; cp <= hi; cp++) {
        const ch = String.fromCodePoint(cp);
        if (foldText(ch) !== foldText(slow(ch))) differ.push(cp.toString(16));
      }
    }
    expect(differ).toEqual([]);
  });

  it('gives the same tokens, matches and highlights for a mixed note', () => {
    const note = 'Met Aiko at the Kanazawa 勉強会、「サプライチェーン」の話。\nAsked about FinTech (2026) & ひらがな';
    expect(foldText(note)).toBe(foldText(slow(note)));
    expect(searchTokens(note)).toEqual(searchTokens(slow(note)));
    const pieces = parseQuery('さぷらい kanaz 勉強会 fin');
    expect(highlightRanges(note, pieces)).toEqual(highlightRanges(slow(note), pieces));
    expect(highlightRanges(note, pieces)).toHaveLength(4);
  });
});

describe('searchTokens', () => {
  it('indexes Latin words whole and Japanese runs as bigrams plus their last character', () => {
    expect(searchTokens('Met at JR東日本, ok')).toEqual(['met', 'at', 'jr', '東日', '日本', '本', 'ok']);
    expect(searchTokens('蓮')).toEqual(['蓮']);
  });

  it('caps word tokens and deduplicates', () => {
    const long = 'a'.repeat(200);
    expect(searchTokens(long, long, 'b b')).toEqual(['a'.repeat(MAX_WORD_TOKEN), 'b']);
  });
});

describe('parseQuery and matching', () => {
  it('splits on spaces and script changes; every piece must match', () => {
    expect(parseQuery('  Supply　チェーン ')).toEqual([
      { text: 'supply', cjk: false },
      { text: 'ちぇーん', cjk: true },
    ]);
    expect(matchesAll('Shared an article on supply chains', 'supply chain')).toBe(true);
    expect(matchesAll('Shared an article on supply chains', 'supply hiking')).toBe(false);
  });

  it('matches Latin words by prefix, not in the middle of a word', () => {
    expect(matchesAll('Supply chains', 'sup')).toBe(true);
    expect(matchesAll('Supply chains', 'ply')).toBe(false);
  });

  it('matches Japanese anywhere, across width and kana forms', () => {
    expect(matchesAll('株式会社サプライ', 'ｻﾌﾟﾗｲ')).toBe(true);
    expect(matchesAll('株式会社サプライ', 'さぷらい')).toBe(true);
    expect(matchesAll('株式会社サプライ', '会社')).toBe(true);
    expect(matchesAll('東京 京都', '東京都')).toBe(false);
  });

  it('an empty or punctuation-only query has no pieces', () => {
    expect(parseQuery('  ,.! ')).toEqual([]);
  });
});

describe('highlightRanges', () => {
  it('highlights the original characters, whatever form the query was typed in', () => {
    expect(highlighted('株式会社ｻﾌﾟﾗｲ商事', 'サプライ')).toEqual(['ｻﾌﾟﾗｲ']);
    expect(highlighted('Café Müller', 'cafe mull')).toEqual(['Café', 'Müll']);
    expect(highlighted('Cafe\u0301 x', 'cafe')).toEqual(['Cafe\u0301']);
  });

  it('merges overlapping matches and keeps surrogate pairs whole', () => {
    expect(highlighted('supply supplier', 'sup supp')).toEqual(['supp', 'supp']);
    expect(highlighted('𠮷野家の𠮷', '𠮷')).toEqual(['𠮷', '𠮷']);
  });
});
