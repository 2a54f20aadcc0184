import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../db/test-db';
import type { KakehashiDb } from '../db/schema';
import { DAY_MS } from '../model';
import type { MessageType } from './contract';
import { SENDERS } from './contract';
import { createHandlers } from './handlers';
import { createRouter } from './router';
import type { SenderInfo } from './sender';

const RUNTIME_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${RUNTIME_ID}`;
const NOW = Date.now();

const SENDER = {
  linkedinTab: { id: RUNTIME_ID, url: 'https://www.linkedin.com/in/ayaka/', tab: { id: 3, url: 'https://www.linkedin.com/in/ayaka/' } },
  xTab: { id: RUNTIME_ID, url: 'https://x.com/ken_dev', tab: { id: 4, url: 'https://x.com/ken_dev' } },
  popup: { id: RUNTIME_ID, url: `${ORIGIN}/popup.html` },
  optionsTab: { id: RUNTIME_ID, url: `${ORIGIN}/options.html`, tab: { id: 5, url: `${ORIGIN}/options.html` } },
  otherExtension: { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/popup.html' },
  otherSite: { id: RUNTIME_ID, url: 'https://evil.example/in/ayaka/', tab: { id: 6, url: 'https://evil.example/' } },
  lookalike: { id: RUNTIME_ID, url: 'https://www.linkedin.com.evil.example/in/a/', tab: { id: 7, url: 'https://www.linkedin.com.evil.example/' } },
  noTab: { id: RUNTIME_ID, url: 'https://www.linkedin.com/in/ayaka/' },
} satisfies Record<string, SenderInfo>;

const profile = { site: 'linkedin', handle: 'ayaka', name: 'Ayaka', headline: null, company: null, location: null, avatarUrl: null };

/** For each message type: a valid payload and malformed ones (shape, lengths, extra keys). */
const CASES: { [T in MessageType]: { valid: unknown; malformed: unknown[] } } = {
  'contact:get': {
    valid: { key: { site: 'linkedin', handle: 'ayaka' } },
    malformed: [{}, { key: { site: 'facebook', handle: 'a' } }, { key: { site: 'x', handle: 'UPPER' } }, { key: { site: 'x', handle: 'a'.repeat(16) } }],
  },
  'contact:visit': {
    valid: { profile },
    malformed: [{ profile: { ...profile, headline: 'x'.repeat(2001) } }, { profile: { ...profile, avatarUrl: 'javascript:alert(1)' } }],
  },
  'contact:track': { valid: { profile }, malformed: [{ profile: { ...profile, extra: 1 } }, { profile: { ...profile, handle: '' } }] },
  'note:add': {
    valid: { profile, body: 'hello' },
    malformed: [{ profile, body: '' }, { profile, body: '   ' }, { profile, body: 'x'.repeat(10_001) }, { profile, body: 42 }, { body: 'x' }],
  },
  'note:update': {
    valid: { contactId: 'linkedin:ayaka', noteId: 1, body: 'edited' },
    malformed: [{ contactId: 'linkedin:ayaka', noteId: -1, body: 'x' }, { contactId: 'mastodon:a', noteId: 1, body: 'x' }, { contactId: 'linkedin:ayaka', noteId: 1.5, body: 'x' }],
  },
  'note:delete': { valid: { contactId: 'linkedin:ayaka', noteId: 1 }, malformed: [{ contactId: 'linkedin:ayaka' }, { contactId: 'x:a b', noteId: 1 }] },
  'note:restore': {
    valid: { contactId: 'linkedin:ayaka', note: { id: 7, body: 'back again', createdAt: NOW - DAY_MS, updatedAt: NOW - DAY_MS } },
    malformed: [
      { contactId: 'linkedin:ayaka', note: { id: 7, body: '', createdAt: NOW, updatedAt: NOW } },
      { contactId: 'linkedin:ayaka', note: { id: 0, body: 'x', createdAt: NOW, updatedAt: NOW } },
      { contactId: 'linkedin:ayaka', note: { id: 7, body: 'x', createdAt: NOW + 10 * DAY_MS, updatedAt: NOW } },
      { contactId: 'linkedin:ayaka', note: { id: 7, body: 'x', createdAt: NOW, updatedAt: NOW, contactId: 'x:other' } },
      { contactId: 'linkedin:ayaka', note: { body: 'x', createdAt: NOW, updatedAt: NOW } },
    ],
  },
  'touch:log': {
    valid: { profile, kind: 'thanks', at: NOW - DAY_MS, note: 'sent the article' },
    malformed: [{ profile, kind: 'like', at: NOW }, { profile, kind: 'call', at: NOW + 10 * DAY_MS }, { profile, kind: 'call', at: 'yesterday' }],
  },
  'contact:set-last-contact': { valid: { profile, at: NOW - DAY_MS }, malformed: [{ profile, at: Number.NaN }, { profile, at: -5 }] },
  'contacts:list-recent': { valid: { limit: 30, offset: 0 }, malformed: [{ limit: 0, offset: 0 }, { limit: 100_000, offset: 0 }, { limit: 10 }] },
  'settings:get': { valid: {}, malformed: [{ all: true }, null] },
  'locale:messages': { valid: { lang: 'ja' }, malformed: [{ lang: 'auto' }, { lang: 'fr' }, {}, { lang: 'ja', extra: 1 }] },
  'badge:refresh': { valid: {}, malformed: [{ count: 5 }, 'now'] },
  'tags:list': { valid: {}, malformed: [{ prefix: 'a' }, []] },
  'contact:update': {
    valid: { profile, patch: { industry: 'education', cadenceDays: 28, tags: ['tokyo', '同郷'] } },
    malformed: [{ profile, patch: { industry: 'astrology' } }, { profile, patch: { cadenceDays: -1 } }, { profile, patch: { tags: ['x'.repeat(41)] } }, { profile, patch: { tags: Array(21).fill('a') } }],
  },
  'popup:home': { valid: { dueLimit: 50 }, malformed: [{ dueLimit: 0 }, { dueLimit: 1e6 }, {}] },
  'contact:done': { valid: { contactId: 'linkedin:ayaka', kind: 'message' }, malformed: [{ contactId: 'linkedin:ayaka', kind: 'poke' }, { kind: 'message' }] },
  'contact:snooze': { valid: { contactId: 'linkedin:ayaka', length: 'week' }, malformed: [{ contactId: 'linkedin:ayaka', length: 'forever' }] },
  'tab:profile': { valid: { profile }, malformed: [{ profile: { ...profile, site: 'mastodon' } }, {}] },
  'tab:current': { valid: { tabId: 3 }, malformed: [{ tabId: -1 }, { tabId: 'active' }] },
  'contacts:on-page': {
    valid: { site: 'linkedin', handles: ['ayaka', '田中-美和-12345'] },
    malformed: [
      { site: 'x', handles: ['UPPER'] },
      { site: 'x', handles: ['dr-mori'] },
      { site: 'linkedin', handles: ['a/b'] },
      { site: 'linkedin', handles: ['x'.repeat(201)] },
      { site: 'linkedin', handles: Array(2001).fill('a') },
      { site: 'mastodon', handles: [] },
      { site: 'linkedin', handles: 'ayaka' },
      { site: 'linkedin', handles: [], extra: 1 },
    ],
  },
  'marks:lookup': {
    valid: { site: 'x', handles: ['dr_mori3'] },
    malformed: [{ site: 'x', handles: ['UPPER'] }, { site: 'linkedin', handles: Array(2001).fill('a') }, { site: 'linkedin' }, { site: 'x', handles: [], extra: 1 }],
  },
  'suggestion:act': {
    valid: { contactId: 'linkedin:ayaka', action: 'skip' },
    malformed: [{ contactId: 'linkedin:ayaka', action: 'shown' }, { contactId: 'linkedin:ayaka', action: 'done' }, { contactId: 'linkedin:ayaka', action: 'snooze', length: 'forever' }],
  },
  'settings:save': {
    valid: { patch: { industry: 'financial-services', defaultCadenceDays: 30, language: 'ja', tagCadences: { mentor: 30, 同郷: 60 } } },
    malformed: [
      { patch: { defaultCadenceDays: 0 } },
      { patch: { language: 'fr' } },
      { patch: { industry: '<img src=x>' } },
      { patch: { admin: true } },
      { patch: { tagCadences: { mentor: 0 } } },
      { patch: { tagCadences: { mentor: 1.5 } } },
      { patch: { tagCadences: { ['x'.repeat(41)]: 30 } } },
      { patch: { tagCadences: Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`t${i}`, 30])) } },
    ],
  },
};

let db: KakehashiDb;
let writes: string[];
let route: ReturnType<typeof createRouter>;

beforeEach(() => {
  db = freshDb();
  writes = [];
  const tabStore = new Map<number, unknown>();
  const tabs = { get: async (id: number) => (tabStore.get(id) as never) ?? null, set: async (id: number, p: unknown) => void tabStore.set(id, p) };
  route = createRouter(createHandlers(db, () => NOW, tabs), { runtimeId: RUNTIME_ID, extensionOrigin: ORIGIN, afterWrite: (t) => writes.push(t) });
});
afterEach(() => db.close());

async function snapshot() {
  return JSON.stringify([await db.contacts.toArray(), await db.notes.toArray(), await db.touches.toArray()]);
}

describe('message router', () => {
  for (const [type, { valid, malformed }] of Object.entries(CASES) as Array<[MessageType, (typeof CASES)[MessageType]]>) {
    describe(type, () => {
      it('accepts a valid payload from an allowed sender', async () => {
        if (['note:update', 'note:delete', 'note:restore', 'contact:done', 'contact:snooze', 'suggestion:act'].includes(type)) {
          await route({ type: 'note:add', payload: { profile, body: 'first' } }, SENDER.popup);
        }
        const sender = SENDERS[type].includes('content') ? SENDER.linkedinTab : SENDER.popup;
        const reply = await route({ type, payload: valid }, sender);
        expect(reply).toMatchObject({ ok: true });
      });

      it('rejects malformed payloads with an error reply and changes nothing', async () => {
        const before = await snapshot();
        for (const payload of malformed) {
          const reply = await route({ type, payload }, SENDER.popup);
          expect(reply, JSON.stringify(payload).slice(0, 80)).toMatchObject({ ok: false, error: { code: 'invalid' } });
        }
        expect(await snapshot()).toBe(before);
        expect(writes).toEqual([]);
      });

      it('rejects a spoofed or wrong sender and changes nothing', async () => {
        const before = await snapshot();
        const wrong: SenderInfo[] = [SENDER.otherExtension, SENDER.otherSite, SENDER.lookalike, SENDER.noTab];
        if (!SENDERS[type].includes('content')) wrong.push(SENDER.linkedinTab, SENDER.xTab);
        if (!SENDERS[type].includes('extension')) wrong.push(SENDER.popup, SENDER.optionsTab);
        for (const sender of wrong) {
          expect(await route({ type, payload: valid }, sender)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
        }
        expect(await snapshot()).toBe(before);
      });
    });
  }

  it('opening the popup writes nothing the badge reacts to: no write callback, no suggestion log entry', async () => {
    await route({ type: 'settings:save', payload: { patch: { industry: 'technology-information-media' } } }, SENDER.popup);
    await route({ type: 'contact:update', payload: { profile, patch: { industry: 'hospitals-health-care' } } }, SENDER.popup);
    writes = [];
    for (let open = 0; open < 2; open++) {
      const reply = await route({ type: 'popup:home', payload: { dueLimit: 50 } }, SENDER.popup);
      expect(reply).toMatchObject({ ok: true, data: { suggestions: [{ contactId: 'linkedin:ayaka' }] } });
    }
    expect(writes).toEqual([]);
    expect(await db.suggestionLog.count()).toBe(0);
  });

  it('one message records the answer to a suggestion and its effect together (Done with a kind)', async () => {
    await route({ type: 'contact:track', payload: { profile } }, SENDER.linkedinTab);
    writes = [];
    expect(await route({ type: 'suggestion:act', payload: { contactId: 'linkedin:ayaka', action: 'done', kind: 'comment' } }, SENDER.popup)).toMatchObject({ ok: true });
    expect(writes).toEqual(['suggestion:act']);
    expect(await db.touches.toArray()).toMatchObject([{ contactId: 'linkedin:ayaka', kind: 'comment' }]);
    expect(await db.suggestionLog.toArray()).toMatchObject([{ contactId: 'linkedin:ayaka', outcome: 'done' }]);
  });

  it('rejects unknown types and non-objects', async () => {
    for (const message of [null, 'note:add', { type: 'db:drop', payload: {} }, { type: 'constructor', payload: {} }, { payload: {} }]) {
      expect(await route(message, SENDER.popup)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    }
  });

  it('accepts content messages from an X tab and extension messages from the options tab', async () => {
    expect(await route({ type: 'contact:get', payload: { key: { site: 'x', handle: 'ken_dev' } } }, SENDER.xTab)).toMatchObject({ ok: true });
    expect(await route({ type: 'contacts:list-recent', payload: { limit: 5, offset: 0 } }, SENDER.optionsTab)).toMatchObject({ ok: true });
  });

  it('turns a failed write into an error reply, not a throw', async () => {
    const reply = await route({ type: 'note:update', payload: { contactId: 'linkedin:ayaka', noteId: 99, body: 'x' } }, SENDER.linkedinTab);
    expect(reply).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
