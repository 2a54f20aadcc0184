/**
 * The contacts among the handles a page shows (DESIGN.md, "People on this page"). Only people who
 * are already contacts come back: nothing is created, and nothing about unknown handles is said.
 */
import { isDue } from '../domain/cadence';
import { noteExcerpt, sortOnPage } from '../domain/on-page';
import { contactIdOf, type Contact, type Site } from '../model';
import type { KakehashiDb } from './schema';
import { getSettings } from './settings';

export interface OnPageContact {
  contact: Contact;
  /** The handle the page links the person by: an alias (an old X handle) when that is what it shows. */
  pageHandle: string;
  due: boolean;
  /** The first line of the latest note, or null when there is none. */
  noteExcerpt: string | null;
}

/**
 * Known contacts among `handles` on `site`, most due first, each with a note excerpt. A handle
 * that is only an alias of a contact (a renamed X handle, a LinkedIn member id) finds that contact;
 * a person linked by both handles is listed once.
 */
export async function listContactsOnPage(db: KakehashiDb, site: Site, handles: readonly string[], now: number): Promise<OnPageContact[]> {
  const unique = [...new Set(handles)];
  const ids = unique.map((handle) => contactIdOf({ site, handle }));
  return db.transaction('r', db.contacts, db.notes, async () => {
    const direct = await db.contacts.bulkGet(ids);
    const byId = new Map<string, { contact: Contact; pageHandle: string }>();
    direct.forEach((c, i) => c && byId.set(c.id, { contact: c, pageHandle: unique[i]! }));
    const missing = ids.filter((_, i) => !direct[i]);
    if (missing.length) {
      for (const contact of await db.contacts.where('aliases').anyOf(missing).toArray()) {
        if (byId.has(contact.id)) continue;
        const alias = (contact.aliases ?? []).find((a) => missing.includes(a));
        if (alias) byId.set(contact.id, { contact, pageHandle: alias.slice(site.length + 1) });
      }
    }
    const pageHandleOf = new Map([...byId.values()].map((v) => [v.contact.id, v.pageHandle]));
    const found = [...byId.values()].map((v) => v.contact);
    const rows = await Promise.all(
      sortOnPage(found, now).map(async (contact) => {
        const notes = await db.notes.where('contactId').equals(contact.id).toArray();
        const latest = notes.reduce<(typeof notes)[number] | undefined>(
          (best, n) => (!best || n.createdAt > best.createdAt || (n.createdAt === best.createdAt && (n.id ?? 0) > (best.id ?? 0)) ? n : best),
          undefined,
        );
        return { contact, pageHandle: pageHandleOf.get(contact.id) ?? contact.handle, due: isDue(contact, now), noteExcerpt: noteExcerpt(latest?.body) };
      }),
    );
    return rows;
  });
}

/**
 * What an inline mark's card shows about one person (DESIGN.md, "People on this page"): only this
 * much of a contact ever reaches a content script through `marks:lookup`.
 */
export interface MarkInfo {
  handle: string;
  name: string | null;
  noteExcerpt: string | null;
  lastContactAt: number | null;
  nextDueAt: number | null;
  due: boolean;
}

/**
 * Marks for the known people among `handles`, or none at all while inline marks are off (and on
 * LinkedIn in quiet mode): the background, not the content script, has the last word, so a tab
 * that missed a settings change still learns nothing about whom the user keeps notes on.
 */
export async function listMarks(db: KakehashiDb, site: Site, handles: readonly string[], now: number): Promise<MarkInfo[]> {
  const { inlineMarks, quietMode } = await getSettings(db);
  if (!inlineMarks || (site === 'linkedin' && quietMode)) return [];
  const rows = await listContactsOnPage(db, site, handles, now);
  return rows.map(({ contact, due, noteExcerpt: excerpt }) => ({
    handle: contact.handle,
    name: contact.name,
    noteExcerpt: excerpt,
    lastContactAt: contact.lastContactAt,
    nextDueAt: contact.nextDueAt,
    due,
  }));
}
