import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCsvRecords } from './csv-read';
import { stripBom } from './decode-text';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const spectrum = path.resolve(repoRoot, '../shared/fixtures/real/csv-spectrum');

/**
 * Header mode, as an import reads a file: the first record names the columns, blank records dropped.
 * `_crlf` files are stored with LF in git and get CRLF from csv-spectrum's `.gitattributes` on checkout;
 * a copy made without git has LF, so we apply that conversion ourselves when it has not happened.
 */
function readSpectrum(name: string): Record<string, string>[] {
  let text = readFileSync(path.join(spectrum, 'csvs', `${name}.csv`), 'utf8');
  if (name.endsWith('_crlf') && !text.includes('\r\n')) text = text.replace(/\n/g, '\r\n');
  const [header, ...records] = readCsvRecords(stripBom(text));
  for (const record of records) expect(record.error).toBeNull();
  return records.map((record) => Object.fromEntries(header!.cells.map((column, i) => [column, record.cells[i]!])));
}

describe('csv-spectrum', () => {
  const cases = readdirSync(path.join(spectrum, 'csvs'))
    .map((file) => path.basename(file, '.csv'))
    .filter((name) => name !== 'location_coordinates');

  it('has the eleven comparable cases', () => {
    expect(existsSync(spectrum)).toBe(true);
    expect(cases).toHaveLength(11);
  });

  it.each(cases)('%s parses to its JSON', (name) => {
    const expected: unknown = JSON.parse(readFileSync(path.join(spectrum, 'json', `${name}.json`), 'utf8'));
    expect(readSpectrum(name)).toEqual(expected);
  });

  it('location_coordinates (inconsistent upstream) parses to one row of four fields', () => {
    const rows = readSpectrum('location_coordinates');
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0]!)).toHaveLength(4);
  });
});

describe('readCsvRecords', () => {
  it('numbers records by the line they start on, across blank lines and quoted newlines', () => {
    const text = 'a,b\r\n\r\n1,"two\r\nlines"\r\n  ,  \r\n3,4\r\n';
    expect(readCsvRecords(text, 10).map((r) => [r.line, r.cells])).toEqual([
      [10, ['a', 'b']],
      [12, ['1', 'two\r\nlines']],
      [15, ['3', '4']],
    ]);
  });

  it('flags an unterminated quote', () => {
    const records = readCsvRecords('a,b\n1,"open\n2,3\n');
    expect(records[1]?.error).toMatch(/quote/i);
  });
});
