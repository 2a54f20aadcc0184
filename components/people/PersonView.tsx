import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { errorMessage } from '@/components/error-message';
import { NotesSection } from '@/components/panel/NotesSection';
import { displayName, industryName, siteLabel } from '@/components/popup/labels';
import { getPersonView, type PersonView as PersonData } from '@/utils/db/links';
import { updateContact, type ContactPatch } from '@/utils/db/contact-edits';
import { deleteNote, updateNote, addNote } from '@/utils/db/notes';
import { PersonBalance } from '@/components/insights/PersonBalance';
import type { KakehashiDb } from '@/utils/db/schema';
import { addTouch, deleteTouch, updateTouch } from '@/utils/db/touches';
import { t } from '@/utils/i18n';
import { send } from '@/utils/messaging/client';
import { parseContactId, type Contact, type ContactId, type ProfileSnapshot } from '@/utils/model';
import { PersonPaneDetails } from './PersonPaneDetails';
import { PersonPaneTouches } from './PersonPaneTouches';
import { PersonActions } from './PersonActions';

/** Touches shown in the pane's history. */
const TOUCH_LIMIT = 200;

/** A snapshot that names the person and changes none of their details (a write's `ensureContact`). */
const keyOnly = (c: Contact): ProfileSnapshot => ({ site: c.site, handle: c.handle, name: null, headline: null, company: null, location: null, avatarUrl: null });

/**
 * The person pane: details, tags, industry, cadence, snooze, every note and the contact history,
 * each editable, and the profile link. It writes through the same repository functions as the
 * panel's messages (so the search index and due dates stay current), then asks the background to
 * refresh the badge and tells the list which row changed.
 */
export function PersonView({
  db,
  id,
  onClose,
  onChanged,
  onWritten,
  onDelete,
  knownTags,
  knownRegions,
}: {
  db: KakehashiDb;
  id: ContactId;
  /** Tags and regions in use, for suggestions: the page keeps them current (after every write). */
  knownTags: readonly string[];
  knownRegions: readonly string[];
  onClose: () => void;
  /** A write in the pane changed this person's row. */
  onChanged?: (id: ContactId) => void;
  /** A link, unlink or merge changed other rows too. */
  onWritten?: () => void;
  onDelete?: (id: ContactId) => void;
}) {
  const [view, setView] = useState<PersonData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const now = Date.now();

  const reload = async () => {
    const key = parseContactId(id);
    if (!key) return;
    setView(await getPersonView(db, key, TOUCH_LIMIT));
  };

  // Mounted per person (keyed by id): a reload after a write keeps the pane on screen meanwhile.
  // A layout effect, so the reads start in the click's own task, not a frame later (useEffect).
  useLayoutEffect(() => {
    setView(null);
    reload().catch((e: unknown) => setError(errorMessage(e)));
  }, [id]);
  useEffect(() => heading.current?.focus(), [view?.contact?.id]);

  const run = async (write: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    try {
      await write();
      setError(null);
      await reload();
      onChanged?.(id);
      void send('badge:refresh', {}).catch(() => undefined);
      return true;
    } catch (e) {
      setError(errorMessage(e));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const contact = view?.contact;
  return (
    <aside
      class="person-view"
      aria-labelledby="person-view-heading"
      data-testid="person-view"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <div class="row spread">
        <h2 id="person-view-heading" tabIndex={-1} ref={heading}>
          <bdi>{contact ? displayName(contact) : t('peopleLoading')}</bdi>
        </h2>
        <button type="button" onClick={onClose}>
          {t('personClose')}
        </button>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {view && !contact && <p>{t('errorNotFound')}</p>}
      {contact && (
        <>
          <p>
            <a href={contact.url} target="_blank" rel="noreferrer">
              {t('personOpenProfile', siteLabel(contact))}
            </a>
          </p>
          {[contact.headline, contact.company, contact.location].filter(Boolean).map((line, i) => (
            <p key={i}>
              <bdi>{line}</bdi>
            </p>
          ))}
          <p class="muted">{industryName(contact.industry)}</p>
          <PersonPaneDetails
            contact={contact}
            defaultCadenceDays={view.defaultCadenceDays}
            tagCadences={view.tagCadences}
            knownTags={knownTags}
            knownRegions={knownRegions}
            busy={busy}
            now={now}
            onUpdate={(patch: ContactPatch) => run(() => updateContact(db, keyOnly(contact), patch, Date.now()))}
          />
          <PersonBalance db={db} contact={contact} />
          <NotesSection
            notes={view.notes}
            busy={busy}
            onAdd={(body) => run(() => addNote(db, keyOnly(contact), body, Date.now()))}
            onUpdate={(noteId, body) => run(() => updateNote(db, noteId, contact.id, body, Date.now()))}
            onDelete={(noteId) => run(() => deleteNote(db, noteId, contact.id, Date.now()))}
          />
          <PersonPaneTouches
            touches={view.touches}
            busy={busy}
            onAdd={(input) => run(() => addTouch(db, contact.id, input, Date.now()))}
            onUpdate={(touchId, input) => run(() => updateTouch(db, touchId, contact.id, input, Date.now()))}
            onDelete={(touchId) => run(() => deleteTouch(db, touchId, contact.id, Date.now()))}
          />
          <PersonActions
            db={db}
            contact={contact}
            linked={view.linked}
            onChanged={() => {
              reload().catch((e: unknown) => setError(errorMessage(e)));
              onWritten?.();
            }}
            onDelete={(target) => onDelete?.(target)}
          />
        </>
      )}
    </aside>
  );
}
