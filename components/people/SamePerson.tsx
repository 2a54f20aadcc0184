import { useState } from 'preact/hooks';
import { errorMessage } from '@/components/error-message';
import { displayName, siteLabel } from '@/components/popup/labels';
import { findContact } from '@/utils/db/contacts';
import { linkContacts, unlinkContact } from '@/utils/db/links';
import type { KakehashiDb } from '@/utils/db/schema';
import { t } from '@/utils/i18n';
import { contactIdOf, parseContactId, type Contact, type ContactId, type ProfileKey } from '@/utils/model';
import { profileKeyFromUrl } from '@/utils/sites';
import { refreshBadge } from './BulkBar';

/** A profile URL, or `linkedin:slug` / `x:handle`, as a contact key; null when it is neither. */
export function keyOfInput(input: string): ProfileKey | null {
  const text = input.trim();
  if (/^https?:\/\//i.test(text)) {
    try {
      return profileKeyFromUrl(new URL(text));
    } catch {
      return null;
    }
  }
  const key = parseContactId(text.toLowerCase().replace(/^x:@/, 'x:'));
  return key;
}

/**
 * "Same person as…" in the person pane: the records linked to this one (each with Unlink), and a
 * field for the other record's profile URL to link it.
 */
export function SamePerson({ db, contact, linked, onChanged }: { db: KakehashiDb; contact: Contact; linked: Contact[]; onChanged: () => void }) {
  const [input, setInput] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const run = async (write: () => Promise<string>) => {
    try {
      setMessage({ text: await write(), error: false });
      void refreshBadge();
      onChanged();
    } catch (e) {
      setMessage({ text: errorMessage(e), error: true });
    }
  };

  const link = () =>
    run(async () => {
      const key = keyOfInput(input);
      if (!key) throw new Error(t('sameBadInput'));
      const other = await findContact(db, contactIdOf(key));
      if (!other) throw new Error(t('sameNotFound'));
      await linkContacts(db, contact.id, other.id, Date.now());
      setInput('');
      return t('sameDone');
    });

  const unlink = (id: ContactId) =>
    run(async () => {
      await unlinkContact(db, id, Date.now());
      return t('sameUnlinked');
    });

  return (
    <section aria-labelledby="same-person-heading" data-testid="same-person">
      <h3 id="same-person-heading">{t('sameHeading')}</h3>
      {linked.length > 0 && (
        <ul>
          {linked.map((other) => (
            <li key={other.id} class="same-person">
              <a href={other.url} target="_blank" rel="noreferrer">
                <bdi>{t('sameLinkedTo', displayName(other), siteLabel(other))}</bdi>
              </a>
              <button type="button" data-testid="same-unlink" onClick={() => void unlink(other.id)}>
                {t('sameUnlink', displayName(other))}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="same-person"
        onSubmit={(e) => {
          e.preventDefault();
          void link();
        }}
      >
        <label for="same-person-input">{t('sameInputLabel')}</label>
        <input id="same-person-input" data-testid="same-input" type="text" maxLength={2000} value={input} onInput={(e) => setInput((e.currentTarget as HTMLInputElement).value)} />
        <button type="submit" data-testid="same-link" disabled={!input.trim()}>
          {t('sameLink')}
        </button>
      </form>
      <p role="status" data-testid="same-status" class={message?.error ? 'error' : 'muted'}>
        {message?.text ?? ''}
      </p>
    </section>
  );
}
