import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DAY_MS, type ProfileSnapshot } from '../model';
import { getContactView, listRecentContacts, recordVisit, trackContact, deleteContact } from './contacts';
import { countDue } from './due';
import { addNote, deleteNote, updateNote } from './notes';
import type { KakehashiDb } from './schema';
import { freshDb } from './test-db';
import { logTouch, setLastContact } from './touches';

const NOW = Date.UTC(2026, 10, 23, 9);
const ayaka: ProfileSnapshot = {
  site: 'linkedin',
  handle: 'ayaka-tanaka',
  name: '田中 彩花',
  headline: '看護師 at 東京医療センター',
  company: '東京医療センター',
  location: 'Tokyo',
  avatarUrl: null,
};
const ken: ProfileSnapshot = { site: 'x', handle: 'ken_dev', name: 'Ken', headline: null, company: null, location: null, avatarUrl: null };

let db: KakehashiDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

describe('contacts', () => {
  it('creates nothing when a profile is merely visited', async () => {
    expect(await recordVisit(db, ayaka, NOW)).toBeNull();
    expect(await db.contacts.count()).toBe(0);
    expect((await getContactView(db, ayaka)).contact).toBeNull();
  });

  it('refreshes stored details on a later visit and records the visit time', async () => {
    await trackContact(db, ayaka, NOW);
    const moved = { ...ayaka, location: 'Osaka', headline: '看護師長 at 大阪病院' };
    const refreshed = await recordVisit(db, moved, NOW + DAY_MS);
    expect(refreshed).toMatchObject({ location: 'Osaka', headline: '看護師長 at 大阪病院', lastVisitedAt: NOW + DAY_MS });
    // A page that shows less (null fields) never erases what was stored.
    await recordVisit(db, { ...moved, headline: null }, NOW + 2 * DAY_MS);
    expect((await db.contacts.get('linkedin:ayaka-tanaka'))?.headline).toBe('看護師長 at 大阪病院');
  });

  it('lists the most recently updated first, a page at a time', async () => {
    await trackContact(db, ayaka, NOW);
    await trackContact(db, ken, NOW + 1000);
    expect((await listRecentContacts(db, 10)).map((c) => c.id)).toEqual(['x:ken_dev', 'linkedin:ayaka-tanaka']);
    expect((await listRecentContacts(db, 1, 1)).map((c) => c.id)).toEqual(['linkedin:ayaka-tanaka']);
  });

  it('deletes a contact with its notes and touches', async () => {
    await addNote(db, ayaka, 'note', NOW);
    await setLastContact(db, ayaka, NOW - DAY_MS, NOW);
    await deleteContact(db, 'linkedin:ayaka-tanaka');
    expect([await db.contacts.count(), await db.notes.count(), await db.touches.count()]).toEqual([0, 0, 0]);
  });
});

describe('notes', () => {
  it('adding the first note creates the contact with the page details', async () => {
    const note = await addNote(db, ayaka, '  Met at JR東日本 event  ', NOW);
    expect(note).toMatchObject({ contactId: 'linkedin:ayaka-tanaka', body: 'Met at JR東日本 event', createdAt: NOW });
    const view = await getContactView(db, ayaka);
    expect(view.contact).toMatchObject({ name: '田中 彩花', url: 'https://www.linkedin.com/in/ayaka-tanaka/', createdAt: NOW });
    expect(view.notes.map((n) => n.body)).toEqual(['Met at JR東日本 event']);
  });

  it('refuses an empty or over-long note and creates nothing', async () => {
    await expect(addNote(db, ayaka, '   ', NOW)).rejects.toMatchObject({ code: 'invalid' });
    await expect(addNote(db, ayaka, 'x'.repeat(10_001), NOW)).rejects.toMatchObject({ code: 'invalid' });
    expect(await db.contacts.count()).toBe(0);
  });

  it('edits and deletes only a note of the given contact', async () => {
    const note = await addNote(db, ayaka, 'first', NOW);
    await expect(updateNote(db, note.id!, 'x:ken_dev', 'hijack', NOW)).rejects.toMatchObject({ code: 'not-found' });
    await updateNote(db, note.id!, 'linkedin:ayaka-tanaka', 'second', NOW + 5);
    expect(await db.notes.get(note.id!)).toMatchObject({ body: 'second', updatedAt: NOW + 5, createdAt: NOW });
    await expect(deleteNote(db, note.id!, 'x:ken_dev', NOW)).rejects.toMatchObject({ code: 'not-found' });
    await deleteNote(db, note.id!, 'linkedin:ayaka-tanaka', NOW);
    expect(await db.notes.count()).toBe(0);
  });

  it('lists notes newest first', async () => {
    await addNote(db, ayaka, 'old', NOW);
    await addNote(db, ayaka, 'new', NOW + 1);
    expect((await getContactView(db, ayaka)).notes.map((n) => n.body)).toEqual(['new', 'old']);
  });
});

describe('touches and last contact', () => {
  it('setting the last-contact date records a touch and updates lastContactAt and nextDueAt', async () => {
    const at = NOW - 10 * DAY_MS;
    const touch = await setLastContact(db, ayaka, at, NOW);
    expect(touch).toMatchObject({ contactId: 'linkedin:ayaka-tanaka', kind: 'other', at });
    const contact = await db.contacts.get('linkedin:ayaka-tanaka');
    expect(contact?.lastContactAt).toBe(at);
    expect(contact?.nextDueAt).toBeGreaterThan(at);
    expect(await db.touches.count()).toBe(1);
  });

  it('a hand-set date may move the last contact backwards (a correction)', async () => {
    await setLastContact(db, ayaka, NOW - DAY_MS, NOW);
    await setLastContact(db, ayaka, NOW - 30 * DAY_MS, NOW);
    expect((await db.contacts.get('linkedin:ayaka-tanaka'))?.lastContactAt).toBe(NOW - 30 * DAY_MS);
  });

  it('a logged touch keeps the latest date and ends a snooze', async () => {
    await logTouch(db, ken, { kind: 'message', at: NOW - DAY_MS }, NOW);
    await db.contacts.update('x:ken_dev', { snoozedUntil: NOW + 7 * DAY_MS });
    await logTouch(db, ken, { kind: 'comment', at: NOW - 5 * DAY_MS, note: 'older' }, NOW);
    const contact = await db.contacts.get('x:ken_dev');
    expect(contact).toMatchObject({ lastContactAt: NOW - DAY_MS, snoozedUntil: null });
    expect((await getContactView(db, ken)).touches.map((t) => t.kind)).toEqual(['message', 'comment']);
  });

  it('counts a person as due once the cadence has passed since the last contact', async () => {
    await setLastContact(db, ayaka, NOW - 200 * DAY_MS, NOW);
    await setLastContact(db, ken, NOW - DAY_MS, NOW);
    expect(await countDue(db, NOW)).toBe(1);
  });
});
