import { browser } from 'wxt/browser';
import { dueCountLabel } from '@/utils/db/due';
import { formatDate, t } from '@/utils/i18n';
import type { Contact } from '@/utils/model';
import { displayName, industryName, siteLabel } from './labels';

interface Props {
  count: number;
  contacts: Contact[];
  /** More due people than listed: offer "Show more". */
  hasMore: boolean;
  onShowMore: () => void;
  onDone: (c: Contact) => void;
  onSnooze: (c: Contact, length: 'week' | 'month') => void;
}

/**
 * Who is due, most overdue first, with Done, Snooze (1 week / 1 month) and Open; "Show more" for the
 * next page, and the People page (whose default order is most overdue first) for everyone.
 */
export function DueList({ count, contacts, hasMore, onShowMore, onDone, onSnooze }: Props) {
  return (
    <section data-testid="due-list" data-state="ready" aria-labelledby="kk-due">
      <h2 id="kk-due">{t('dueHeading', dueCountLabel(count))}</h2>
      {contacts.length === 0 ? (
        <p class="muted">{t('dueNone')}</p>
      ) : (
        <ul class="due">
          {contacts.map((c) => {
            const name = displayName(c);
            return (
              <li key={c.id} class="due-item" data-contact-id={c.id}>
                <div class="row spread">
                  <span class="name">{name}</span>
                  <span class="muted">
                    {siteLabel(c)} · {industryName(c.industry)}
                  </span>
                </div>
                <div class="row spread">
                  <span class="muted">{c.nextDueAt !== null && t('dueSince', formatDate(c.nextDueAt))}</span>
                  <span class="row">
                    <button type="button" aria-label={`${t('dueDone')}: ${t('dueDoneLabel', name)}`} onClick={() => onDone(c)}>
                      {t('dueDone')}
                    </button>
                    <button type="button" aria-label={`${t('dueSnoozeLabel', name)}: ${t('dueSnoozeWeek')}`} onClick={() => onSnooze(c, 'week')}>
                      {t('dueSnoozeWeek')}
                    </button>
                    <button type="button" aria-label={`${t('dueSnoozeLabel', name)}: ${t('dueSnoozeMonth')}`} onClick={() => onSnooze(c, 'month')}>
                      {t('dueSnoozeMonth')}
                    </button>
                    <a class="button" href={c.url} target="_blank" rel="noreferrer">
                      {t('dueOpen')}
                    </a>
                  </span>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {contacts.length > 0 && (
        <p class="row spread">
          {hasMore ? (
            <button type="button" data-testid="due-more" onClick={onShowMore}>
              {t('dueShowMore')}
            </button>
          ) : (
            <span />
          )}
          <a href={browser.runtime.getURL('/people.html')} target="_blank" rel="noreferrer" data-testid="due-see-everyone">
            {t('dueSeeEveryone')}
          </a>
        </p>
      )}
    </section>
  );
}
