/**
 * Helpers that run inside an extension page (popup/options): it shares the extension origin's
 * IndexedDB with the background, and may message the background like the popup does. Unlike
 * `session.worker`, a page handle stays valid when the service worker is stopped and restarted.
 */
import type { Page } from 'playwright-core';
import type { ProfileSnapshot, Site } from '../../utils/model';

export const DAY = 86_400_000;

export interface DbDump {
  contacts: Array<Record<string, unknown>>;
  notes: Array<Record<string, unknown>>;
  touches: Array<Record<string, unknown>>;
  settings: Array<Record<string, unknown>>;
  suggestionLog: Array<Record<string, unknown>>;
}

/**
 * Every record of the 'kakehashi' database, read with the raw IndexedDB API (no Dexie). A database
 * that does not exist yet reads as empty and is not created.
 */
export function dumpDb(page: Page): Promise<DbDump> {
  return page.evaluate(
    () =>
      new Promise<DbDump>((resolve, reject) => {
        const empty: DbDump = { contacts: [], notes: [], touches: [], settings: [], suggestionLog: [] };
        const request = indexedDB.open('kakehashi');
        let created = false;
        request.onupgradeneeded = () => {
          created = true;
          request.transaction?.abort();
        };
        request.onerror = () => (created ? resolve(empty) : reject(request.error));
        request.onsuccess = () => {
          const db = request.result;
          const names = Object.keys(empty) as Array<keyof DbDump>;
          const tx = db.transaction(names, 'readonly');
          const out = { ...empty };
          for (const name of names) {
            const all = tx.objectStore(name).getAll();
            all.onsuccess = () => (out[name] = all.result as Array<Record<string, unknown>>);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** A serialisable digest of the database, to compare before and after. */
export async function dbDigest(page: Page): Promise<string> {
  return JSON.stringify(await dumpDb(page));
}

export type RawReply = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } } | { thrown: string };

/** Sends one raw message from the page, exactly as given (no client-side validation). */
export function sendRaw(page: Page, message: unknown): Promise<RawReply> {
  return page.evaluate(async (m) => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
    try {
      // A background that stops before answering may resolve with nothing at all.
      return ((await runtime.sendMessage(m)) ?? { thrown: 'no reply' }) as RawReply;
    } catch (error) {
      return { thrown: String(error) };
    }
  }, message);
}

/**
 * Sends many raw messages at once from the page and returns the replies in order. With
 * `firstReplySignal`, the page logs that text to the console when the first reply arrives, so the
 * test can act (stop the worker) while the rest are still in flight.
 */
export function sendAllRaw(page: Page, messages: unknown[], firstReplySignal?: string): Promise<RawReply[]> {
  return page.evaluate(
    async ([ms, signal]) => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
      let signalled = false;
      return Promise.all(
        ms.map(async (m) => {
          let reply: RawReply;
          try {
            // A background that stops before answering may resolve with nothing at all.
            reply = ((await runtime.sendMessage(m)) ?? { thrown: 'no reply' }) as RawReply;
          } catch (error) {
            reply = { thrown: String(error) };
          }
          if (signal && !signalled) {
            signalled = true;
            console.log(signal);
          }
          return reply;
        }),
      );
    },
    [messages, firstReplySignal ?? null] as const,
  );
}

/** Sends one message and returns its data; throws with the reply when the background refused it. */
export async function sendOk(page: Page, message: { type: string; payload?: unknown }): Promise<unknown> {
  const reply = await sendRaw(page, message);
  if (!('ok' in reply) || !reply.ok) throw new Error(`${message.type} was not accepted: ${JSON.stringify(reply)}`);
  return reply.data;
}

/** A profile as a content script would report it, with only the key and the name known. */
export function snapshotOf(site: Site, handle: string, name: string | null = null): ProfileSnapshot {
  return { site, handle, name, headline: null, company: null, location: null, avatarUrl: null };
}

/** Someone to save before a test: last contact `daysAgo` days ago, and optionally a note and an industry. */
export interface SeedPerson {
  site: Site;
  handle: string;
  name: string;
  daysAgo: number;
  note?: string;
  industry?: string;
}

/**
 * Saves people through the real message path (extension page → background router → database), as
 * the panel and the popup would: the last-contact date, then the note, then the industry.
 */
export async function seedContacts(page: Page, people: readonly SeedPerson[], now = Date.now()): Promise<void> {
  for (const person of people) {
    const profile = snapshotOf(person.site, person.handle, person.name);
    await sendOk(page, { type: 'contact:set-last-contact', payload: { profile, at: now - person.daysAgo * DAY } });
    if (person.note) await sendOk(page, { type: 'note:add', payload: { profile, body: person.note } });
    if (person.industry) await sendOk(page, { type: 'contact:update', payload: { profile, patch: { industry: person.industry } } });
  }
}

/** Saves a settings patch as the options page does. */
export async function saveSettings(page: Page, patch: Record<string, unknown>): Promise<void> {
  await sendOk(page, { type: 'settings:save', payload: { patch } });
}
