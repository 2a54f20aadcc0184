import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeNextDueAt } from '../domain/cadence';
import { parseBackup, serializeBackup } from '../io/backup';
import { parseLinkedInConnectionsAsync } from '../io/linkedin-connections';
import { DAY_MS, type Contact, type ProfileSnapshot } from '../model';
import { runBulk } from './bulk';
import { updateContact } from './contact-edits';
import { newContact, trackContact } from './contacts';
import { deleteContacts, deleteEverything } from './delete';
import { readBackupData } from './export';
import { importConnections } from './import-connections';
import { addNote } from './notes';
import { cachePopupHome, computePopupHome, HOME_MAX_AGE_MS, readPopupHome } from './popup-home';
import { readCachedPopupHome } from './popup-home-cache';
import { snoozeContact } from './reminders';
import { restoreBackup } from './restore';
import { DB_NAME, openDb, type KakehashiDb } from './schema';
import { saveSettings } from './settings';
import { actOnSuggestion } from './suggestions';
import { deleteTouch, logTouch, markDone } from './touches';
import { restoreSnapshot } from './undo';

const NOW = Date.UTC(2026, 10, 23, 3);
const noShown = async () => [];
let factory: IDBFactory;
let db: KakehashiDb;

function person(handle: string, industry: string | null, lastContactDaysAgo: number): Contact {
  const c = newContact({ site: 'linkedin', handle }, NOW - 400 * DAY_MS);
  c.name = handle;
  c.industry = industry;
  c.industrySource = industry ? 'manual' : null;
  c.lastContactAt = NOW - lastContactDaysAgo * DAY_MS;
  c.nextDueAt = computeNextDueAt(c, 90);
  return c;
}
const profile = (handle: string): ProfileSnapshot => ({ site: 'linkedin', handle, name: handle, headline: null, company: null, location: null, avatarUrl: null });

/** What the popup shows, read the cached way and computed afresh: they must always agree. */
async function shownAndTruth(d: KakehashiDb, at: number) {
  const shown = await readPopupHome(d, at, 50, noShown);
  const truth = (await computePopupHome(d, at, 50)).home;
  return { shown, truth };
}

beforeEach(async () => {
  factory = new IDBFactory();
  db = openDb('kakehashi-home', { indexedDB: factory, IDBKeyRange });
  await saveSettings(db, { industry: 'technology-information-media' }, computeNextDueAt);
  await db.contacts.bulkAdd([person('nurse', 'hospitals-health-care', 100), person('banker', 'financial-services', 120), person('teacher', 'education', 10)]);
});
afterEach(() => db.close());

