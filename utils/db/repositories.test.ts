import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DAY_MS, type ProfileSnapshot } from '../model';
import { getContactView, listRecentContacts, recordVisit, saveContact, trackContact, deleteContact } from './contacts';
import { countDue } from './due';
import { addNote, deleteNote, restoreNote, updateNote } from './notes';
import type { KakehashiDb } from './schema';
import { getSettings } from './settings';
import { freshDb } from './test-db';
import { logTouch, markDone, setLastContact } from './touches';

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

describe('saveContact', () => {
  it('stamps updatedAt, recomputes nextDueAt, and stamps userEditedAt only when a field of the user changed', async () => {
    const contact = await trackContact(db, ken, NOW);
    expect(contact).toMatchObject({ updatedAt: NOW, userEditedAt: null, nextDueAt: NOW + 90 * DAY_MS });
    await db.transaction('rw', db.contacts, db.settings, () => saveContact(db, contact, NOW + 1, (c) => void (c.name = 'Ken D.')));
    expect(await db.contacts.get('x:ken_dev')).toMatchObject({ name: 'Ken D.', updatedAt: NOW + 1, userEditedAt: null });
    await db.transaction('rw', db.contacts, db.settings, () => saveContact(db, contact, NOW + 2, (c) => void (c.cadenceDays = 7)));
    expect(await db.contacts.get('x:ken_dev')).toMatchObject({ updatedAt: NOW + 2, userEditedAt: NOW + 2, nextDueAt: NOW + 7 * DAY_MS });
    await db.transaction('rw', db.contacts, db.settings, () => saveContact(db, contact, NOW + 3, (c) => void (c.cadenceDays = 7)));
    expect(await db.contacts.get('x:ken_dev')).toMatchObject({ updatedAt: NOW + 3, userEditedAt: NOW + 2 });
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

  it('a deleted note comes back exactly (same id, text and times) on Undo, once, and never as an orphan', async () => {
    const first = await addNote(db, ayaka, 'keep me', NOW - DAY_MS);
    const second = await addNote(db, ayaka, 'and me', NOW);
    const removed = await deleteNote(db, first.id!, 'linkedin:ayaka-tanaka', NOW + 1);
    expect(removed).toEqual(first);
    expect(await db.notes.get(first.id!)).toBeUndefined();
    const { id, body, createdAt, updatedAt } = removed;
    const back = await restoreNote(db, 'linkedin:ayaka-tanaka', { id: id!, body, createdAt, updatedAt }, NOW + 2);
    expect(back).toEqual(first);
    expect(await db.notes.get(first.id!)).toEqual(first);
    // A repeated Undo changes nothing; another person's id is refused.
    await restoreNote(db, 'linkedin:ayaka-tanaka', { id: id!, body, createdAt, updatedAt }, NOW + 3);
    expect((await getContactView(db, ayaka)).notes.map((n) => n.id)).toEqual([second.id, first.id]);
    await expect(restoreNote(db, 'x:ken_dev', { id: id!, body, createdAt, updatedAt }, NOW + 3)).rejects.toMatchObject({ code: 'not-found' });
    await trackContact(db, ken, NOW);
    await expect(restoreNote(db, 'x:ken_dev', { id: id!, body, createdAt, updatedAt }, NOW + 3)).rejects.toMatchObject({ code: 'invalid' });
    await deleteContact(db, 'linkedin:ayaka-tanaka');
    await expect(restoreNote(db, 'linkedin:ayaka-tanaka', { id: id!, body, createdAt, updatedAt }, NOW + 4)).rejects.toMatchObject({ code: 'not-found' });
    expect(await db.notes.count()).toBe(0);
  });

  it('lists notes newest first', async () => {
    await addNote(db, ayaka, 'old', NOW);
    await addNote(db, ayaka, 'new', NOW + 1);
    expect((await getContactView(db, ayaka)).notes.map((n) => n.body)).toEqual(['new', 'old']);
  });
});

describe('touches and last contact', () => {
  it('a hand-set date is a correction: it moves lastContactAt and nextDueAt but records no touch', async () => {
    const at = NOW - 10 * DAY_MS;
    const contact = await setLastContact(db, ayaka, at, NOW);
    expect(contact).toMatchObject({ id: 'linkedin:ayaka-tanaka', lastContactAt: at });
    const stored = await db.contacts.get('linkedin:ayaka-tanaka');
    expect(stored?.lastContactAt).toBe(at);
    expect(stored?.nextDueAt).toBeGreaterThan(at);
    expect(await db.touches.count()).toBe(0);
    // A real touch afterwards is the only one in the history.
    await logTouch(db, ayaka, { kind: 'meeting', at: NOW }, NOW);
    expect((await getContactView(db, ayaka)).touches.map((t) => t.kind)).toEqual(['meeting']);
  });

  it('a correction keeps a snooze: the user corrected a date, they did not act', async () => {
    await logTouch(db, ken, { kind: 'message', at: NOW - DAY_MS }, NOW);
    await db.contacts.update('x:ken_dev', { snoozedUntil: NOW + 7 * DAY_MS });
    await setLastContact(db, ken, NOW - 3 * DAY_MS, NOW);
    expect(await db.contacts.get('x:ken_dev')).toMatchObject({ lastContactAt: NOW - 3 * DAY_MS, snoozedUntil: NOW + 7 * DAY_MS });
  });

  it('remembers the kind of the last logged touch, for the panel and the popup to offer first', async () => {
    expect((await getContactView(db, ken)).lastTouchKind).toBe('message');
    await logTouch(db, ken, { kind: 'thanks', at: NOW - DAY_MS }, NOW);
    expect((await getSettings(db)).lastTouchKind).toBe('thanks');
    expect((await getContactView(db, ayaka)).lastTouchKind).toBe('thanks');
    await markDone(db, 'x:ken_dev', 'meeting', NOW);
    expect((await getSettings(db)).lastTouchKind).toBe('meeting');
    // A correction is not a touch: the kind stays.
    await setLastContact(db, ken, NOW - 2 * DAY_MS, NOW);
    expect((await getSettings(db)).lastTouchKind).toBe('meeting');
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
