import { LIMITS } from '../limits';
import type { ContactId, Note, ProfileSnapshot } from '../model';
import { ensureContact, saveContact } from './contacts';
import { StoreError } from './errors';
import type { KakehashiDb } from './schema';

function checkBody(body: string): string {
  const trimmed = body.trim();
  if (!trimmed) throw new StoreError('invalid', 'A note cannot be empty.');
  if (trimmed.length > LIMITS.noteBody) throw new StoreError('invalid', `A note is at most ${LIMITS.noteBody} characters.`);
  return trimmed;
}

/** Adds a note, creating the contact when this is the first thing saved about the person. */
export async function addNote(db: KakehashiDb, snapshot: ProfileSnapshot, body: string, now: number): Promise<Note> {
  const text = checkBody(body);
  return db.transaction('rw', db.contacts, db.notes, db.settings, async () => {
    const contact = await ensureContact(db, snapshot, now);
    const note: Note = { contactId: contact.id, body: text, createdAt: now, updatedAt: now };
    note.id = await db.notes.add(note);
    await saveContact(db, contact, now);
    return note;
  });
}

/** Edits a note's body; `contactId` must match, so a stale panel cannot edit someone else's note. */
export async function updateNote(db: KakehashiDb, id: number, contactId: ContactId, body: string, now: number): Promise<Note> {
  const text = checkBody(body);
  return db.transaction('rw', db.contacts, db.notes, async () => {
    const note = await db.notes.get(id);
    if (!note || note.contactId !== contactId) throw new StoreError('not-found', 'That note no longer exists.');
    note.body = text;
    note.updatedAt = now;
    await db.notes.put(note);
    await db.contacts.update(contactId, { updatedAt: now });
    return note;
  });
}

/** Deletes a note of the given contact; returns it as it was, for an "Undo" (`restoreNote`). */
export async function deleteNote(db: KakehashiDb, id: number, contactId: ContactId, now: number): Promise<Note> {
  return db.transaction('rw', db.contacts, db.notes, async () => {
    const note = await db.notes.get(id);
    if (!note || note.contactId !== contactId) throw new StoreError('not-found', 'That note no longer exists.');
    await db.notes.delete(id);
    await db.contacts.update(contactId, { updatedAt: now });
    return note;
  });
}

/**
 * Puts a deleted note back exactly as it was: same id, text and times ("Undo" after a delete).
 * Auto ids are never reused, so the id is free unless the note is already back (a repeated Undo,
 * which changes nothing). The person must still exist: a note is never restored as an orphan.
 */
export async function restoreNote(db: KakehashiDb, contactId: ContactId, note: Required<Omit<Note, 'contactId'>>, now: number): Promise<Note> {
  const text = checkBody(note.body);
  return db.transaction('rw', db.contacts, db.notes, async () => {
    if (!(await db.contacts.get(contactId))) throw new StoreError('not-found', 'That person is no longer in your contacts.');
    const existing = await db.notes.get(note.id);
    if (existing) {
      if (existing.contactId !== contactId) throw new StoreError('invalid', 'That note belongs to someone else.');
      return existing;
    }
    const restored: Note = { id: note.id, contactId, body: text, createdAt: note.createdAt, updatedAt: note.updatedAt };
    await db.notes.add(restored);
    await db.contacts.update(contactId, { updatedAt: now });
    return restored;
  });
}
