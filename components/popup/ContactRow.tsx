import { formatDate, t } from '@/utils/i18n';
import type { Contact } from '@/utils/model';
import { displayName, siteLabel } from './labels';

/** One saved person: name, site, last contact, and a link to their profile. */
export function ContactRow({ contact }: { contact: Contact }) {
  const name = displayName(contact);
  const site = siteLabel(contact);
  return (
    <li class="contact" data-contact-id={contact.id}>
      <a href={contact.url} target="_blank" rel="noreferrer" title={t('popupOpenProfile', name, site)}>
        <span class="name">{name}</span>
        <span class={`site site-${contact.site}`}>{site}</span>
      </a>
      <span class="muted">
        {t('popupLastContact', contact.lastContactAt ? formatDate(contact.lastContactAt) : t('lastContactNever'))}
      </span>
    </li>
  );
}
