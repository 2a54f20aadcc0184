import { describe, expect, it } from 'vitest';
import { isFormulaLike, neutraliseFormula } from './csv-injection';

describe('neutraliseFormula', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
    ['@SUM(1)', `'@SUM(1)`],
    ['+1', `'+1`],
    ['-2', `'-2`],
    ['\t=1', `'\t=1`],
    ['\r=1', `'\r=1`],
    ['  =1+1', `'  =1+1`],
    ['\n- first point', `'\n- first point`],
    ['\u3000＝1+1', `'\u3000＝1+1`],
    ['＠渋谷', `'＠渋谷`],
  ])('prefixes %j with a quote', (cell, expected) => {
    expect(neutraliseFormula(cell)).toBe(expected);
  });

  it.each(['Ethan O\'Hara', '山田 太郎', 'a=b', 'x-y', 'mail@example.com', '2026-02-07T00:00:00.000Z', '42', '', "'already"])(
    'leaves %j untouched',
    (cell) => {
      expect(isFormulaLike(cell)).toBe(false);
      expect(neutraliseFormula(cell)).toBe(cell);
    },
  );
});
