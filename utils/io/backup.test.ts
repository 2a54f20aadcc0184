import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Contact, type Note, type SuggestionLogEntry, type Touch } from '../model';
import { makeContact, makeNote, SETTINGS, T0 } from './__fixtures__/records';
import { parseBackup, planRestore, previewBackup, serializeBackup, type Backup, type BackupData } from './backup';
import type { ExistingData } from './backup-restore';

const NOW = Date.UTC(2026, 10, 23, 8, 0);
const DAY = 86_400_000;

function sampleData(): BackupData {
  const taro = makeContact('山田-太郎-3b2a1', {
    name: '山田 太郎', industry: 'financial-services', industrySource: 'manual', tags: ['hometown', '富山'], cadenceDays: 30,
    lastContactAt: T0 + 3 * DAY, nextDueAt: T0 + 33 * DAY, connectedAt: Date.UTC(2025, 0, 15), personId: 'p1',
    avatarUrl: 'https://media.licdn.com/dms/image/abc/profile.jpg', lastVisitedAt: T0 + DAY,
  });
  const mori = makeContact('dr_mori3', { site: 'x', name: 'Dr.Mori 🐷', headline: 'The Pig Whisperer', company: null, personId: 'p1', snoozedUntil: T0 + 9 * DAY });
  const ethan = makeContact('ethanohara');
  const notes: Note[] = [
    makeNote(taro.id, 'Met at the Toyama meetup, "great" talk,\nasked about 🐟 exports.', { id: 1 }),
    makeNote(taro.id, '次回は金沢で。', { id: 2, createdAt: T0 + DAY, updatedAt: T0 + 2 * DAY }),
    makeNote(mori.id, '🐷', { id: 5 }),
  ];
  const touches: Touch[] = [
    { id: 1, contactId: taro.id, kind: 'meeting', at: T0 + 3 * DAY, note: 'coffee' },
    { id: 2, contactId: mori.id, kind: 'comment', at: T0 + 2 * DAY },
  ];
  const suggestionLog: SuggestionLogEntry[] = [
    { id: 1, contactId: ethan.id, at: T0 + DAY, outcome: 'shown' },
    { id: 2, contactId: ethan.id, at: T0 + DAY + 5, outcome: 'skipped' },
  ];
  return { contacts: [taro, mori, ethan], notes, touches, settings: SETTINGS, suggestionLog };
}

const EMPTY: ExistingData = { contacts: [], notes: [], touches: [], settings: null, suggestionLog: [] };

function parsed(text: string): Backup {
  const result = parseBackup(text);
  if (!result.ok) throw new Error(`${result.error}: ${result.detail}`);
  return result.backup;
}

