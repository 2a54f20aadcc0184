import { useEffect, useRef, useState } from 'preact/hooks';
import { errorMessage } from '@/components/error-message';
import { PersonBalance } from '@/components/insights/PersonBalance';
import { displayName, industryName, siteLabel, touchLabel } from '@/components/popup/labels';
import { getContactView, type ContactView } from '@/utils/db/contacts';
import type { KakehashiDb } from '@/utils/db/schema';
import { formatDate, t } from '@/utils/i18n';
import { parseContactId, type ContactId } from '@/utils/model';

/** Touches shown in the read-only view (the history editor comes with the person pane). */
const TOUCH_LIMIT = 200;

/**
 * A read-only view of one person: details, every note and the contact history, and the profile
 * link. It lives in the page's pane area, where the full person pane will replace it.
 */
export function PersonView({ db, id, onClose }: { db: KakehashiDb; id: ContactId; onClose: () => void }) {
  const [view, setView] = useState<ContactView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    setView(null);
    const key = parseContactId(id);
    if (!key) return;
    getContactView(db, key, TOUCH_LIMIT).then(setView, (e: unknown) => setError(errorMessage(e)));
  }, [id]);
  useEffect(() => heading.current?.focus(), [view?.contact?.id]);

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
          <PersonBalance db={db} contact={contact} />
          {contact.tags.length > 0 && (
            <>
              <h3>{t('personTags')}</h3>
              <ul class="tags tag-cloud">
                {contact.tags.map((tag) => (
                  <li key={tag}>
                    <bdi class="tag">{tag}</bdi>
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3>{t('personNotes')}</h3>
          {view.notes.length === 0 ? (
            <p class="muted">{t('personNoNotes')}</p>
          ) : (
            <ul>
              {view.notes.map((note) => (
                <li key={note.id} class="note-body">
                  <p class="muted">{formatDate(note.createdAt)}</p>
                  <bdi>{note.body}</bdi>
                </li>
              ))}
            </ul>
          )}
          <h3>{t('personTouches')}</h3>
          {view.touches.length === 0 ? (
            <p class="muted">{t('personNoTouches')}</p>
          ) : (
            <ul>
              {view.touches.map((touch) => (
                <li key={touch.id}>
                  {formatDate(touch.at)} · {touchLabel(touch.kind)}
                  {touch.note && (
                    <>
                      {' · '}
                      <bdi>{touch.note}</bdi>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </aside>
  );
}
