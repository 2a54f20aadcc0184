/**
 * A full disk in the middle of a multi-step save: the save fails with code 'quota' and leaves no
 * partial record (a contact created for a note that was never stored would be a silent lie).
 * The failure is injected with Dexie `creating`/`updating` hooks, which run inside the same
 * transaction as the write, the way a real QuotaExceededError surfaces from IndexedDB.
 */
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProfileSnapshot } from '../model';
import { DAY_MS } from '../model';
import { updateContact } from './contact-edits';
import { toStoreError } from './errors';
import { addNote } from './notes';
import type { KakehashiDb } from './schema';
import { freshDb } from './test-db';
import { logTouch, setLastContact } from './touches';

const NOW = Date.UTC(2026, 4, 20, 9);
const mallory: ProfileSnapshot = { site: 'linkedin', handle: 'mallory', name: 'Mallory', headline: 'Nurse', company: null, location: null, avatarUrl: null };

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

let db: KakehashiDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

/**
 * Repositories reject with Dexie's error as is; the router maps it through `toStoreError` onto the
 * code the UI turns into a sentence, so that mapping is what must say 'quota'.
 */
async function expectQuota(write: Promise<unknown>): Promise<void> {
  const error = await write.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'the write should have failed').not.toBeNull();
  expect(toStoreError(error).code).toBe('quota');
}

async function counts() {
  return { contacts: await db.contacts.count(), notes: await db.notes.count(), touches: await db.touches.count() };
}

describe('a write that hits the storage quota', () => {
  it('addNote for a new person fails with code quota and stores neither the contact nor the note', async () => {
    db.notes.hook('creating', () => {
      throw quotaError();
    });
    await expectQuota(addNote(db, mallory, 'Met at the hospital fair', NOW));
    expect(await counts()).toEqual({ contacts: 0, notes: 0, touches: 0 });
  });

  it('addNote for a known person leaves the contact exactly as it was', async () => {
    await addNote(db, mallory, 'first', NOW);
    const before = await db.contacts.get('linkedin:mallory');
    db.notes.hook('creating', () => {
      throw quotaError();
    });
    await expectQuota(addNote(db, { ...mallory, headline: 'Head nurse' }, 'second', NOW + DAY_MS));
    expect(await db.contacts.get('linkedin:mallory')).toEqual(before);
    expect((await db.notes.toArray()).map((n) => n.body)).toEqual(['first']);
  });

  it('the contact write failing after the note was added rolls the note back too', async () => {
    db.contacts.hook('creating', () => {
      throw quotaError();
    });
    await expectQuota(addNote(db, mallory, 'note', NOW));
    expect(await counts()).toEqual({ contacts: 0, notes: 0, touches: 0 });
  });

  it('logging a touch or setting the date for a new person stores nothing', async () => {
    db.touches.hook('creating', () => {
      throw quotaError();
    });
    await expectQuota(logTouch(db, mallory, { kind: 'thanks', at: NOW - DAY_MS }, NOW));
    expect(await counts()).toEqual({ contacts: 0, notes: 0, touches: 0 });
    // A hand-set date records no touch (a correction): its only write is the new contact.
    db.contacts.hook('creating', () => {
      throw quotaError();
    });
    await expectQuota(setLastContact(db, mallory, NOW - DAY_MS, NOW));
    expect(await counts()).toEqual({ contacts: 0, notes: 0, touches: 0 });
  });

  it('an update of a known person (industry) leaves the old record', async () => {
    await addNote(db, mallory, 'first', NOW);
    const before = await db.contacts.get('linkedin:mallory');
    db.contacts.hook('updating', () => {
      throw quotaError();
    });
    db.contacts.hook('creating', () => {
      throw quotaError();
    });
    await expectQuota(updateContact(db, mallory, { industry: 'education' }, NOW + DAY_MS));
    expect(await db.contacts.get('linkedin:mallory')).toEqual(before);
  });
});

describe('toStoreError', () => {
  it('recognises a quota error that aborted the transaction at commit (Dexie AbortError with the DOMException inside)', () => {
    const aborted = new Dexie.AbortError('Transaction aborted', quotaError());
    expect(toStoreError(aborted).code).toBe('quota');
    expect(toStoreError(new Dexie.ConstraintError('Key already exists')).code).toBe('internal');
  });
});
