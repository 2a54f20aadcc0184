import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../model';
import { makeContact, makeNote, T0 } from './__fixtures__/records';
import {
  CONTACT_COLUMNS,
  CSV_BOM,
  NOTE_COLUMNS,
  contactToRow,
  csvHeader,
  exportFileName,
  noteToRow,
  rowsToCsv,
  summariseNotes,
} from './csv-export';

const labels: Record<string, string> = { technology: 'Technology, Information and Media', health: '医療・ヘルスケア' };
const industryLabel = (id: string): string => labels[id] ?? id;

const tricky = makeContact('山田-太郎-3b2a1', {
  name: '山田 太郎 🌸',
  headline: 'Sales, "Partnerships" & more\nat Kakehashi 商事',
  company: '=HYPERLINK("http://evil","x")',
  location: '東京都, 日本',
  industry: 'health',
  industrySource: 'manual',
  tags: ['hometown', 'ゴルフ', '-vip'],
  cadenceDays: 30,
  lastContactAt: Date.UTC(2026, 1, 7, 23, 59, 59, 999),
  nextDueAt: Date.UTC(2026, 2, 9),
  createdAt: T0,
  updatedAt: T0 + 1,
});
const plain = makeContact('ethanohara');
const noCadence = makeContact('dr_mori3', { site: 'x', name: null, headline: null, company: null, location: null, cadenceDays: 0 });
const longNote = 'Met at the Toyama meetup, "great" talk,\r\nasked about 🐟 exports; 次回は金沢で。';

/** The whole file as the options page will assemble it: BOM, header, then one chunk per page. */
function contactsFile(pages: Contact[][]): string {
  return (
    CSV_BOM +
    csvHeader(CONTACT_COLUMNS) +
    pages
      .map((page) =>
        rowsToCsv(
          page.map((c) =>
            contactToRow(c, { noteCount: c === tricky ? 2 : 0, latestNote: c === tricky ? longNote : null, industryLabel }),
          ),
        ),
      )
      .join('')
  );
}