describe('serializeBackup / parseBackup', () => {
  it('puts format and version first and round-trips every record', () => {
    const data = sampleData();
    const text = serializeBackup(data, NOW);
    expect(text.startsWith('{"format":"kakehashi-backup","version":1,"exportedAt":"2026-11-23T08:00:00.000Z"')).toBe(true);
    const backup = parsed(text);
    expect(backup.data).toEqual(data);
    expect(previewBackup(backup)).toEqual({
      version: 1,
      exportedAt: '2026-11-23T08:00:00.000Z',
      counts: { contacts: 3, notes: 3, touches: 2, suggestionLog: 2 },
    });
  });

  it('restored into an empty database (replace or merge) is identical to the original', () => {
    const data = sampleData();
    const backup = parsed(serializeBackup(data, NOW));
    for (const mode of ['replace', 'merge'] as const) {
      const plan = planRestore(EMPTY, backup, mode);
      const restored: BackupData = {
        contacts: plan.contacts,
        notes: plan.notes,
        touches: plan.touches,
        settings: plan.settings!,
        suggestionLog: plan.suggestionLog,
      };
      expect(restored).toEqual(data);
      expect(plan.clearFirst).toBe(mode === 'replace');
    }
  });

  it('accepts a BOM and pretty-printing', () => {
    const pretty = '\uFEFF' + JSON.stringify(JSON.parse(serializeBackup(sampleData(), NOW)), null, 2);
    expect(parseBackup(pretty).ok).toBe(true);
  });

  it.each([
    ['', 'not-json'],
    ['hello', 'not-json'],
    ['<html></html>', 'not-json'],
    ['[1,2]', 'not-kakehashi'],
    ['"kakehashi-backup"', 'not-kakehashi'],
    ['{"format":"other-app","version":1}', 'not-kakehashi'],
    ['{"format":"kakehashi-backup","version":2,"data":{}}', 'newer-version'],
    ['{"format":"kakehashi-backup","version":"1"}', 'invalid'],
    ['{"format":"kakehashi-backup","version":1}', 'invalid'],
  ])('%j → %s', (text, error) => {
    const result = parseBackup(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBe(error);
  });

  it("calls someone's package.json not a Kakehashi backup", () => {
    const packageJson = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
    expect(parseBackup(packageJson)).toMatchObject({ ok: false, error: 'not-kakehashi' });
  });

  it('recognises a backup cut in half (or anywhere) as truncated', () => {
    const text = serializeBackup(sampleData(), NOW);
    expect(parseBackup(text.slice(0, text.length / 2))).toMatchObject({ ok: false, error: 'truncated' });
    for (const cut of [30, 100, 500, text.length - 1]) {
      expect(parseBackup(text.slice(0, cut))).toMatchObject({ ok: false, error: 'truncated' });
    }
  });

  const tamper = (change: (json: { data: BackupData; counts: Record<string, number> }) => void) => {
    const json = JSON.parse(serializeBackup(sampleData(), NOW));
    change(json);
    return parseBackup(JSON.stringify(json));
  };

  it.each<[string, (json: { data: BackupData; counts: Record<string, number> }) => void, RegExp]>([
    ['a note over 10,000 characters', (j) => { j.data.notes[0]!.body = 'あ'.repeat(10_001); }, /^data\.notes\.0\.body:/],
    ['an id that is not <site>:<handle>', (j) => { j.data.notes[0]!.contactId = 'facebook:taro' as never; }, /^data\.notes\.0\.contactId:/],
    ['an upper-case handle', (j) => { j.data.contacts[2]!.handle = 'EthanOHara'; j.data.contacts[2]!.id = 'linkedin:EthanOHara'; }, /^data\.contacts\.2\.id:/],
    ['an X handle with a dot', (j) => { j.data.contacts[1]!.handle = 'dr.mori'; j.data.contacts[1]!.id = 'x:dr.mori'; }, /^data\.contacts\.1\.id:/],
    ['an id that does not match site and handle', (j) => { j.data.contacts[2]!.handle = 'someone-else'; }, /^data\.contacts\.2:/],
    ['an unknown touch kind', (j) => { (j.data.touches[0] as { kind: string }).kind = 'poke'; }, /^data\.touches\.0\.kind:/],
    ['a date as a string', (j) => { (j.data.contacts[0] as { createdAt: unknown }).createdAt = '2026-01-01'; }, /^data\.contacts\.0\.createdAt:/],
    ['a missing settings field', (j) => { delete (j.data.settings as Partial<typeof SETTINGS>).language; }, /^data\.settings\.language:/],
    ['a javascript: avatar', (j) => { j.data.contacts[0]!.avatarUrl = 'javascript:alert(1)'; }, /^data\.contacts\.0\.avatarUrl:/],
    ['counts that do not match the data', (j) => { j.counts.notes = 2; }, /counts\.notes/],
    ['a duplicate note id', (j) => { j.data.notes[1]!.id = 1; }, /notes: id 1 appears twice/],
    ['a duplicate contact', (j) => { j.data.contacts.push(j.data.contacts[0]!); j.counts.contacts = 4; }, /contacts: id .* appears twice/],
    // The same bounds as message validation (utils/limits.ts and the taxonomy):
    ['an industry outside the taxonomy', (j) => { j.data.contacts[0]!.industry = 'crypto-moonshots'; }, /^data\.contacts\.0\.industry:/],
    ['an own industry outside the taxonomy', (j) => { j.data.settings.industry = 'finance'; }, /^data\.settings\.industry:/],
    ['an empty note body', (j) => { j.data.notes[0]!.body = ''; }, /^data\.notes\.0\.body:/],
    ['a note body of only spaces', (j) => { j.data.notes[0]!.body = ' \n\u3000 '; }, /^data\.notes\.0\.body:/],
    ['a diversity goal of 0', (j) => { j.data.settings.diversityGoal = 0; }, /^data\.settings\.diversityGoal:/],
    ['a diversity goal of 31', (j) => { j.data.settings.diversityGoal = 31; }, /^data\.settings\.diversityGoal:/],
    ['a cadence of more than two years', (j) => { j.data.contacts[0]!.cadenceDays = 731; }, /^data\.contacts\.0\.cadenceDays:/],
    ['a default cadence of 0', (j) => { j.data.settings.defaultCadenceDays = 0; }, /^data\.settings\.defaultCadenceDays:/],
    ['a touch note over 2,000 characters', (j) => { j.data.touches[0]!.note = 'x'.repeat(2001); }, /^data\.touches\.0\.note:/],
    ['a name over 200 characters', (j) => { j.data.contacts[0]!.name = 'x'.repeat(201); }, /^data\.contacts\.0\.name:/],
    ['a tag over 40 characters', (j) => { j.data.contacts[0]!.tags = ['x'.repeat(41)]; }, /^data\.contacts\.0\.tags\.0:/],
    ['an X handle of 16 characters', (j) => { j.data.contacts[1]!.handle = 'this_is_sixteen_'; j.data.contacts[1]!.id = 'x:this_is_sixteen_'; }, /^data\.contacts\.1\.id:/],
  ])('rejects %s as invalid', (_what, change, detail) => {
    const result = tamper(change);
    expect(result).toMatchObject({ ok: false, error: 'invalid' });
    if (!result.ok) expect(result.detail).toMatch(detail);
  });

  it('rebuilds every url from the key, whatever host the file names', () => {
    const result = tamper((j) => {
      j.data.contacts[0]!.url = 'https://evil.example/in/%E5%B1%B1%E7%94%B0-%E5%A4%AA%E9%83%8E-3b2a1/';
      j.data.contacts[1]!.url = 'javascript:alert(1)';
      j.data.contacts[2]!.url = '';
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup.data.contacts.map((c) => c.url)).toEqual([
      'https://www.linkedin.com/in/%E5%B1%B1%E7%94%B0-%E5%A4%AA%E9%83%8E-3b2a1/',
      'https://x.com/dr_mori3',
      'https://www.linkedin.com/in/ethanohara/',
    ]);
  });

  it('leaves out notes, touches and suggestion records of contacts not in the file, and counts them', () => {
    const result = tamper((j) => {
      j.data.contacts = j.data.contacts.filter((c) => c.site !== 'x'); // mori goes; his note and touch stay
      j.data.suggestionLog.push({ id: 9, contactId: 'linkedin:nobody', at: T0, outcome: 'done' });
      j.counts.contacts = 2;
      j.counts.suggestionLog = 3;
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.orphans).toEqual({ notes: 1, touches: 1, suggestionLog: 1 });
    const { data } = result.backup;
    expect(data.notes.map((n) => n.id)).toEqual([1, 2]);
    expect(data.touches.map((t) => t.id)).toEqual([1]);
    expect(data.suggestionLog.map((s) => s.id)).toEqual([1, 2]);
    expect(previewBackup(result.backup).counts).toEqual({ contacts: 2, notes: 2, touches: 1, suggestionLog: 2 });
    expect(parseBackup(serializeBackup(sampleData(), NOW))).toMatchObject({ ok: true, orphans: { notes: 0, touches: 0, suggestionLog: 0 } });
  });

  it('drops keys it does not know', () => {
    const result = tamper((j) => { (j.data.contacts[0] as unknown as Record<string, unknown>).__proto_pollution = 1; });
    expect(result.ok).toBe(true);
    if (result.ok) expect(Object.keys(result.backup.data.contacts[0]!)).not.toContain('__proto_pollution');
  });
});

describe('planRestore merge', () => {
  const backup = parsed(serializeBackup(sampleData(), NOW));
  const [taro, mori, ethan] = backup.data.contacts as [Contact, Contact, Contact];

  it('lets the newer updatedAt win per contact, adds the missing ones, keeps a tie', () => {
    const existing: ExistingData = {
      ...EMPTY,
      contacts: [
        { ...taro, name: 'Taro (older copy)', updatedAt: taro.updatedAt - 1 },
        { ...mori, name: 'Mori (edited after the backup)', updatedAt: mori.updatedAt + 1 },
      ],
      settings: DEFAULT_SETTINGS,
    };
    const plan = planRestore(existing, backup, 'merge');
    expect(plan.contacts).toEqual([taro, ethan]);
    expect(plan.report.contacts).toEqual({ added: 1, updated: 1, kept: 1 });
    expect(planRestore({ ...existing, contacts: [taro] }, backup, 'merge').report.contacts).toEqual({ added: 2, updated: 0, kept: 1 });
  });

  it('keeps a manual industry and the later last contact, recomputing when due', () => {
    const existing: ExistingData = {
      ...EMPTY,
      contacts: [{ ...ethan, industry: 'education', industrySource: 'manual', lastContactAt: T0 + 50 * DAY, updatedAt: ethan.updatedAt - 1 }],
      settings: DEFAULT_SETTINGS,
    };
    const newer: Backup = { ...backup, data: { ...backup.data, contacts: [{ ...ethan, industry: 'technology-information-media', industrySource: 'auto', updatedAt: ethan.updatedAt + 10 }] } };
    const plan = planRestore(existing, newer, 'merge', { computeNextDueAt: (c) => c.lastContactAt! + 90 * DAY });
    expect(plan.contacts).toEqual([
      { ...ethan, updatedAt: ethan.updatedAt + 10, industry: 'education', industrySource: 'manual', lastContactAt: T0 + 50 * DAY, nextDueAt: T0 + 140 * DAY },
    ]);
  });

  it('de-duplicates notes, touches and the suggestion log; keeps free ids and writes taken ones last without id', () => {
    const existing: ExistingData = {
      ...EMPTY,
      contacts: backup.data.contacts,
      // Note 1 is the same note under another id; id 2 holds a different note; id 5 holds another.
      notes: [
        { ...backup.data.notes[0]!, id: 7 },
        makeNote(ethan.id, 'written on this machine', { id: 2 }),
        makeNote(ethan.id, 'also here', { id: 5, createdAt: T0 + 9 }),
      ],
      touches: [{ ...backup.data.touches[1]!, id: 1, note: 'same touch, note edited' }],
      suggestionLog: [backup.data.suggestionLog[0]!],
      settings: DEFAULT_SETTINGS,
    };
    const plan = planRestore(existing, backup, 'merge');
    const [, second, third] = backup.data.notes as [Note, Note, Note];
    const withoutId = <T extends { id?: number }>({ id: _id, ...rest }: T) => rest;
    expect(plan.notes).toEqual([withoutId(second), withoutId(third)]);
    expect(plan.report.notes).toEqual({ added: 2, updated: 0, kept: 1 });
    expect(plan.touches).toEqual([withoutId(backup.data.touches[0]!)]);
    expect(plan.suggestionLog).toEqual([backup.data.suggestionLog[1]]);
    expect(plan.settings).toBeNull();
    expect(plan.report.settings).toBe('kept');

    const fresh = planRestore({ ...existing, notes: [makeNote(ethan.id, 'mine', { id: 1 })] }, backup, 'merge');
    expect(fresh.notes.map((n) => n.id)).toEqual([2, 5, undefined]);
  });

  it('keeps a note edited on one side as two notes rather than losing text', () => {
    const first = backup.data.notes[0]!;
    const existing: ExistingData = { ...EMPTY, notes: [{ ...first, body: `${first.body} (edited)`, updatedAt: first.updatedAt + 1 }], settings: SETTINGS };
    expect(planRestore(existing, backup, 'merge').notes.map((n) => n.body)).toContain(first.body);
  });
});

describe('planRestore replace', () => {
  it('writes everything from the backup after clearing, whatever is stored', () => {
    const backup = parsed(serializeBackup(sampleData(), NOW));
    const existing: ExistingData = {
      contacts: [makeContact('someone-else')],
      notes: [makeNote('linkedin:someone-else', 'gone after replace', { id: 1 })],
      touches: [],
      settings: DEFAULT_SETTINGS,
      suggestionLog: [],
    };
    const plan = planRestore(existing, backup, 'replace');
    expect(plan.clearFirst).toBe(true);
    expect(plan.notes).toEqual(backup.data.notes);
    expect(plan.contacts).toEqual(backup.data.contacts);
    expect(plan.settings).toEqual(SETTINGS);
  });
});
