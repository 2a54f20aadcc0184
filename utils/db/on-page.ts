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
  due: boolean;
  /** The first line of the latest note, or null when there is none. */
  noteExcerpt: string | null;
}

/** Known contacts among `handles` on `site`, most due first, each with a note excerpt. */
export async function listContactsOnPage(db: KakehashiDb, site: Site, handles: readonly string[], now: number): Promise<OnPageContact[]> {
  const ids = [...new Set(handles)].map((handle) => contactIdOf({ site, handle }));
  return db.transaction('r', db.contacts, db.notes, async () => {
    const found = (await db.contacts.bulkGet(ids)).filter((c): c is Contact => c !== undefined);
    const rows = await Promise.all(
      sortOnPage(found, now).map(async (contact) => {
        const notes = await db.notes.where('contactId').equals(contact.id).toArray();
        const latest = notes.reduce<(typeof notes)[number] | undefined>(
          (best, n) => (!best || n.createdAt > best.createdAt || (n.createdAt === best.createdAt && (n.id ?? 0) > (best.id ?? 0)) ? n : best),
          undefined,
        );
        return { contact, due: isDue(contact, now), noteExcerpt: noteExcerpt(latest?.body) };
      }),
    );
    return rows;
  });
}