function parseBack(file: string): Record<string, string>[] {
  expect(file.startsWith(CSV_BOM)).toBe(true);
  const result = Papa.parse<Record<string, string>>(file.slice(1), { header: true, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('contacts.csv', () => {
  const file = contactsFile([[tricky, plain], [noCadence]]);

  it('starts with the UTF-8 BOM bytes and ends every record with CRLF', () => {
    const bytes = new TextEncoder().encode(file);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(file.endsWith('\r\n')).toBe(true);
    const outsideQuotes = file.replace(/"(?:[^"]|"")*"/g, '');
    expect(outsideQuotes).not.toMatch(/[^\r]\n/);
    expect(outsideQuotes.split('\r\n')).toHaveLength(5); // header + 3 records + the empty tail
  });

  it('round-trips every field through papaparse', () => {
    const rows = parseBack(file);
    expect(rows).toHaveLength(3);
    expect(Object.keys(rows[0]!)).toEqual([...CONTACT_COLUMNS]);
    expect(rows[0]).toEqual({
      site: 'linkedin',
      handle: '山田-太郎-3b2a1',
      url: 'https://www.linkedin.com/in/%E5%B1%B1%E7%94%B0-%E5%A4%AA%E9%83%8E-3b2a1/',
      name: '山田 太郎 🌸',
      headline: 'Sales, "Partnerships" & more\nat Kakehashi 商事',
      company: `'=HYPERLINK("http://evil","x")`,
      location: '東京都, 日本',
      region: '',
      industry_id: 'health',
      industry_label: '医療・ヘルスケア',
      tags: 'hometown; ゴルフ; -vip',
      last_contact_at: '2026-02-07T23:59:59.999Z',
      cadence_days: '30',
      next_due_at: '2026-03-09T00:00:00.000Z',
      note_count: '2',
      latest_note: longNote,
      created_at: '2026-01-15T09:30:00.000Z',
      updated_at: '2026-01-15T09:30:00.001Z',
    });
    expect(rows[1]).toMatchObject({ name: "Ethan O'Hara", cadence_days: 'default', last_contact_at: '', next_due_at: '', industry_id: '', industry_label: '', tags: '', latest_note: '', note_count: '0' });
    expect(rows[2]).toMatchObject({ site: 'x', handle: 'dr_mori3', url: 'https://x.com/dr_mori3', name: '', headline: '', cadence_days: 'none' });
  });

  it('writes an empty cell for a time no Date can hold, instead of failing the whole export', () => {
    const damaged = { ...plain, createdAt: 1e16, lastContactAt: Number.NaN, nextDueAt: -1e16 };
    const [row] = parseBack(contactsFile([[damaged]]));
    expect(row).toMatchObject({ created_at: '', last_contact_at: '', next_due_at: '', updated_at: '2026-01-15T09:30:00.000Z', name: "Ethan O'Hara" });
    const note = noteToRow({ contactId: plain.id, body: 'x', createdAt: 1e16, updatedAt: plain.updatedAt }, plain);
    expect(note.slice(3, 5)).toEqual(['', '2026-01-15T09:30:00.000Z']);
  });

  it('gives the same bytes whether written in one chunk or many', () => {
    expect(contactsFile([[tricky], [plain], [noCadence]])).toBe(file);
    expect(rowsToCsv([])).toBe('');
  });
});

describe('notes.csv', () => {
  it('round-trips bodies with commas, quotes, newlines, emoji and Japanese', () => {
    const bodies = [longNote, 'a,b', '"quoted"', 'line1\nline2', '🍣🎌', '日本語のメモ、句読点。', '  padded  ', '-3 points', ''];
    const notes = bodies.map((body, i) => makeNote(tricky.id, body, { id: i + 1, createdAt: T0 + i, updatedAt: T0 + i + 5 }));
    const orphan = makeNote('x:gone_user', 'contact deleted');
    const file =
      CSV_BOM + csvHeader(NOTE_COLUMNS) + rowsToCsv([...notes.map((n) => noteToRow(n, tricky)), noteToRow(orphan, undefined)]);
    const rows = parseBack(file);
    expect(rows.map((r) => r.body)).toEqual([...bodies.slice(0, 7), "'-3 points", '', 'contact deleted']);
    expect(rows[0]).toEqual({
      contact_id: 'linkedin:山田-太郎-3b2a1',
      name: '山田 太郎 🌸',
      url: tricky.url,
      created_at: '2026-01-15T09:30:00.000Z',
      updated_at: '2026-01-15T09:30:00.005Z',
      body: longNote,
    });
    expect(rows.at(-1)).toMatchObject({ contact_id: 'x:gone_user', name: '', url: 'https://x.com/gone_user' });
  });
});

describe('summariseNotes', () => {
  it('counts notes per contact and picks the most recently created', () => {
    const a = makeNote(tricky.id, 'old', { id: 1, createdAt: T0 });
    const b = makeNote(tricky.id, 'new', { id: 2, createdAt: T0 + 10 });
    const c = makeNote(plain.id, 'only', { id: 3 });
    const summary = summariseNotes([b, a, c]);
    expect(summary.get(tricky.id)).toEqual({ count: 2, latest: b });
    expect(summary.get(plain.id)).toEqual({ count: 1, latest: c });
  });
});

describe('exportFileName', () => {
  it('names files by kind and the local calendar date', () => {
    const now = new Date(2026, 10, 23, 12, 0).getTime();
    expect(exportFileName('contacts', now)).toBe('kakehashi-contacts-2026-11-23.csv');
    expect(exportFileName('notes', now)).toBe('kakehashi-notes-2026-11-23.csv');
    expect(exportFileName('backup', now)).toBe('kakehashi-backup-2026-11-23.json');
  });
});

describe('csvHeader', () => {
  it('is one CRLF-terminated line of stable snake_case names', () => {
    expect(csvHeader(NOTE_COLUMNS)).toBe('contact_id,name,url,created_at,updated_at,body\r\n');
    for (const column of CONTACT_COLUMNS) expect(column).toMatch(/^[a-z]+(?:_[a-z]+)*$/);
  });
});
