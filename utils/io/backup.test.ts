import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeNextDueAt } from '../domain/cadence';
import { DEFAULT_SETTINGS, type Contact, type Note, type SuggestionLogEntry, type Touch } from '../model';
import { makeContact, makeNote, SETTINGS, T0 } from './__fixtures__/records';
import { parseBackup as parseBackupAt, previewBackup, serializeBackup, type Backup, type BackupData } from './backup';
import { planRestore as planRestoreWith, type ExistingData, type RestoreMode } from './backup-restore';

const NOW = Date.UTC(2026, 10, 23, 8, 0);
const DAY = 86_400_000;

const parseBackup = (text: string) => parseBackupAt(text, NOW);
const planRestore = (existing: ExistingData, backup: Backup, mode: RestoreMode) => planRestoreWith(existing, backup, mode, { computeNextDueAt });
/** A contact as stored: `nextDueAt` consistent with its fields under the default cadence of `SETTINGS`. */
const due = (c: Contact, defaultCadenceDays = SETTINGS.defaultCadenceDays): Contact => ({ ...c, nextDueAt: computeNextDueAt(c, defaultCadenceDays) });

function sampleData(): BackupData {
  const taro = due(makeContact('山田-太郎-3b2a1', {
    name: '山田 太郎', industry: 'financial-services', industrySource: 'manual', tags: ['hometown', '富山'], cadenceDays: 30,
    lastContactAt: T0 + 3 * DAY, connectedAt: Date.UTC(2025, 0, 15), personId: 'p1',
    avatarUrl: 'https://media.licdn.com/dms/image/abc/profile.jpg', lastVisitedAt: T0 + DAY, userEditedAt: T0 + 2 * DAY,
  }));
  const mori = due(makeContact('dr_mori3', { site: 'x', name: 'Dr.Mori 🐷', headline: 'The Pig Whisperer', company: null, personId: 'p1', snoozedUntil: T0 + 9 * DAY, userEditedAt: T0 }));
  const ethan = due(makeContact('ethanohara'));
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
    expect(text.startsWith('{"format":"kakehashi-backup","version":3,"exportedAt":"2026-11-23T08:00:00.000Z"')).toBe(true);
    const backup = parsed(text);
    expect(backup.data).toEqual(data);
    expect(previewBackup(backup)).toEqual({
      version: 3,
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
    ['{"format":"kakehashi-backup","version":4,"data":{}}', 'newer-version'],
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
    ['a diversity goal of 4%', (j) => { j.data.settings.diversityGoalPercent = 4; }, /^data\.settings\.diversityGoalPercent:/],
    ['a diversity goal of 96%', (j) => { j.data.settings.diversityGoalPercent = 96; }, /^data\.settings\.diversityGoalPercent:/],
    ['an old count goal of 0', (j) => { delete (j.data.settings as Partial<typeof SETTINGS>).diversityGoalPercent; Object.assign(j.data.settings, { diversityGoal: 0 }); }, /^data\.settings\.diversityGoal:/],
    ['an old count goal of 31', (j) => { delete (j.data.settings as Partial<typeof SETTINGS>).diversityGoalPercent; Object.assign(j.data.settings, { diversityGoal: 31 }); }, /^data\.settings\.diversityGoal:/],
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

  it.each<[string, (json: { data: BackupData; counts: Record<string, number> }) => void, RegExp]>([
    ['a createdAt of 1e16, beyond what Date can hold', (j) => { j.data.contacts[0]!.createdAt = 1e16; }, /^data\.contacts\.0\.createdAt: not a date from 2000 through 9999$/],
    ['a note edited in the year 10000', (j) => { j.data.notes[0]!.updatedAt = Date.UTC(10_000, 0, 1); }, /^data\.notes\.0\.updatedAt: not a date from 2000/],
    ['a touch before 2000', (j) => { j.data.touches[0]!.at = Date.UTC(1999, 11, 31, 23, 59); }, /^data\.touches\.0\.at: not a date from 2000/],
    ['a snooze of 1e16', (j) => { j.data.contacts[1]!.snoozedUntil = 1e16; }, /^data\.contacts\.1\.snoozedUntil:/],
    ['a userEditedAt of 1e16', (j) => { j.data.contacts[1]!.userEditedAt = 1e16; }, /^data\.contacts\.1\.userEditedAt:/],
    ['a fractional time', (j) => { j.data.contacts[2]!.updatedAt = T0 + 0.5; }, /^data\.contacts\.2\.updatedAt:/],
    ['an onboardedAt of 1970', (j) => { j.data.settings.onboardedAt = 0; }, /^data\.settings\.onboardedAt:/],
    ['a touch two days from now', (j) => { j.data.touches[1]!.at = NOW + 2 * DAY; }, /^data\.touches\.1\.at: later than tomorrow/],
    ['a last contact two days from now', (j) => { j.data.contacts[0]!.lastContactAt = NOW + 2 * DAY; }, /^data\.contacts\.0\.lastContactAt: later than tomorrow/],
  ])('refuses %s, saying which field', (_what, change, detail) => {
    const result = tamper(change);
    expect(result).toMatchObject({ ok: false, error: 'invalid' });
    if (!result.ok) expect(result.detail).toMatch(detail);
  });

  it('accepts the edges of the range: 2000-01-01, a snooze until the end of 9999, a touch up to a day ahead', () => {
    const result = tamper((j) => {
      j.data.contacts[2]!.createdAt = Date.UTC(2000, 0, 1);
      j.data.contacts[2]!.snoozedUntil = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
      j.data.touches[0]!.at = NOW + DAY;
      j.data.contacts[0]!.lastContactAt = NOW + DAY;
    });
    expect(result.ok).toBe(true);
  });
});

describe('a version-2 backup (the diversity goal as a count of industries)', () => {
  it.each([[1, 8], [3, 24], [10, 80], [30, 95]])('maps a goal of %i industries to %i%%', (count, percent) => {
    const json = JSON.parse(serializeBackup(sampleData(), NOW)) as { version: number; data: { settings: Record<string, unknown> } };
    json.version = 2;
    delete json.data.settings.diversityGoalPercent;
    json.data.settings.diversityGoal = count;
    const { settings } = parsed(JSON.stringify(json)).data;
    expect(settings.diversityGoalPercent).toBe(percent);
    expect(settings).not.toHaveProperty('diversityGoal');
  });
});

describe('a version-1 backup (written before userEditedAt existed)', () => {
  const text = readFileSync(new URL('./__fixtures__/backup-v1.2026-01.json', import.meta.url), 'utf8');

  it('still parses, each contact getting userEditedAt as the database upgrade gives it', () => {
    const backup = parsed(text);
    expect(backup.version).toBe(1);
    const [taro, ito] = backup.data.contacts;
    // Tags, a cadence and a manual industry are the user's: the latest they can have been set is updatedAt.
    expect(taro).toMatchObject({ handle: 'yamada-taro', userEditedAt: T0 + 4 * DAY });
    // Imported, never edited: loses to any real edit.
    expect(ito).toMatchObject({ handle: 'imported-ito', userEditedAt: null });
  });

  it('maps its diversity goal (a count of industries, 5) to the default percentage, 40%', () => {
    const { settings } = parsed(text).data;
    expect(settings.diversityGoalPercent).toBe(40);
    expect(settings).not.toHaveProperty('diversityGoal');
  });

  it('restores with every nextDueAt recomputed from the backup settings, whatever the file said', () => {
    const plan = planRestore(EMPTY, parsed(text), 'replace');
    const [taro, ito] = plan.contacts;
    // The file has null (never due) for taro and a date 999 days out for ito; both are wrong.
    expect(taro!.nextDueAt).toBe(computeNextDueAt(taro!, 60));
    expect(taro!.nextDueAt).toBe(Date.UTC(2026, 1, 17, 9, 30)); // last contact 18 Jan + 30 days
    expect(ito!.nextDueAt).toBe(Date.UTC(2026, 2, 16, 9, 30)); // added 15 Jan + the backup's default of 60 days
    expect(plan.notes).toHaveLength(1);
    expect(plan.touches).toHaveLength(1);
  });
});

describe('planRestore merge', () => {
  const backup = parsed(serializeBackup(sampleData(), NOW));
  const [taro, mori, ethan] = backup.data.contacts as [Contact, Contact, Contact];
  const withContacts = (contacts: Contact[]): Backup => ({
    ...backup,
    counts: { ...backup.counts, contacts: contacts.length },
    data: { ...backup.data, contacts },
  });
  const storedOnly = (contacts: Contact[]): ExistingData => ({ ...EMPTY, contacts, settings: SETTINGS });

  it('adds the contacts only in the backup and keeps one that is the same on both sides', () => {
    const plan = planRestore(storedOnly([taro]), backup, 'merge');
    expect(plan.contacts).toEqual([mori, ethan]);
    expect(plan.report.contacts).toMatchObject({ added: 2, updated: 0, kept: 1 });
  });

  it("keeps the user's own edits from the other device even when a headline refresh here is newer", () => {
    // Here: the profile was visited after the backup, refreshing the headline (updatedAt moved on).
    const here: Contact = { ...ethan, headline: 'Staff Engineer at Lumenfield', updatedAt: T0 + 10 * DAY };
    // The backup: on the other device the user set a cadence, tags, an industry, a link and a snooze.
    const there: Contact = {
      ...ethan, cadenceDays: 14, tags: ['rust', '同郷'], industry: 'education', industrySource: 'manual', personId: 'p9',
      snoozedUntil: T0 + 20 * DAY, updatedAt: T0 + 5 * DAY, userEditedAt: T0 + 5 * DAY,
    };
    const plan = planRestore(storedOnly([here]), withContacts([there]), 'merge');
    const merged = {
      ...there, headline: 'Staff Engineer at Lumenfield', updatedAt: T0 + 10 * DAY,
    };
    expect(plan.contacts).toEqual([due(merged)]);
    expect(plan.report.contacts).toEqual({
      added: 0, updated: 1, kept: 0, userFields: { here: 0, backup: 1 }, details: { here: 1, backup: 0 },
    });

    // The other way round: the edits here are the newer ones and stay; the backup's fresher details come in.
    const editedHere: Contact = { ...ethan, cadenceDays: 7, userEditedAt: T0 + 9 * DAY, updatedAt: T0 + 9 * DAY };
    const refreshedThere: Contact = { ...there, headline: 'CTO at Lumenfield', updatedAt: T0 + 12 * DAY };
    const back = planRestore(storedOnly([editedHere]), withContacts([refreshedThere]), 'merge');
    expect(back.contacts).toEqual([
      due({
        ...editedHere, headline: 'CTO at Lumenfield', updatedAt: T0 + 12 * DAY, tags: ['rust', '同郷'],
        // A manual industry is the user's even from the side edited earlier: an automatic one never replaces it.
        industry: 'education', industrySource: 'manual',
      }),
    ]);
    expect(back.report.contacts).toMatchObject({ userFields: { here: 1, backup: 0 }, details: { here: 0, backup: 1 } });
  });

  it('takes the union of tags, the later last contact and visit, the earlier creation, and fills details missing on the fresher side', () => {
    const here: Contact = {
      ...taro, tags: ['hometown', 'mentor'], lastContactAt: T0 + 40 * DAY, lastVisitedAt: T0 + 2 * DAY, createdAt: T0 - 5 * DAY,
      name: null, updatedAt: T0 + 50 * DAY, userEditedAt: T0 + 50 * DAY,
    };
    const plan = planRestore(storedOnly([here]), backup, 'merge');
    expect(plan.contacts).toEqual([
      due({
        ...here, tags: ['hometown', 'mentor', '富山'], lastContactAt: T0 + 40 * DAY, lastVisitedAt: T0 + 2 * DAY,
        createdAt: T0 - 5 * DAY, name: '山田 太郎',
      }),
      mori,
      ethan,
    ]);
  });

  it('lets an automatic industry follow the fresher profile details', () => {
    const here: Contact = { ...ethan, industry: 'technology', industrySource: 'auto', updatedAt: T0 + DAY };
    const there: Contact = { ...ethan, headline: 'Teacher', industry: 'education', industrySource: 'auto', updatedAt: T0 + 2 * DAY };
    expect(planRestore(storedOnly([here]), withContacts([there]), 'merge').contacts).toEqual([due(there)]);
    expect(planRestore(storedOnly([there]), withContacts([here]), 'merge').report.contacts).toMatchObject({ kept: 1 });
  });

  it('recomputes nextDueAt of every restored contact with the settings in effect afterwards', () => {
    const stale = (c: Contact): Contact => ({ ...c, nextDueAt: null });
    const staleBackup = withContacts([stale(taro), stale(mori), stale(ethan)]);
    // Settings stored here (default 30 days) are kept and apply; a contact the same on both sides except
    // its stale nextDueAt is rewritten.
    const local = { ...SETTINGS, defaultCadenceDays: 30 };
    const plan = planRestore({ ...EMPTY, contacts: [due(ethan, 30)], settings: local }, staleBackup, 'merge');
    expect(plan.contacts).toEqual([due(taro, 30), due(mori, 30)]);
    expect(plan.report.contacts).toMatchObject({ added: 2, kept: 1 });
    // No settings stored yet: the backup's become the settings, and apply.
    const fresh = planRestore(EMPTY, staleBackup, 'merge');
    expect(fresh.contacts).toEqual([taro, mori, ethan]);
    // Replace: the backup's settings.
    expect(planRestore(storedOnly([]), staleBackup, 'replace').contacts).toEqual([taro, mori, ethan]);
    expect(mori.nextDueAt).toBe(computeNextDueAt(mori, 90));
  });

  it('merges notes by id: an edit made later replaces the older text; another note under the same id is added', () => {
    const [first, second, third] = backup.data.notes as [Note, Note, Note];
    const existing: ExistingData = {
      ...storedOnly(backup.data.contacts),
      notes: [
        // Note 1 before the edit that the backup holds.
        { ...first, body: 'Met at the Toyama meetup', updatedAt: first.updatedAt - 1 },
        // Note 2 edited here after the backup was made.
        { ...second, body: '次回は金沢で。日程は三月。', updatedAt: second.updatedAt + DAY },
        // Id 5 is a different note here (another contact, another time).
        makeNote(ethan.id, 'written on this machine', { id: 5, createdAt: T0 + 7 }),
      ],
    };
    const plan = planRestore(existing, backup, 'merge');
    const { id: _id, ...thirdWithoutId } = third;
    expect(plan.notes).toEqual([first, thirdWithoutId]);
    expect(plan.report.notes).toEqual({ added: 1, updated: 1, kept: 1 });
  });

  it('merges touches by id and content: never a duplicate, nothing lost', () => {
    const [meeting, comment] = backup.data.touches as [Touch, Touch];
    const existing: ExistingData = {
      ...storedOnly(backup.data.contacts),
      touches: [
        // The same touch (id, contact, time) with its note changed here: kept as stored, not doubled.
        { ...meeting, note: 'coffee at the station' },
        // Id 2 is another touch here; the backup's comment is added under a new id.
        { id: 2, contactId: ethan.id, kind: 'thanks', at: T0 + 8 * DAY },
      ],
    };
    const plan = planRestore(existing, backup, 'merge');
    const { id: _id, ...commentWithoutId } = comment;
    expect(plan.touches).toEqual([commentWithoutId]);
    expect(plan.report.touches).toEqual({ added: 1, updated: 0, kept: 1 });
  });

  it('de-duplicates by content under other ids; keeps free ids and writes taken ones last without id', () => {
    const existing: ExistingData = {
      ...storedOnly(backup.data.contacts),
      // Note 1 is the same note under another id; id 2 and id 5 hold notes of another contact.
      notes: [
        { ...backup.data.notes[0]!, id: 7 },
        makeNote(ethan.id, 'written on this machine', { id: 2 }),
        makeNote(ethan.id, 'also here', { id: 5, createdAt: T0 + 9 }),
      ],
      touches: [{ ...backup.data.touches[1]!, id: 9 }],
      suggestionLog: [backup.data.suggestionLog[0]!],
    };
    const plan = planRestore(existing, backup, 'merge');
    const [, second, third] = backup.data.notes as [Note, Note, Note];
    const withoutId = <T extends { id?: number }>({ id: _id, ...rest }: T) => rest;
    expect(plan.notes).toEqual([withoutId(second), withoutId(third)]);
    expect(plan.report.notes).toEqual({ added: 2, updated: 0, kept: 1 });
    expect(plan.touches).toEqual([backup.data.touches[0]]);
    expect(plan.suggestionLog).toEqual([backup.data.suggestionLog[1]]);
    expect(plan.settings).toBeNull();
    expect(plan.report.settings).toBe('kept');

    const fresh = planRestore({ ...existing, notes: [makeNote(ethan.id, 'mine', { id: 1 })] }, backup, 'merge');
    expect(fresh.notes.map((n) => n.id)).toEqual([2, 5, undefined]);
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

describe('a renamed or re-keyed contact (aliases, xUserId)', () => {
  const renamed = due(makeContact('mika_tsukuru', { site: 'x', name: '高橋 美香', aliases: ['x:mika_builds'], xUserId: '1500000000000000077' }));
  const before = due(makeContact('mika_builds', { site: 'x', name: '高橋 美香', tags: ['盛岡'], userEditedAt: T0 + DAY }));
  const dataWith = (contact: Contact, notes: Note[]): BackupData => ({ contacts: [contact], notes, touches: [], settings: SETTINGS, suggestionLog: [] });

  it('round-trips its aliases and X user id', () => {
    const backup = parsed(serializeBackup(dataWith(renamed, []), NOW));
    expect(backup.data.contacts[0]).toMatchObject({ aliases: ['x:mika_builds'], xUserId: '1500000000000000077' });
  });

  it('refuses an alias that is the own id and an X id on LinkedIn (an alias on the other site is a merged record)', () => {
    expect(parseBackup(serializeBackup(dataWith({ ...renamed, aliases: ['linkedin:mika-builds'] }, []), NOW))).toMatchObject({ ok: true });
    for (const bad of [
      { ...renamed, aliases: ['x:mika_tsukuru'] },
      { ...due(makeContact('aiko')), xUserId: '1' },
    ] as Contact[]) {
      expect(parseBackup(serializeBackup(dataWith(bad, []), NOW))).toMatchObject({ ok: false, error: 'invalid' });
    }
  });

  it('an older backup under the old handle merges into the re-keyed record: one person, its note kept', () => {
    const old = parsed(serializeBackup(dataWith(before, [makeNote(before.id, 'from the old backup', { id: 9 })]), NOW));
    const plan = planRestore({ ...EMPTY, contacts: [renamed], settings: SETTINGS }, old, 'merge');
    expect(plan.contacts.map((c) => c.id)).toEqual(['x:mika_tsukuru']);
    expect(plan.contacts[0]).toMatchObject({ tags: ['盛岡'], aliases: ['x:mika_builds'], xUserId: '1500000000000000077' });
    expect(plan.notes.map((n) => [n.contactId, n.body])).toEqual([['x:mika_tsukuru', 'from the old backup']]);
  });
});
