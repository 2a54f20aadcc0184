import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeNextDueAt } from '../domain/cadence';
import { DAY_MS, type ProfileSnapshot } from '../model';
import { searchPeople } from './people';
import type { KakehashiDb } from './schema';
import { addTouch, deleteTouch, logTouch, updateTouch } from './touches';
import { updateNote, addNote, deleteNote } from './notes';
import { freshDb } from './test-db';

const NOW = Date.UTC(2026, 10, 23, 3);
const ayaka: ProfileSnapshot = { site: 'linkedin', handle: 'ayaka', name: 'Ayaka', headline: null, company: null, location: null, avatarUrl: null };
const ID = 'linkedin:ayaka' as const;
let db: KakehashiDb;

beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

describe('editing the touch history', () => {
  it('re-dates last contact and next due on every add, edit and delete', async () => {
    const first = await logTouch(db, ayaka, { kind: 'meeting', at: NOW - 200 * DAY_MS }, NOW);
    const second = await addTouch(db, ID, { kind: 'thanks', at: NOW - 10 * DAY_MS, note: 'thanks for the intro' }, NOW);
    expect(await db.contacts.get(ID)).toMatchObject({ lastContactAt: NOW - 10 * DAY_MS });

    let contact = await updateTouch(db, second.id!, ID, { kind: 'ask', at: NOW - 30 * DAY_MS, note: 'asked about hiring' }, NOW + 1);
    expect(contact.lastContactAt).toBe(NOW - 30 * DAY_MS);
    expect(contact.nextDueAt).toBe(computeNextDueAt({ ...contact }, 90));
    expect(await db.touches.get(second.id!)).toEqual({ id: second.id, contactId: ID, kind: 'ask', at: NOW - 30 * DAY_MS, note: 'asked about hiring', industry: null });
    // Moved before the older touch: the older one is now the last contact.
    contact = await updateTouch(db, second.id!, ID, { kind: 'ask', at: NOW - 300 * DAY_MS }, NOW + 2);
    expect(contact.lastContactAt).toBe(NOW - 200 * DAY_MS);
    expect((await db.touches.get(second.id!))!.note).toBeUndefined();

    contact = await deleteTouch(db, first.id!, ID, NOW + 3);
    expect(contact.lastContactAt).toBe(NOW - 300 * DAY_MS);
    contact = await deleteTouch(db, second.id!, ID, NOW + 4);
    expect(contact).toMatchObject({ lastContactAt: null, nextDueAt: computeNextDueAt({ ...contact, lastContactAt: null }, 90) });
  });

  it('refuses a touch of someone else, changing nothing', async () => {
    const touch = await logTouch(db, ayaka, { kind: 'meeting', at: NOW - DAY_MS }, NOW);
    await logTouch(db, { ...ayaka, handle: 'ken' }, { kind: 'meeting', at: NOW - DAY_MS }, NOW);
    await expect(updateTouch(db, touch.id!, 'linkedin:ken', { kind: 'call', at: NOW }, NOW)).rejects.toThrow('no longer exists');
    await expect(deleteTouch(db, touch.id!, 'linkedin:ken', NOW)).rejects.toThrow('no longer exists');
    expect(await db.touches.get(touch.id!)).toMatchObject({ contactId: ID, kind: 'meeting' });
  });

  it('keeps the search index current: an edited touch note or note is found by its new words only', async () => {
    const touch = await logTouch(db, ayaka, { kind: 'meeting', at: NOW - DAY_MS, note: 'kanazawa trip' }, NOW);
    const ids = async (q: string) => [...(await searchPeople(db, q)).ids];
    expect(await ids('kanazawa')).toEqual([ID]);
    await updateTouch(db, touch.id!, ID, { kind: 'meeting', at: NOW - DAY_MS, note: 'fukuoka trip' }, NOW);
    expect(await ids('kanazawa')).toEqual([]);
    expect(await ids('fukuoka')).toEqual([ID]);
    await deleteTouch(db, touch.id!, ID, NOW);
    expect(await ids('fukuoka')).toEqual([]);

    const note = await addNote(db, ayaka, 'supply chain study group', NOW);
    await updateNote(db, note.id!, ID, 'logistics meetup', NOW);
    expect(await ids('supply')).toEqual([]);
    expect(await ids('logistics')).toEqual([ID]);
    await deleteNote(db, note.id!, ID, NOW);
    expect(await ids('logistics')).toEqual([]);
  });
});
