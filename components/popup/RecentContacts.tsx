import { useEffect, useState } from 'preact/hooks';
import { failureReason } from '@/components/error-message';
import { t } from '@/utils/i18n';
import { send } from '@/utils/messaging/client';
import type { Contact } from '@/utils/model';
import { ContactRow } from './ContactRow';

const PAGE = 30;

/** Saved people, most recently updated first, a page at a time (never the whole table). */
export function RecentContacts() {
  const [contacts, setContacts] = useState<Contact[] | null>(null);
  const [hasMore, setHasMore] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = (offset: number) =>
    send('contacts:list-recent', { limit: PAGE + 1, offset })
      .then((page) => {
        setHasMore(page.length > PAGE);
        setContacts((prev) => [...(offset ? (prev ?? []) : []), ...page.slice(0, PAGE)]);
      })
      .catch((e: unknown) => setError(failureReason(e)));

  useEffect(() => void load(0), []);

  if (error) return <p class="error" role="alert">{t('popupError', error)}</p>;
  if (!contacts) return <p class="muted">{t('panelLoading')}</p>;
  // No one saved yet: the popup shows its one next step at the top instead (PopupApp).
  if (contacts.length === 0) return null;
  return (
    <section aria-labelledby="kk-recent">
      <h2 id="kk-recent">{t('popupRecentHeading')}</h2>
      <ul class="contacts">
        {contacts.map((c) => (
          <ContactRow key={c.id} contact={c} />
        ))}
      </ul>
      {hasMore && (
        <button type="button" onClick={() => void load(contacts.length)}>
          {t('popupMore')}
        </button>
      )}
    </section>
  );
}
