import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { errorMessage } from '@/components/error-message';
import { TouchKindPicker } from '@/components/touch-kinds';
import { isDueCountCapped } from '@/utils/db/due';
import { t } from '@/utils/i18n';
import { LIMITS } from '@/utils/limits';
import { POPUP_DUE_PAGE as DUE_PAGE } from '@/utils/db/popup-home-cache';
import type { PopupHome } from '@/utils/messaging/contract';
import { send } from '@/utils/messaging/client';
import { localShownSuggestions } from '@/utils/messaging/shown-suggestions';
import type { ContactId, TouchKind } from '@/utils/model';
import { CurrentProfile } from './CurrentProfile';
import { DueList } from './DueList';
import { GiveBack } from './GiveBack';
import { GoalLine } from './GoalLine';
import { OnThisPage } from './OnThisPage';
import { RecentContacts } from './RecentContacts';
import { SuggestionCard } from './SuggestionCard';


/**
 * The popup: a suggestion from a different industry, who is due, and recently updated people.
 * An error stays until the user dismisses it or starts the next action: the reload that follows
 * every action must not wipe the message about the action that failed.
 */
export function PopupApp({ cached = null }: { cached?: PopupHome | null }) {
  const [home, setHome] = useState<PopupHome | null>(cached);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const dueLimit = useRef(DUE_PAGE);
  /** The kind every "Done" logs: picked here in one click, else the last one used (settings). */
  const [pickedKind, setPickedKind] = useState<TouchKind | null>(null);
  const doneKind = pickedKind ?? home?.settings.lastTouchKind ?? 'message';

  const load = () =>
    send('popup:home', { dueLimit: dueLimit.current }).then(setHome, (e: unknown) => setError(errorMessage(e)));
  useEffect(() => {
    if (!cached) {
      void load();
      return;
    }
    // Read from the cache, not through `popup:home`, which would have marked the top suggestion as
    // shown (for the ranking's damping): mark it here. Bookkeeping only, in storage.local.
    const top = cached.suggestions[0];
    if (top) void localShownSuggestions.record(top.contactId, Date.now()).catch((error: unknown) => console.error('[Kakehashi] shown suggestion', error));
  }, []);

  const showMoreDue = () => {
    dueLimit.current = Math.min(dueLimit.current + DUE_PAGE, LIMITS.listLimit);
    void load();
  };

  const act = async (write: () => Promise<unknown>) => {
    setError(null);
    try {
      await write();
    } catch (e) {
      setError(errorMessage(e));
    }
    await load();
    setVersion((v) => v + 1);
  };
  const done = (contactId: ContactId, kind: TouchKind) => act(() => send('contact:done', { contactId, kind }));
  const top = home?.suggestions[0];
  // Before the first person is saved there is nothing due or to suggest: say what to do first.
  const empty = home?.hasContacts === false;

  return (
    <main>
      <header class="row spread">
        <h1>{t('popupHeading')}</h1>
        <nav class="row">
          <a href={browser.runtime.getURL('/people.html')} target="_blank" rel="noreferrer" data-testid="people-link">
            {t('popupPeopleLink')}
          </a>
          <a href={browser.runtime.getURL('/options.html#data')} target="_blank" rel="noreferrer">
            {t('popupExportLink')}
          </a>
          <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
            {t('popupSettingsLink')}
          </a>
        </nav>
      </header>
      {error && (
        <p class="error row spread" role="alert" data-testid="popup-error">
          <span>{error}</span>
          <button type="button" class="dismiss" aria-label={t('popupErrorDismiss')} onClick={() => setError(null)} data-testid="popup-error-dismiss">
            ×
          </button>
        </p>
      )}
      {empty && (
        <section class="empty notice" data-testid="empty-state" aria-labelledby="kk-empty">
          <h2 id="kk-empty">{t('popupEmptyTitle')}</h2>
          <p>{t('popupEmptyBody')}</p>
          <a href={browser.runtime.getURL('/options.html#data')} target="_blank" rel="noreferrer" data-testid="empty-import">
            {t('nu_popupEmptyImport')}
          </a>
        </section>
      )}
      {home && !empty && !home.needsIndustry && home.settings.onboardedAt === null && home.settings.industry === null && (
        <p class="notice" data-testid="setup-prompt">
          {t('popupSetupPrompt')}{' '}
          <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
            {t('popupSetupButton')}
          </a>
        </p>
      )}
      {home && <GoalLine goal={home.goal} href={browser.runtime.getURL('/people.html#insights')} />}
      {home?.settings.quietMode && <CurrentProfile />}
      {home && (top || home.due.contacts.length > 0) && (
        <TouchKindPicker name="kk-done-kind" legend={t('recordPopupKindLegend')} value={doneKind} onChange={setPickedKind} />
      )}
      <OnThisPage key={version} onDone={(c) => void done(c.id, doneKind)} />
      {home?.needsIndustry && !empty && (
        <section class="suggestion" data-testid="suggestion-needs-industry" aria-labelledby="kk-needs-industry">
          <h2 id="kk-needs-industry">{t('suggestionHeading')}</h2>
          <p>{t('suggestionNeedsIndustry')}</p>
          <a class="button" href={browser.runtime.getURL('/options.html#industry')} target="_blank" rel="noreferrer">
            {t('suggestionSetIndustry')}
          </a>
        </section>
      )}
      {home &&
        !empty &&
        !home.needsIndustry &&
        (top ? (
          <SuggestionCard
            key={top.contactId}
            suggestion={top}
            goal={home.goal}
            alternates={home.suggestions.slice(1)}
            onDone={(s) => void act(() => send('suggestion:act', { contactId: s.contactId, action: 'done', kind: doneKind }))}
            onSkip={(s) => void act(() => send('suggestion:act', { contactId: s.contactId, action: 'skip' }))}
            onSnooze={(s) => void act(() => send('suggestion:act', { contactId: s.contactId, action: 'snooze', length: 'week' }))}
          />
        ) : (
          <p class="muted" data-testid="suggestion-none">
            {t('suggestionNone')}
          </p>
        ))}
      {home?.giveBack && home.giveBack.contact.id !== top?.contactId && <GiveBack person={home.giveBack} />}
      {home && !empty && (
        <DueList
          count={home.due.count}
          contacts={home.due.contacts}
          hasMore={
            home.due.contacts.length < home.due.count ||
            (isDueCountCapped(home.due.count) && home.due.contacts.length >= dueLimit.current && dueLimit.current < LIMITS.listLimit)
          }
          onShowMore={showMoreDue}
          onDone={(c) => void done(c.id, doneKind)}
          onSnooze={(c, length) => void act(() => send('contact:snooze', { contactId: c.id, length }))}
        />
      )}
      <RecentContacts key={version} />
    </main>
  );
}
