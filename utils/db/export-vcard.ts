/**
 * Reads what a vCard export needs: the chosen people (or everyone) with their notes and linked
 * records. One card per person: of linked records, the first one chosen carries the others' URLs
 * and notes, and the others get no card of their own.
 */
import type { Contact, ContactId, Note } from '../model';
import type { KakehashiDb } from './schema';
import { chunksOf } from './undo';
import type { VCardPerson } from '../io/vcard';

/** The people of `ids` (every contact when null), in that order, ready for `vcardFile`. */
export async function readVCardPeople(db: KakehashiDb, ids: readonly ContactId[] | null): Promise<VCardPerson[]> {
  return db.transaction('r', db.contacts, db.notes, async () => {
    const chosen: Contact[] = [];
    if (ids === null) chosen.push(...(await db.contacts.toArray()));
    else for (const chunk of chunksOf([...new Set(ids)])) for (const c of await db.contacts.bulkGet(chunk)) if (c) chosen.push(c);
    // Everyone: all notes in one read instead of one query per person.
    const allNotes = ids === null ? groupByContact(await db.notes.toArray()) : null;
    const notesOf = async (id: ContactId) => allNotes?.get(id) ?? (allNotes ? [] : await db.notes.where('contactId').equals(id).toArray());
    const carded = new Set<string>();
    const people: VCardPerson[] = [];
    for (const contact of chosen) {
      const personKey = contact.personId ?? contact.id;
      if (carded.has(personKey)) continue;
      carded.add(personKey);
      const linked = contact.personId ? (await db.contacts.where('personId').equals(contact.personId).toArray()).filter((c) => c.id !== contact.id) : [];
      const notes: Note[] = [];
      for (const record of [contact, ...linked]) notes.push(...(await notesOf(record.id)));
      people.push({ contact, linked, notes });
    }
    return people;
  });
}

function groupByContact(notes: Note[]): Map<ContactId, Note[]> {
  const out = new Map<ContactId, Note[]>();
  for (const n of notes) {
    const list = out.get(n.contactId);
    if (list) list.push(n);
    else out.set(n.contactId, [n]);
  }
  return out;
}
