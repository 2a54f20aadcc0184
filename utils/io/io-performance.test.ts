/**
 * Scale sanity for 100,000 contacts (DESIGN.md). Prints timings only: machines differ, so there are no
 * timed assertions, but the results are checked so a fast wrong answer does not pass.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { computeNextDueAt } from '../domain/cadence';
import type { Contact } from '../model';
import { makeContact, makeNote, SETTINGS } from './__fixtures__/records';
import { parseBackup, serializeBackup } from './backup';
import { planRestore } from './backup-restore';
import { CONTACT_COLUMNS, CSV_BOM, contactToRow, csvHeader, rowsToCsv } from './csv-export';
import { parseLinkedInConnectionsAsync } from './linkedin-connections';
import { planConnectionImport } from './linkedin-connections-plan';

async function time<T>(label: string, run: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  console.log(`[io timing] ${label}: ${(performance.now() - start).toFixed(0)} ms`);
  return result;
}

// Generous timeouts: these build 100k-record files, and CI machines are shared.
describe('performance sanity (printed, not asserted)', { timeout: 120_000 }, () => {
  it('parses and plans a 10,000-row Connections.csv', async () => {
    const lines = ['Notes:', '"When exporting your connection data, …"', '', 'First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
    for (let i = 0; i < 10_000; i++) {
      lines.push(`名前${i},"Family, ${i}",https://www.linkedin.com/in/member-${i}/,,"Company ${i % 500}, Inc.",Engineer,0${(i % 9) + 1} Feb 2026`);
    }
    const text = lines.join('\n');
    const parsed = await time('parse 10,000 Connections.csv rows', () => parseLinkedInConnectionsAsync(text));
    expect(parsed.rows).toHaveLength(10_000);
    expect(parsed.problems).toEqual([]);
    const plan = await time('plan import of 10,000 rows', () =>
      planConnectionImport(parsed.rows, new Map(), Date.now(), {}),
    );
    expect(plan.add).toHaveLength(10_000);
  });

  it('builds contacts.csv for 100,000 contacts in chunks of 1,000', async () => {
    const contacts: Contact[] = Array.from({ length: 100_000 }, (_, i) =>
      makeContact(`member-${i}`, { name: `山田 太郎 ${i}`, tags: ['a', 'b'], headline: i % 7 === 0 ? '=cmd|x' : 'Engineer, "Tokyo"' }),
    );
    const extras = { noteCount: 1, latestNote: 'Met at the meetup,\nfollow up 🍣', industryLabel: (id: string) => id };
    const file = await time('contacts.csv for 100,000 contacts (100 chunks)', () => {
      const parts = [CSV_BOM, csvHeader(CONTACT_COLUMNS)];
      for (let i = 0; i < contacts.length; i += 1_000) {
        parts.push(rowsToCsv(contacts.slice(i, i + 1_000).map((c) => contactToRow(c, extras))));
      }
      return parts.join('');
    });
    console.log(`[io timing] contacts.csv size: ${(file.length / 1024 / 1024).toFixed(1)} M characters`);
    const back = Papa.parse<string[]>(file.slice(1), { skipEmptyLines: true });
    expect(back.data).toHaveLength(100_001);
  });

  it('serialises, parses and plans a backup of 100,000 contacts and 100,000 notes', async () => {
    const contacts = Array.from({ length: 100_000 }, (_, i) => makeContact(`member-${i}`));
    const notes = contacts.map((c, i) => makeNote(c.id, `note ${i}: 次回は金沢で。`, { id: i + 1 }));
    const data = { contacts, notes, touches: [], settings: SETTINGS, suggestionLog: [] };
    const text = await time('serializeBackup (100k contacts + 100k notes)', () => serializeBackup(data, Date.now()));
    console.log(`[io timing] backup size: ${(text.length / 1024 / 1024).toFixed(1)} M characters`);
    const result = await time('parseBackup with full validation', () => parseBackup(text, Date.now()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const existing = { contacts: contacts.slice(0, 50_000), notes: notes.slice(0, 50_000), touches: [], settings: SETTINGS, suggestionLog: [] };
    const plan = await time('planRestore merge into 50k existing', () => planRestore(existing, result.backup, 'merge', { computeNextDueAt }));
    expect(plan.notes).toHaveLength(50_000);
  });
});
