import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { OnPageContact } from '@/utils/db/on-page';
import { formatDate, t } from '@/utils/i18n';
import { send } from '@/utils/messaging/client';
import { handlesToLookUp, type PageMessageMap, type PageMessageType } from '@/utils/messaging/page-contract';
import type { Contact } from '@/utils/model';
import { displayName, industryName } from './labels';

/** Asks the content script of a tab; null when the tab has none (not LinkedIn or X) or it fails. */
async function askPage<T extends PageMessageType>(tabId: number, type: T, payload: PageMessageMap[T]['req']): Promise<PageMessageMap[T]['res'] | null> {
  try {
    return ((await browser.tabs.sendMessage(tabId, { type, payload })) as PageMessageMap[T]['res'] | undefined) ?? null;
  } catch {
    return null;
  }
}

function dueState({ contact, due }: OnPageContact): string {
  if (contact.nextDueAt === null) return t('onPageNoReminder');
  return due ? t('dueSince', formatDate(contact.nextDueAt)) : t('onPageDueOn', formatDate(contact.nextDueAt));
}

/**
 * "On this page" (DESIGN.md, "People on this page"): the user's contacts linked in the current
 * tab's page now, most due first. The page is asked afresh each time the popup opens, so people
 * the site has since removed (or navigated away from) are not listed. Renders nothing on tabs
 * without our content script.
 */
export function OnThisPage({ onDone }: { onDone: (c: Contact) => void }) {
  const [tabId, setTabId] = useState<number | null>(null);
  const [people, setPeople] = useState<OnPageContact[] | null>(null);
  const [gone, setGone] = useState<string | null>(null);

  const load = async () => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const found = await askPage(tab.id, 'page:people', {});
    if (!found || (found.site !== 'linkedin' && found.site !== 'x')) return;
    const handles = handlesToLookUp(found);
    setTabId(tab.id);
    setPeople(handles.length ? await send('contacts:on-page', { site: found.site, handles }) : []);
  };
  useEffect(() => void load().catch(() => undefined), []);

  const show = async (row: OnPageContact) => {
    if (tabId === null) return;
    const shown = await askPage(tabId, 'page:scroll-to', { handle: row.pageHandle });
    setGone(shown ? null : t('onPageGone', displayName(row.contact)));
    if (!shown) await load().catch(() => undefined);
  };

  if (people === null) return null;
  return (
    <section data-testid="on-this-page" aria-labelledby="kk-on-page">
      <h2 id="kk-on-page">{t('onPageHeading', people.length)}</h2>
      {gone && (
        <p class="muted" role="status">
          {gone}
        </p>
      )}
      {people.length === 0 ? (
        <p class="muted">{t('onPageNone')}</p>
      ) : (
        <ul class="due">
          {people.map((row) => {
            const { contact } = row;
            const name = displayName(contact);
            return (
              <li key={contact.id} class="due-item" data-contact-id={contact.id} data-due={row.due ? 'yes' : 'no'}>
                <div class="row spread">
                  <button type="button" class="on-page-name name" aria-label={t('onPageShowLabel', name)} onClick={() => void show(row)}>
                    {name}
                  </button>
                  <span class="muted">{industryName(contact.industry)}</span>
                </div>
                {row.noteExcerpt && <p class="excerpt">{row.noteExcerpt}</p>}
                <div class="row spread">
                  <span class="muted">
                    {t('popupLastContact', contact.lastContactAt ? formatDate(contact.lastContactAt) : t('lastContactNever'))} · {dueState(row)}
                  </span>
                  <button type="button" aria-label={`${t('dueDone')}: ${t('dueDoneLabel', name)}`} onClick={() => onDone(contact)}>
                    {t('dueDone')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