describe('the popup home record', () => {
  it('is read from the cache while nothing changed (one record, not the queries)', async () => {
    const first = await readPopupHome(db, NOW, 50, noShown);
    expect(first.due.contacts.map((c) => c.id)).toEqual(['linkedin:banker', 'linkedin:nurse']);
    const row = await db.popupHome.get('home');
    expect(row).toMatchObject({ key: 'home', dueLimit: 50, computedAt: NOW });
    // Served from the record: a marker put into it (without a write through the app) comes back.
    await db.popupHome.put({ ...row!, home: { ...first, hasContacts: false } } as never);
    expect((await readPopupHome(db, NOW + 1000, 50, noShown)).hasContacts).toBe(false);
  });

  it('opening the popup writes no data: the suggestion log and the contacts are untouched', async () => {
    const before = JSON.stringify([await db.contacts.toArray(), await db.suggestionLog.toArray(), await db.touches.toArray()]);
    await readPopupHome(db, NOW, 50, noShown);
    await readPopupHome(db, NOW + 1000, 50, noShown);
    expect(JSON.stringify([await db.contacts.toArray(), await db.suggestionLog.toArray(), await db.touches.toArray()])).toBe(before);
  });

  const paths: Array<[string, (d: KakehashiDb) => Promise<unknown>]> = [
    ['saveContact (Track)', (d) => trackContact(d, profile('newcomer'), NOW)],
    ['a contact edit (industry)', (d) => updateContact(d, profile('teacher'), { industry: 'hospitals-health-care' }, NOW)],
    ['a note', (d) => addNote(d, profile('nurse'), 'met at the 勉強会', NOW)],
    ['a touch from the panel', (d) => logTouch(d, profile('banker'), { kind: 'thanks', at: NOW }, NOW)],
    ['Done in the due list', (d) => markDone(d, 'linkedin:banker', 'message', NOW)],
    ['a touch deleted', async (d) => deleteTouch(d, (await markDone(d, 'linkedin:nurse', 'ask', NOW - DAY_MS)).id!, 'linkedin:nurse', NOW)],
    ['a snooze', (d) => snoozeContact(d, 'linkedin:nurse', 'week', NOW)],
    ['a suggestion skipped', (d) => actOnSuggestion(d, 'linkedin:banker', { action: 'skip' }, NOW)],
    ['settings (own industry)', (d) => saveSettings(d, { industry: 'financial-services' }, computeNextDueAt)],
    ['a bulk action', (d) => runBulk(d, ['linkedin:nurse', 'linkedin:banker'], { kind: 'reminders-off' }, NOW)],
    ['a delete', (d) => deleteContacts(d, ['linkedin:banker'])],
    ['a delete undone', async (d) => {
      const undo = await deleteContacts(d, ['linkedin:banker']);
      await readPopupHome(d, NOW, 50, noShown);
      await restoreSnapshot(d, undo);
      // Back as before the delete; what counts is that the cached home (without the banker) is not shown.
      await d.contacts.update('linkedin:banker', { name: 'Banker, restored' });
    }],
    ['delete everything', (d) => deleteEverything(d)],
    ['an import', async (d) => {
      const csv = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\nAya,Mori,https://www.linkedin.com/in/aya-mori,,Cedar Hospital,Nurse,07 Feb 2026';
      await importConnections(d, (await parseLinkedInConnectionsAsync(csv)).rows, NOW, { remind: true });
    }],
    ['a restore (replace)', async (d) => {
      const other = openDb('kakehashi-other', { indexedDB: factory, IDBKeyRange });
      await other.contacts.add(person('restored', 'education', 300));
      const parsed = parseBackup(serializeBackup(await readBackupData(other), NOW), NOW);
      other.close();
      if (!parsed.ok) throw new Error(parsed.detail);
      await restoreBackup(d, parsed.backup, 'replace');
    }],
  ];
  for (const [name, write] of paths) {
    it(`stays current after ${name}`, async () => {
      const before = await readPopupHome(db, NOW, 50, noShown);
      await write(db);
      const { shown, truth } = await shownAndTruth(db, NOW + 1000);
      expect(shown).toEqual(truth);
      expect(shown).not.toEqual(before);
    });
  }

  it('a write that aborts midway (a crash) leaves data and home as they were, and the home still current', async () => {
    const before = await readPopupHome(db, NOW, 50, noShown);
    await expect(
      db.transaction('rw', db.contacts, db.touches, db.settings, async () => {
        await markDone(db, 'linkedin:banker', 'message', NOW);
        throw new Error('crash');
      }),
    ).rejects.toThrow('crash');
    const { shown, truth } = await shownAndTruth(db, NOW + 1000);
    expect(shown).toEqual(truth);
    expect(shown).toEqual(before);
  });

  it('a write in another tab (another connection) is seen by the next open', async () => {
    await readPopupHome(db, NOW, 50, noShown);
    const tab = openDb('kakehashi-home', { indexedDB: factory, IDBKeyRange });
    await markDone(tab, 'linkedin:banker', 'message', NOW);
    tab.close();
    const { shown, truth } = await shownAndTruth(db, NOW + 1000);
    expect(shown).toEqual(truth);
    expect(shown.due.contacts.map((c) => c.id)).toEqual(['linkedin:nurse']);
  });

  it('a home computed before another tab wrote is never stored as current', async () => {
    const stale = await computePopupHome(db, NOW, 50);
    const tab = openDb('kakehashi-home', { indexedDB: factory, IDBKeyRange });
    await markDone(tab, 'linkedin:banker', 'message', NOW);
    tab.close();
    expect(await cachePopupHome(db, stale)).toBe(false);
    expect((await readPopupHome(db, NOW + 1000, 50, noShown)).due.contacts.map((c) => c.id)).toEqual(['linkedin:nurse']);
  });

  it('is recomputed when someone falls due without any write, and after its maximum age', async () => {
    await readPopupHome(db, NOW, 50, noShown);
    // The teacher (last contact 10 days ago, 90-day cadence) falls due in 80 days.
    const later = NOW + 81 * DAY_MS;
    const { shown, truth } = await shownAndTruth(db, later);
    expect(shown).toEqual(truth);
    expect(shown.due.contacts.map((c) => c.id)).toContain('linkedin:teacher');
    await readPopupHome(db, NOW, 50, noShown);
    await readPopupHome(db, NOW + HOME_MAX_AGE_MS, 50, noShown);
    expect((await db.popupHome.get('home'))).toMatchObject({ computedAt: NOW + HOME_MAX_AGE_MS });
  });

  it('a different number of due rows ("Show more") is computed for that number', async () => {
    await readPopupHome(db, NOW, 50, noShown);
    expect((await readPopupHome(db, NOW, 1, noShown)).due.contacts).toHaveLength(1);
  });
});

