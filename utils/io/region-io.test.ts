/** A contact's region and the user's hometown / current city through backup, restore, CSV and vCard. */
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { computeNextDueAt } from '../domain/cadence';
import type { Contact } from '../model';
import { makeContact, SETTINGS, T0 } from './__fixtures__/records';
import { parseBackup, serializeBackup, type Backup } from './backup';
import { planRestore, type ExistingData } from './backup-restore';
import { CONTACT_COLUMNS, contactToRow, CSV_BOM, csvHeader, rowsToCsv } from './csv-export';
import { vcardOf } from './vcard';

const NOW = Date.UTC(2026, 10, 23, 8, 0);
const DAY = 86_400_000;
const due = (c: Contact): Contact => ({ ...c, nextDueAt: computeNextDueAt(c, SETTINGS.defaultCadenceDays) });
const taro = due(makeContact('yamada-taro', { name: '山田 太郎', region: '福岡', userEditedAt: T0 + DAY }));
const ethan = due(makeContact('ethanohara'));

function backupOf(contacts: Contact[], settings = SETTINGS): Backup {
  const result = parseBackup(serializeBackup({ contacts, notes: [], touches: [], settings, suggestionLog: [] }, NOW), NOW);
  if (!result.ok) throw new Error(`${result.error}: ${result.detail}`);
  return result.backup;
}

describe('region in a backup', () => {
  it('round-trips a contact region and the hometown and current city', () => {
    const backup = backupOf([taro, ethan], { ...SETTINGS, hometown: 'ﾌｸｵｶ', currentCity: '東京' });
    expect(backup.data.contacts).toEqual([taro, ethan]);
    expect(backup.data.settings).toMatchObject({ hometown: 'ﾌｸｵｶ', currentCity: '東京' });
    expect('region' in backup.data.contacts[1]!).toBe(false);
  });

  it('refuses a region that is too long, blank or untrimmed, with the field named', () => {
    for (const region of ['x'.repeat(81), '   ', ' 福岡']) {
      const text = serializeBackup({ contacts: [{ ...taro, region }], notes: [], touches: [], settings: SETTINGS, suggestionLog: [] }, NOW);
      const result = parseBackup(text, NOW);
      expect(result.ok).toBe(false);
    }
  });

  it('a backup made before regions (no region, older edit) keeps the region typed here', () => {
    const old = backupOf([{ ...makeContact('yamada-taro', { name: '山田 太郎', tags: ['x'], userEditedAt: T0 + 5 * DAY }) }]);
    const existing: ExistingData = { contacts: [taro], notes: [], touches: [], settings: SETTINGS, suggestionLog: [] };
    const plan = planRestore(existing, old, 'merge', { computeNextDueAt });
    expect(plan.contacts[0]).toMatchObject({ region: '福岡', tags: ['x'] });
  });

  it('merge takes the region of the side the user edited last', () => {
    const there = backupOf([{ ...taro, region: '北九州', userEditedAt: T0 + 3 * DAY }]);
    const existing: ExistingData = { contacts: [taro], notes: [], touches: [], settings: SETTINGS, suggestionLog: [] };
    expect(planRestore(existing, there, 'merge', { computeNextDueAt }).contacts[0]).toMatchObject({ region: '北九州' });
    const older = backupOf([{ ...taro, region: '北九州', userEditedAt: T0 }]);
    const plan = planRestore(existing, older, 'merge', { computeNextDueAt });
    expect(plan.contacts).toEqual([]);
    expect(plan.report.contacts.kept).toBe(1);
  });
});

describe('region in exports', () => {
  it('contacts.csv has a region column after location, neutralised like every text cell', () => {
    expect(CONTACT_COLUMNS.indexOf('region')).toBe(CONTACT_COLUMNS.indexOf('location') + 1);
    const extras = { noteCount: 0, latestNote: null, industryLabel: (id: string) => id };
    const file = CSV_BOM + csvHeader(CONTACT_COLUMNS) + rowsToCsv([contactToRow(taro, extras), contactToRow({ ...ethan, region: '=HYPERLINK("x")' }, extras)]);
    const rows = Papa.parse<Record<string, string>>(file.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.region)).toEqual(['福岡', "'=HYPERLINK(\"x\")"]);
  });

  it('a vCard carries the region as the region component of ADR, read back by ical.js', () => {
    const card = new ICAL.Component(ICAL.parse(vcardOf({ contact: { ...taro, region: '福岡; 博多, 中洲' }, notes: [] })) as unknown[]);
    expect(card.getFirstProperty('adr')!.getFirstValue()).toEqual(['', '', '', '', '福岡; 博多, 中洲', '', '']);
    const none = new ICAL.Component(ICAL.parse(vcardOf({ contact: ethan, notes: [] })) as unknown[]);
    expect(none.getFirstProperty('adr')).toBeNull();
  });
});
