import { t } from '@/utils/i18n';
import type { KakehashiDb } from '@/utils/db/schema';
import type { Contact, ContactId } from '@/utils/model';
import { SamePerson } from './SamePerson';

/**
 * What the person pane hosts from the bulk slice: "same person as…" and "delete this person"
 * (deleted with everything about them; the page offers undo, see BulkBar).
 */
export function PersonActions(props: { db: KakehashiDb; contact: Contact; linked: Contact[]; onChanged: () => void; onDelete: (id: ContactId) => void }) {
  return (
    <>
      <SamePerson db={props.db} contact={props.contact} linked={props.linked} onChanged={props.onChanged} />
      <p>
        <button type="button" data-testid="person-delete" onClick={() => props.onDelete(props.contact.id)}>
          {t('personDelete')}
        </button>
      </p>
    </>
  );
}
