import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeStrictly, stripBom } from './decode-text';
import { parseLinkedInConnectionsAsync } from './linkedin-connections';

/** Bytes of a Connections.csv re-saved by Japanese Excel (made with `iconv -f utf-8 -t CP932`). */
const EXCEL_JA = readFileSync(new URL('./__fixtures__/connections-excel-ja.cp932.2026-02.csv', import.meta.url));
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeStrictly', () => {
  it('reads UTF-8 with or without a BOM, and removes the BOM', () => {
    expect(decodeStrictly(utf8('名前,会社'), ['utf-8', 'shift_jis'])).toEqual({ ok: true, text: '名前,会社', encoding: 'utf-8' });
    expect(decodeStrictly(utf8('\uFEFF名前'), ['utf-8', 'shift_jis'])).toEqual({ ok: true, text: '名前', encoding: 'utf-8' });
  });

  it('recognises Shift_JIS (Windows-31J, as Excel writes it, with 髙 and ①) when UTF-8 fails', () => {
    const result = decodeStrictly(EXCEL_JA, ['utf-8', 'shift_jis']);
    expect(result).toMatchObject({ ok: true, encoding: 'shift_jis' });
    if (!result.ok) return;
    expect(result.text).toContain('太郎,髙橋,');
    expect(result.text).toContain('営業部長①');
    expect(result.text).toContain('ｹﾝｼﾞ,伊藤');
    expect(result.text).not.toContain('\uFFFD');
  });

  it('refuses what it was not asked to try, and what is not text in any of them', () => {
    expect(decodeStrictly(EXCEL_JA, ['utf-8'])).toEqual({ ok: false });
    // UTF-16 with a BOM (Excel's "Unicode text"): 0xFF is no Shift_JIS byte.
    const utf16 = Buffer.from('\uFEFFFirst Name,Last Name', 'utf16le');
    expect(decodeStrictly(utf16, ['utf-8', 'shift_jis'])).toEqual({ ok: false });
    // Without a BOM it is valid Shift_JIS byte by byte, but full of NULs.
    expect(decodeStrictly(Buffer.from('First Name', 'utf16le'), ['utf-8', 'shift_jis'])).toEqual({ ok: false });
    expect(decodeStrictly(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0xfd]), ['utf-8', 'shift_jis'])).toEqual({ ok: false });
  });

  it('gives the Connections.csv parser correct Japanese names from Excel bytes', async () => {
    const result = decodeStrictly(EXCEL_JA, ['utf-8', 'shift_jis']);
    if (!result.ok) throw new Error('not decoded');
    const parsed = await parseLinkedInConnectionsAsync(result.text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows.map((r) => [r.lastName, r.firstName, r.handle, r.company])).toEqual([
      ['田中', '彩花', 'ayaka-tanaka-7c1e2', '東京医療センター'],
      ['髙橋', '太郎', 'taro-takahashi-1a2b3c', '株式会社かけはし, 東京支社'],
      ['佐藤', '美和', '佐藤-美和-5c6d7e', '金沢信用金庫'],
      ['伊藤', 'ｹﾝｼﾞ', 'kenji-ito', 'Mizuho Bank'],
    ]);
  });
});

describe('stripBom', () => {
  it('drops one leading BOM and nothing else', () => {
    expect(stripBom('\uFEFF{"format":1}')).toBe('{"format":1}');
    expect(stripBom('a\uFEFFb')).toBe('a\uFEFFb');
    expect(stripBom('')).toBe('');
  });
});
