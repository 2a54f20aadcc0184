/**
 * The search index is kept current by every write path (utils/db/search-index.ts): each test
 * writes through a real repository function and then searches, as the People page does.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeContact, makeNote, SETTINGS } from '../io/__fixtures__/records';
import { parseBackup, serializeBackup, type Backup } from '../io/backup';
import { parseLinkedInConnectionsAsync } from '../io/linkedin-connections';
import { DAY_MS, type ContactId, type ProfileSnapshot } from '../model';
import { deleteContact, recordVisit, trackContact } from './contacts';
import { updateContact } from './contact-edits';
import { readBackupData } from './export';
import { importConnections } from './import-connections';
import { addNote, deleteNote, updateNote } from './notes';
import { CHECK_CAP, firstPeopleIds, listPeopleIds, loadPeopleRows, LOOKUP_CAP, searchPeople } from './people';
import { restoreBackup } from './restore';
import type { KakehashiDb } from './schema';
import { freshDb } from './test-db';
import { logTouch, markDone } from './touches';

const NOW = Date.UTC(2026, 10, 23, 9);
const ayaka: ProfileSnapshot = { site: 'linkedin', handle: 'ayaka-tanaka', name: '田中 彩花', headline: '看護師 at 東京医療センター', company: null, location: 'Tokyo', avatarUrl: null };
const ken: ProfileSnapshot = { site: 'x', handle: 'ken_dev', name: 'Ken Café', headline: null, company: null, location: null, avatarUrl: null };

let db: KakehashiDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

const found = async (query: string, d: KakehashiDb = db) => [...(await searchPeople(d, query)).ids].sort();

describe('the search index follows every write path', () => {
  it('Track and a profile visit index the details the page shows', async () => {
    await trackContact(db, ayaka, NOW);
    expect(await found('看護')).toEqual(['linkedin:ayaka-tanaka']);
    await recordVisit(db, { ...ayaka, headline: 'Midwife at Osaka General' }, NOW + 1);
    expect(await found('midwife osaka')).toEqual(['linkedin:ayaka-tanaka']);
    expect(await found('看護')).toEqual([]);
  });

  it('adding, editing and deleting a note', async () => {
    const note = await addNote(db, ayaka, 'Talked about サプライチェーン and hiking', NOW);
    expect(await found('ｻﾌﾟﾗｲ')).toEqual(['linkedin:ayaka-tanaka']);
    expect(await found('hik')).toEqual(['linkedin:ayaka-tanaka']);
    await updateNote(db, note.id!, 'linkedin:ayaka-tanaka', '金沢で会った', NOW + 1);
    expect(await found('hiking')).toEqual([]);
    expect(await found('金沢')).toEqual(['linkedin:ayaka-tanaka']);
    await deleteNote(db, note.id!, 'linkedin:ayaka-tanaka', NOW + 2);
    expect(await found('金沢')).toEqual([]);
    expect(await found('tokyo')).toEqual(['linkedin:ayaka-tanaka']);
  });

  it("a touch's note, from the panel; a popup Done without a note adds nothing", async () => {
    await logTouch(db, ken, { kind: 'thanks', at: NOW, note: 'ありがとうメッセージ' }, NOW);
    expect(await found('めっせーじ')).toEqual(['x:ken_dev']);
    await markDone(db, 'x:ken_dev', 'comment', NOW + 1);
    // Ken's row holds his own fields and that one touch's note.
    expect(await db.searchByContact.count()).toBe(1);
    expect(Object.keys((await db.searchByContact.get('x:ken_dev'))!.parts).map((part) => part[0]).sort()).toEqual(['c', 't']);
  });

  it('tags edited in the panel, case- and diacritic-insensitive', async () => {
    await trackContact(db, ken, NOW);
    expect(await found('cafe')).toEqual(['x:ken_dev']);
    await updateContact(db, ken, { tags: ['Mentor', '勉強会'] }, NOW);
    expect(await found('MENTOR 勉強')).toEqual(['x:ken_dev']);
    await updateContact(db, ken, { tags: [] }, NOW);
    expect(await found('mentor')).toEqual([]);
  });

  it('Connections.csv import', async () => {
    const csv = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On', 'Kenji,Itō,https://www.linkedin.com/in/kenji-ito,,Mizuho Bank,Analyst,03 Nov 2024'].join('\r\n');
    await importConnections(db, (await parseLinkedInConnectionsAsync(csv)).rows, NOW);
    expect(await found('ito mizuho')).toEqual(['linkedin:kenji-ito']);
  });

  it('restore, merge and replace; deleting a person removes every row of theirs', async () => {
    const source = freshDb('source');
    await source.contacts.bulkAdd([makeContact('yamada-taro', { name: '山田 太郎' }), makeContact('ethanohara', { name: 'Ethan' })]);
    await source.notes.bulkAdd([makeNote('linkedin:yamada-taro', 'Met at the Toyama meetup', { id: 3 })]);
    await source.touches.bulkAdd([{ id: 2, contactId: 'linkedin:ethanohara', kind: 'meeting', at: NOW, note: 'coffee in Shibuya' }]);
    await source.settings.put({ key: 'user', ...SETTINGS });
    const parsed = parseBackup(serializeBackup(await readBackupData(source), NOW), NOW);
    source.close();
    const backup = (parsed as { ok: true; backup: Backup }).backup;

    await trackContact(db, ayaka, NOW);
    await restoreBackup(db, backup, 'merge');
    expect(await found('toyama')).toEqual(['linkedin:yamada-taro']);
    expect(await found('shibuya')).toEqual(['linkedin:ethanohara']);
    expect(await found('tokyo')).toEqual(['linkedin:ayaka-tanaka']);

    await restoreBackup(db, backup, 'replace');
    expect(await found('tokyo')).toEqual([]);
    expect(await found('山田')).toEqual(['linkedin:yamada-taro']);

    await deleteContact(db, 'linkedin:yamada-taro');
    expect(await found('toyama')).toEqual([]);
    expect((await db.searchByContact.toArray()).map((r) => r.contactId)).not.toContain('linkedin:yamada-taro');
  });

  it('a write that fails leaves the index as it was (same transaction)', async () => {
    await trackContact(db, ayaka, NOW);
    await expect(
      db.transaction('rw', db.contacts, db.notes, async () => {
        await db.notes.add(makeNote('linkedin:ayaka-tanaka', 'never saved zebra'));
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await found('zebra')).toEqual([]);
  });
});

describe('searchPeople', () => {
  it('needs every word, and checks long Japanese runs against the text', async () => {
    await addNote(db, ayaka, '東京 と 京都', NOW);
    await addNote(db, ken, '東京都庁で会った', NOW);
    expect(await found('東京都')).toEqual(['x:ken_dev']);
    expect(await found('東京')).toEqual(['linkedin:ayaka-tanaka', 'x:ken_dev']);
    expect(await found('東京 ken')).toEqual(['x:ken_dev']);
    expect(await found('   ')).toEqual([]);
  });

  it('checks a long Japanese run on the notes whose index rows matched, not on every note of the candidate', async () => {
    for (let i = 0; i < 30; i++) await addNote(db, ken, `東京の話 ${i}`, NOW + i);
    await addNote(db, ken, '京都の話', NOW + 40);
    await addNote(db, ken, '東京都庁で会った', NOW + 50);
    let notesRead = 0;
    db.use({
      stack: 'dbcore',
      name: 'count-note-reads',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          if (name !== 'notes') return table;
          return {
            ...table,
            query: (req) => table.query(req).then((res) => ((notesRead += req.values ? res.result.length : 0), res)),
            getMany: (req) => table.getMany(req).then((res) => ((notesRead += res.length), res)),
          };
        },
      }),
    });
    db.close();
    await db.open();
    expect(await found('東京都')).toEqual(['x:ken_dev']);
    expect(notesRead).toBe(1);
  });

  it('says when a query is too broad to read whole, and still finds the narrow word', async () => {
    const many = Array.from({ length: LOOKUP_CAP + 10 }, (_, i) => makeContact(`p${i}`, { name: `Sam Person${i}` }));
    await db.contacts.bulkAdd(many);
    await db.contacts.put(makeContact('needle', { name: 'Sam Needle' }));
    const broad = await searchPeople(db, 's');
    expect(broad.partial).toBe(true);
    const narrow = await searchPeople(db, 'sam needle');
    expect(narrow.partial).toBe(false);
    expect([...narrow.ids]).toEqual(['linkedin:needle']);
    expect(CHECK_CAP).toBeLessThan(LOOKUP_CAP);
  });
});

describe('listPeopleIds and loadPeopleRows', () => {
  it('orders by most overdue (people without reminders last), last contact, update and name', async () => {
    await db.contacts.bulkAdd([
      makeContact('b', { name: 'さとう', nextDueAt: NOW - 5 * DAY_MS, lastContactAt: NOW - 100 * DAY_MS, updatedAt: NOW - 3 }),
      makeContact('a', { name: 'Émile', nextDueAt: null, lastContactAt: null, updatedAt: NOW - 1 }),
      makeContact('c', { name: 'adam', nextDueAt: NOW - 50 * DAY_MS, lastContactAt: NOW - 2 * DAY_MS, updatedAt: NOW - 2 }),
      makeContact('d', { name: null, nextDueAt: NOW + DAY_MS, lastContactAt: NOW - DAY_MS, updatedAt: NOW }),
    ]);
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    const short = (ids: ContactId[]) => ids.map((id) => id.slice('linkedin:'.length)).join('');
    expect(short(await listPeopleIds(db, 'due', collator))).toBe('cbda');
    expect(short(await listPeopleIds(db, 'last', collator))).toBe('dcba');
    expect(short(await listPeopleIds(db, 'updated', collator))).toBe('dacb');
    expect(short(await listPeopleIds(db, 'name', collator))).toBe('dcab');
  });

  it('the first screen is the start of the whole order, from bounded reads, for every sort', async () => {
    // Half without a reminder or a contact date: they come after the indexed ones, in id order.
    await db.contacts.bulkAdd(
      Array.from({ length: 40 }, (_, i) =>
        makeContact(`p${String(i).padStart(2, '0')}`, {
          name: `Person ${(i * 7) % 40}`,
          nextDueAt: i % 2 ? null : NOW - ((i * 13) % 40) * DAY_MS,
          lastContactAt: i % 2 ? null : NOW - ((i * 11) % 40) * DAY_MS,
          updatedAt: NOW - ((i * 17) % 40),
        }),
      ),
    );
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    for (const sort of ['due', 'last', 'updated', 'name'] as const) {
      const all = await listPeopleIds(db, sort, collator);
      for (const limit of [5, 20, 30, 60]) {
        expect(await firstPeopleIds(db, sort, limit, collator), `${sort} ${limit}`).toEqual({ ids: all.slice(0, limit), total: 40 });
      }
    }
  });

  it('the first screen of an index sort reads no more entries than it shows (the whole order reads them all)', async () => {
    await db.contacts.bulkAdd(Array.from({ length: 500 }, (_, i) => makeContact(`p${i}`, { nextDueAt: NOW + i })));
    // Keys and records read from contacts; a count is one request and reads none.
    let read = 0;
    db.use({
      stack: 'dbcore',
      name: 'count-reads',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            query: async (req) => {
              const res = await table.query(req);
              if (name === 'contacts') read += res.result.length;
              return res;
            },
            openCursor: async (req) => {
              const cursor = await table.openCursor(req);
              if (name === 'contacts' && cursor) read += 1;
              return cursor;
            },
          };
        },
      }),
    });
    db.close();
    await db.open();
    const first = await firstPeopleIds(db, 'due', 20, new Intl.Collator('en'));
    expect(first.ids).toHaveLength(20);
    expect(first.total).toBe(500);
    expect(read).toBeLessThanOrEqual(20);
    read = 0;
    await listPeopleIds(db, 'due', new Intl.Collator('en'));
    expect(read).toBeGreaterThanOrEqual(500);
  });

  it('an aborted search stops with an AbortError', async () => {
    await addNote(db, ayaka, 'hiking in Nagano', NOW);
    const abort = new AbortController();
    abort.abort();
    await expect(searchPeople(db, 'hiking', abort.signal)).rejects.toThrow(/abort/i);
    expect(await found('hiking')).toEqual(['linkedin:ayaka-tanaka']);
  });

  it('loads the rows on screen with their notes and touch notes, newest first', async () => {
    await addNote(db, ayaka, 'first', NOW);
    await addNote(db, ayaka, 'second', NOW + 1);
    await logTouch(db, ayaka, { kind: 'thanks', at: NOW, note: 'thanked' }, NOW);
    await logTouch(db, ayaka, { kind: 'comment', at: NOW + 1 }, NOW);
    const rows = await loadPeopleRows(db, ['linkedin:ayaka-tanaka', 'x:gone']);
    expect([...rows.keys()]).toEqual(['linkedin:ayaka-tanaka']);
    const row = rows.get('linkedin:ayaka-tanaka')!;
    expect(row.notes.map((n) => n.body)).toEqual(['second', 'first']);
    expect(row.touchNotes.map((t) => t.note)).toEqual(['thanked']);
  });
});
