import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeContact, makeNote, SETTINGS, T0 } from '../io/__fixtures__/records';
import { CONTACT_COLUMNS, NOTE_COLUMNS } from '../io/csv-export';
import { exportContactsCsv, exportNotesCsv, readBackupData, summariseAllNotes, type ExportProgress } from './export';
import type { KakehashiDb } from './schema';
import { freshDb } from './test-db';

const DAY = 86_400_000;

let db: KakehashiDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

const taro = makeContact('yamada-taro', { name: '山田 太郎', industry: 'financial-services', industrySource: 'manual', tags: ['富山', 'hometown'] });
const evil = makeContact('evil', { name: '=HYPERLINK("http://evil.example","x")', headline: 'a, "quoted"\nheadline' });
const ethan = makeContact('ethanohara');

async function seed(): Promise<void> {
  await db.contacts.bulkAdd([taro, evil, ethan]);
  await db.notes.bulkAdd([
    makeNote(taro.id, '最初のメモ', { createdAt: T0 }),
    makeNote(evil.id, '+1 for the talk', { createdAt: T0 }),
    makeNote(taro.id, '次回は金沢で。「乾杯」', { createdAt: T0 + 2 * DAY }),
    makeNote(taro.id, 'in between', { createdAt: T0 + DAY }),
  ]);
}

/** The file's text the way the Blob would hold it. */
const textOf = (parts: string[]) => parts.join('');

function records(text: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
}

describe('exportContactsCsv', () => {
  it('writes BOM, CRLF lines and one correct row per contact across several pages', async () => {
    await seed();
    const progress: ExportProgress[] = [];
    const out = await exportContactsCsv(db, { lang: 'ja', pageSize: 2, onProgress: (p) => progress.push(p) });
    const text = textOf(out.parts);

    expect(out.rows).toBe(3);
    expect(text.startsWith('\uFEFF' + CONTACT_COLUMNS.join(',') + '\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    // Every line break outside quoted cells is CRLF: the only bare LF is inside the quoted headline.
    expect(text.replace(/\r\n/g, '').match(/\n/g)).toHaveLength(1);

    const rows = records(text);
    expect(rows.map((r) => r.handle)).toEqual(['ethanohara', 'evil', 'yamada-taro']);
    const taroRow = rows.find((r) => r.handle === 'yamada-taro')!;
    expect(taroRow).toMatchObject({
      name: '山田 太郎',
      industry_id: 'financial-services',
      industry_label: '金融',
      tags: '富山; hometown',
      note_count: '3',
      latest_note: '次回は金沢で。「乾杯」',
      created_at: new Date(T0).toISOString(),
    });
    const evilRow = rows.find((r) => r.handle === 'evil')!;
    expect(evilRow.name).toBe('\'=HYPERLINK("http://evil.example","x")');
    expect(evilRow.headline).toBe('a, "quoted"\nheadline');
    expect(evilRow.latest_note).toBe("'+1 for the talk");
    expect(rows.find((r) => r.handle === 'ethanohara')).toMatchObject({ note_count: '0', latest_note: '' });

    expect(progress.filter((p) => p.phase === 'notes').at(-1)).toEqual({ phase: 'notes', done: 4, total: 4 });
    expect(progress.filter((p) => p.phase === 'rows').map((p) => p.done)).toEqual([0, 2, 3]);
  });

  it('writes just the BOM and header for an empty database', async () => {
    const out = await exportContactsCsv(db, { lang: 'en' });
    expect(textOf(out.parts)).toBe('\uFEFF' + CONTACT_COLUMNS.join(',') + '\r\n');
    expect(out.rows).toBe(0);
  });
});

describe('summariseAllNotes', () => {
  it('gives the same answer whatever the page size', async () => {
    await seed();
    const whole = await summariseAllNotes(db, 100);
    for (const size of [1, 2, 3]) expect(await summariseAllNotes(db, size)).toEqual(whole);
    expect(whole.get(taro.id)).toMatchObject({ count: 3, latest: { body: '次回は金沢で。「乾杯」' } });
  });
});

describe('exportNotesCsv', () => {
  it('writes one row per note with its contact, and a URL for a note whose contact is gone', async () => {
    await seed();
    await db.notes.add(makeNote('x:gone_person', 'orphan'));
    const out = await exportNotesCsv(db, { lang: 'en', pageSize: 2 });
    const text = textOf(out.parts);
    expect(text.startsWith('\uFEFF' + NOTE_COLUMNS.join(',') + '\r\n')).toBe(true);
    const rows = records(text);
    expect(out.rows).toBe(5);
    expect(rows.map((r) => r.body)).toEqual(['最初のメモ', "'+1 for the talk", '次回は金沢で。「乾杯」', 'in between', 'orphan']);
    expect(rows[0]).toMatchObject({ contact_id: taro.id, name: '山田 太郎', url: taro.url });
    expect(rows[4]).toMatchObject({ contact_id: 'x:gone_person', name: '', url: 'https://x.com/gone_person' });
  });
});

describe('readBackupData', () => {
  it('reads every table, settings merged with the defaults', async () => {
    await seed();
    await db.settings.put({ key: 'user', ...SETTINGS });
    await db.touches.add({ contactId: taro.id, kind: 'meeting', at: T0 });
    const data = await readBackupData(db);
    expect(data.contacts).toHaveLength(3);
    expect(data.notes).toHaveLength(4);
    expect(data.touches).toEqual([{ id: 1, contactId: taro.id, kind: 'meeting', at: T0 }]);
    expect(data.settings).toEqual(SETTINGS);
    expect(data.suggestionLog).toEqual([]);
  });
});
