import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeContact, makeNote, T0 } from '../io/__fixtures__/records';
import { parseLinkedInConnectionsAsync } from '../io/linkedin-connections';
import type { Contact, ContactId } from '../model';
import { addCalendarDays } from '../domain/calendar';
import { countDue } from './due';
import { importConnections } from './import-connections';
import type { KakehashiDb } from './schema';
import { freshDb } from './test-db';

const NOW = Date.UTC(2026, 10, 23, 9);
const fixture = (name: string) => readFileSync(new URL(`../io/__fixtures__/${name}`, import.meta.url), 'utf8');

const CSV = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing."',
  '',
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  '彩花,田中,https://www.linkedin.com/in/ayaka-tanaka,,東京医療センター,看護師,07 Feb 2026',
  'Ethan,O\'Hara,https://www.linkedin.com/in/ethanohara,ethan@example.com,Lumenfield,Software Engineer,15 Jan 2025',
  'Kenji,Ito,https://www.linkedin.com/in/kenji-ito,,Mizuho Bank,Analyst,03 Nov 2024',
  'Nadia,Haddad,,,Cedar Hospital,Surgeon,09 Sep 2015',
].join('\r\n');

let db: KakehashiDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

const rowsOf = async (text: string) => (await parseLinkedInConnectionsAsync(text)).rows;

describe('importConnections', () => {
  it('adds new contacts with an automatic industry and no reminders, and never stores e-mail addresses', async () => {
    const report = await importConnections(db, await rowsOf(CSV), NOW);
    expect(report).toMatchObject({ imported: 3, updated: 0, unchanged: 0 });
    expect(report.skipped).toEqual([{ line: 8, reason: 'no-url', detail: expect.any(String) }]);
    const ayaka = await db.contacts.get('linkedin:ayaka-tanaka');
    expect(ayaka).toMatchObject({
      name: '田中 彩花', headline: '看護師 at 東京医療センター', company: '東京医療センター',
      industry: 'hospitals-health-care', industrySource: 'auto', connectedAt: Date.UTC(2026, 1, 7), createdAt: NOW, lastContactAt: null,
      // An import is not the user editing their own fields.
      userEditedAt: null,
    });
    expect(ayaka).toMatchObject({ cadenceDays: 0, nextDueAt: null });
    expect(JSON.stringify(await db.contacts.toArray())).not.toContain('@example.com');
  });

  it('fills only gaps on stored contacts: notes, touches, tags and a manual industry are never overwritten', async () => {
    const stored: Contact = makeContact('kenji-ito', {
      name: 'Kenji Ito (from profile)', headline: null, company: null, industry: 'education', industrySource: 'manual',
      tags: ['mentor'], cadenceDays: 30, lastContactAt: T0, nextDueAt: T0 + 30 * 86_400_000, userEditedAt: T0,
    });
    await db.contacts.add(stored);
    await db.notes.add(makeNote(stored.id, '大事なメモ'));
    await db.touches.add({ contactId: stored.id, kind: 'meeting', at: T0 });

    const report = await importConnections(db, await rowsOf(CSV), NOW);
    expect(report).toMatchObject({ imported: 2, updated: 1, unchanged: 0 });
    expect(await db.contacts.get(stored.id)).toEqual({
      ...stored,
      headline: 'Analyst at Mizuho Bank',
      company: 'Mizuho Bank',
      connectedAt: Date.UTC(2024, 10, 3),
      updatedAt: NOW,
    });
    expect(await db.notes.toArray()).toEqual([expect.objectContaining({ body: '大事なメモ' })]);
    expect(await db.touches.count()).toBe(1);
  });

  it('imports nothing the second time the same file is imported', async () => {
    await importConnections(db, await rowsOf(CSV), NOW);
    const before = await db.contacts.toArray();
    const again = await importConnections(db, await rowsOf(CSV), NOW + 1000);
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 3 });
    expect(await db.contacts.toArray()).toEqual(before);
  });

  it('reads only the contacts named in the file', async () => {
    await db.contacts.bulkAdd(Array.from({ length: 50 }, (_, i) => makeContact(`other-${i}`)));
    const report = await importConnections(db, await rowsOf(CSV), NOW);
    expect(report.imported).toBe(3);
    expect(await db.contacts.count()).toBe(53);
  });

  it('skips every row of a legacy export (no profile URL) and writes nothing', async () => {
    const parsed = await parseLinkedInConnectionsAsync(fixture('connections-legacy.2018-01.csv'));
    expect(parsed.format).toBe('legacy');
    const report = await importConnections(db, parsed.rows, NOW);
    expect(report.imported).toBe(0);
    expect(report.skipped.length).toBeGreaterThan(0);
    expect(new Set(report.skipped.map((s) => s.reason))).toEqual(new Set(['no-url']));
    expect(await db.contacts.count()).toBe(0);
  });

  it('imports the current-format fixture, Japanese names family name first', async () => {
    const parsed = await parseLinkedInConnectionsAsync(fixture('connections-current.2026-02.csv'));
    const report = await importConnections(db, parsed.rows, NOW);
    expect(report.imported).toBe(await db.contacts.count());
    expect((await db.contacts.get('linkedin:taro-yamada-3b2a1' as ContactId))?.name).toBe('山田 太郎');
  });

  it('with the opt-in, staggers new people from tomorrow around the people already due, and never floods a day', async () => {
    const csv = [
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
      ...Array.from({ length: 40 }, (_, i) => `P${i},X,https://www.linkedin.com/in/p-${i},,,,07 Feb 2026`),
    ].join('\r\n');
    // Three people already due tomorrow; one of them is also in the file and keeps its reminder.
    const tomorrow = addCalendarDays(NOW, 1);
    const stored = [makeContact('busy-a', { nextDueAt: tomorrow }), makeContact('busy-b', { nextDueAt: tomorrow }),
      makeContact('p-0', { cadenceDays: 30, nextDueAt: tomorrow })];
    await db.contacts.bulkAdd(stored);

    const report = await importConnections(db, await rowsOf(csv), NOW, { remind: true });
    expect(report).toMatchObject({ imported: 39 });
    expect(await db.contacts.get('linkedin:p-0')).toMatchObject({ cadenceDays: 30, nextDueAt: tomorrow });

    const midnight = new Date(NOW);
    midnight.setHours(0, 0, 0, 0);
    const perDay: number[] = [];
    for (let day = 0; day < 12; day++) {
      const start = addCalendarDays(midnight.getTime(), day);
      perDay.push(await db.contacts.where('nextDueAt').between(start, addCalendarDays(start, 1), true, false).count());
    }
    expect(perDay).toEqual([0, 5, 5, 5, 5, 5, 5, 5, 5, 2, 0, 0]); // 3 + 39 = 42 = 8 × 5 + 2
    // Nobody is due at the import itself, so the badge does not jump.
    expect(await countDue(db, NOW)).toBe(0);
    expect(await countDue(db, addCalendarDays(NOW, 3))).toBe(15);
  });
});