describe('when the home stops being true without a write', () => {
  /** `n` people of one industry, all long overdue, so the due list is full and its count capped. */
  async function crowd(n: number) {
    await db.contacts.bulkAdd(Array.from({ length: n }, (_, i) => person(`due-${i}`, 'education', 200 + i)));
  }

  it('someone falling due after a full, capped due list (and outside the candidates) changes nothing: the home stays', async () => {
    await crowd(120);
    // Falls due in a minute; the 12 most overdue of education are the candidates, so not this one.
    const later = person('later', 'education', 0);
    later.nextDueAt = NOW + 60_000;
    await db.contacts.add(later);
    const first = await readPopupHome(db, NOW, 5, noShown);
    expect(first.due.count).toBe(100);
    const at = NOW + 120_000;
    const shown = await readPopupHome(db, at, 5, noShown);
    const truth = (await computePopupHome(db, at, 5)).home;
    expect((await db.popupHome.get('home'))).toMatchObject({ computedAt: NOW });
    expect(shown.due).toEqual(truth.due);
    expect(shown.suggestions.map((s) => s.contactId)).toEqual(truth.suggestions.map((s) => s.contactId));
  });

  it('a suggestion candidate falling due is recomputed, even with a full, capped due list', async () => {
    await crowd(120);
    // The only person of their industry: a candidate, due in a minute (not due: ranked lower now).
    const soon = person('soon', 'financial-services', 0);
    soon.nextDueAt = NOW + 60_000;
    await db.contacts.add(soon);
    await readPopupHome(db, NOW, 5, noShown);
    expect((await db.popupHome.get('home'))).toMatchObject({ validUntil: NOW + 60_000 });
    const { shown, truth } = await shownAndTruth(db, NOW + 61_000);
    expect(shown).toEqual(truth);
  });

  it('someone falling due while the due list is not full is recomputed', async () => {
    const later = person('later', 'education', 0);
    later.nextDueAt = NOW + 60_000;
    await db.contacts.add(later);
    await readPopupHome(db, NOW, 50, noShown);
    const { shown, truth } = await shownAndTruth(db, NOW + 61_000);
    expect(shown).toEqual(truth);
    expect(shown.due.contacts.map((c) => c.id)).toContain('linkedin:later');
  });
});

describe('the popup page reads the cached home straight from IndexedDB', () => {
  const read = (at: number, dueLimit = 50) => readCachedPopupHome(dueLimit, at, factory, 'kakehashi-home');

  it('names the app database', () => expect(DB_NAME).toBe('kakehashi'));

  it('is the same home the background serves while it is current, and null once a write stamps it', async () => {
    expect(await read(NOW)).toBeNull();
    const served = await readPopupHome(db, NOW, 50, noShown);
    expect(await read(NOW + 1000)).toEqual(served);
    expect(await read(NOW + 1000, 51)).toBeNull();
    await markDone(db, 'linkedin:banker', 'message', NOW);
    expect(await read(NOW + 2000)).toBeNull();
    expect(await read(NOW + HOME_MAX_AGE_MS + 1)).toBeNull();
  });

  it('never creates the database when there is none (the background creates it at its version)', async () => {
    expect(await readCachedPopupHome(50, NOW, factory, 'kakehashi-missing')).toBeNull();
    expect((await factory.databases()).map((d) => d.name)).not.toContain('kakehashi-missing');
  });

  it('does not hold up an upgrade of the database', async () => {
    await readPopupHome(db, NOW, 50, noShown);
    await read(NOW);
    db.close();
    const next = openDb('kakehashi-home', { indexedDB: factory, IDBKeyRange });
    await next.open();
    next.close();
  });
});
