import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DAY_MS, type ProfileSnapshot } from '../model';
import { addNote } from './notes';
import { listContactsOnPage, listMarks } from './on-page';
import type { KakehashiDb } from './schema';
import { saveSettings } from './settings';
import { freshDb } from './test-db';
import { logTouch } from './touches';

const NOW = Date.UTC(2026, 11, 1);
const snap = (handle: string, site: 'linkedin' | 'x' = 'linkedin'): ProfileSnapshot => ({
  site, handle, name: handle.toUpperCase(), headline: null, company: null, location: null, avatarUrl: null,
});

let db: KakehashiDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

describe('listContactsOnPage', () => {
  it('answers only for handles that are contacts, most due first, with the latest note’s first line', async () => {
    await logTouch(db, snap('recent'), { kind: 'message', at: NOW - DAY_MS }, NOW - DAY_MS);
    await logTouch(db, snap('long-ago'), { kind: 'message', at: NOW - 400 * DAY_MS }, NOW - 400 * DAY_MS);
    await addNote(db, snap('long-ago'), 'old note', NOW - 300 * DAY_MS);
    await addNote(db, snap('long-ago'), 'Newest: works on hospital IT\nmore', NOW - 200 * DAY_MS);
    await addNote(db, snap('recent', 'x'), 'same handle on the other site', NOW);

    const rows = await listContactsOnPage(db, 'linkedin', ['stranger', 'recent', 'long-ago', 'recent'], NOW);
    expect(rows.map((r) => r.contact.id)).toEqual(['linkedin:long-ago', 'linkedin:recent']);
    expect(rows.map((r) => r.due)).toEqual([true, false]);
    expect(rows.map((r) => r.noteExcerpt)).toEqual(['Newest: works on hospital IT', null]);
  });

  it('creates nothing for unknown handles', async () => {
    expect(await listContactsOnPage(db, 'x', ['nobody', 'someone'], NOW)).toEqual([]);
    expect(await db.contacts.count()).toBe(0);
  });
});

describe('listMarks', () => {
  beforeEach(async () => {
    await logTouch(db, snap('ayaka'), { kind: 'message', at: NOW - 400 * DAY_MS }, NOW - 400 * DAY_MS);
    await addNote(db, snap('ayaka'), 'Hospital IT in Fukuoka\nsecond line', NOW - DAY_MS);
    await logTouch(db, snap('ken_dev', 'x'), { kind: 'message', at: NOW - DAY_MS }, NOW - DAY_MS);
  });

  it('answers nothing while inline marks are off (the default)', async () => {
    expect(await listMarks(db, 'linkedin', ['ayaka'], NOW)).toEqual([]);
    expect(await listMarks(db, 'x', ['ken_dev'], NOW)).toEqual([]);
  });

  it('when on, answers the card of each known person only', async () => {
    await saveSettings(db, { inlineMarks: true }, () => null);
    const [mark, ...rest] = await listMarks(db, 'linkedin', ['stranger', 'ayaka'], NOW);
    expect(rest).toEqual([]);
    expect(mark).toEqual({ handle: 'ayaka', name: 'AYAKA', noteExcerpt: 'Hospital IT in Fukuoka', lastContactAt: NOW - 400 * DAY_MS, nextDueAt: expect.any(Number), due: true });
  });

  it('answers nothing on LinkedIn in quiet mode, and still answers on X', async () => {
    await saveSettings(db, { inlineMarks: true, quietMode: true }, () => null);
    expect(await listMarks(db, 'linkedin', ['ayaka'], NOW)).toEqual([]);
    expect((await listMarks(db, 'x', ['ken_dev'], NOW)).map((m) => m.handle)).toEqual(['ken_dev']);
  });
});
