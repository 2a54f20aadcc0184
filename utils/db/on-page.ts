/**
 * The contacts among the handles a page shows (DESIGN.md, "People on this page"). Only people who
 * are already contacts come back: nothing is created, and nothing about unknown handles is said.
 */
import { isDue } from '../domain/cadence';
import { noteExcerpt, sortOnPage } from '../domain/on-page';
import { contactIdOf, type Contact, type Site } from '../model';
import type { KakehashiDb } from './schema';

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
