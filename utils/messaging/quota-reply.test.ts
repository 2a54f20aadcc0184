/**
 * A full disk during a save reaches the sender as `{ ok: false, error: { code: 'quota' } }` (the
 * panel turns that into "errorQuota" and keeps the typed text), never as a throw or a success,
 * and the database keeps nothing of the failed save.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KakehashiDb } from '../db/schema';
import { freshDb } from '../db/test-db';
import { DAY_MS } from '../model';
import { createHandlers } from './handlers';
import { createRouter } from './router';

const RUNTIME_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${RUNTIME_ID}`;
const NOW = Date.now();
const TAB = { id: RUNTIME_ID, url: 'https://www.linkedin.com/in/mallory/', tab: { id: 3, url: 'https://www.linkedin.com/in/mallory/' } };
const profile = { site: 'linkedin', handle: 'mallory', name: 'Mallory', headline: null, company: null, location: null, avatarUrl: null };

let db: KakehashiDb;
let writes: string[];
let route: ReturnType<typeof createRouter>;

beforeEach(() => {
  db = freshDb();
  writes = [];
  const tabs = { get: async () => null, set: async () => undefined };
  route = createRouter(createHandlers(db, () => NOW, tabs), { runtimeId: RUNTIME_ID, extensionOrigin: ORIGIN, afterWrite: (t) => writes.push(t) });
});
afterEach(() => db.close());

const full = () => {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
};

describe('router: storage quota exceeded', () => {
  it('note:add for a new person replies with code quota and stores nothing', async () => {
    db.notes.hook('creating', full);
    const reply = await route({ type: 'note:add', payload: { profile, body: 'Met at the fair' } }, TAB);
    expect(reply).toMatchObject({ ok: false, error: { code: 'quota' } });
    expect([await db.contacts.count(), await db.notes.count()]).toEqual([0, 0]);
    // No badge refresh for a write that did not happen.
    expect(writes).toEqual([]);
  });

  it('touch:log, contact:set-last-contact and contact:track reply with code quota', async () => {
    db.touches.hook('creating', full);
    db.contacts.hook('creating', full);
    const messages = [
      { type: 'touch:log', payload: { profile, kind: 'thanks', at: NOW - DAY_MS } },
      { type: 'contact:set-last-contact', payload: { profile, at: NOW - DAY_MS } },
      { type: 'contact:track', payload: { profile } },
    ];
    for (const message of messages) {
      expect(await route(message, TAB), message.type).toMatchObject({ ok: false, error: { code: 'quota' } });
    }
    expect([await db.contacts.count(), await db.touches.count()]).toEqual([0, 0]);
  });

  it('the next save after space is freed succeeds', async () => {
    let diskFull = true;
    db.notes.hook('creating', () => {
      if (diskFull) full();
    });
    expect(await route({ type: 'note:add', payload: { profile, body: 'one' } }, TAB)).toMatchObject({ ok: false });
    diskFull = false;
    expect(await route({ type: 'note:add', payload: { profile, body: 'one' } }, TAB)).toMatchObject({ ok: true, data: { body: 'one' } });
    expect(await db.notes.count()).toBe(1);
  });
});
