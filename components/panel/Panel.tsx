import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { onTrusted } from '@/components/trusted-event';
import { t } from '@/utils/i18n';
import { send } from '@/utils/messaging/client';
import { contactIdOf, type ContactId, type LanguageSetting, type ProfileKey, type ProfileSnapshot } from '@/utils/model';
import { CopyReport } from './CopyReport';
import { EngagementSection } from './EngagementSection';
import { LastContactSection } from './LastContactSection';
import { missingDetails } from './missing-details';
import { NotesSection } from './NotesSection';
import { useContact } from './use-contact';

const COLLAPSED_KEY = 'panelCollapsed';

interface Props {
  profileKey: ProfileKey;
  /** In the popup (quiet mode) the card is shown inline and quiet mode does not hide it. */
  inline?: boolean;
  /** Reads the profile off the page, waiting for it to render; null when it never could. */
  readProfile: (signal: AbortSignal) => Promise<ProfileSnapshot | null>;
  /** False on profile sub-pages without the person's header: an empty read is not worth a warning. */
  headerExpected?: boolean;
  /** The live quiet-mode setting (start-panel.tsx); the stored one until it is known. */
  quietMode?: boolean;
  /** The live language setting: a change re-renders every string (`t` reads the new one). */
  language?: LanguageSetting;
  /** Builds "Copy a report" for this page (content script only; see utils/sites/page-report.ts). */
  buildReport?: () => string;
}

type Reading = { state: 'waiting' } | { state: 'done'; snapshot: ProfileSnapshot | null };

/**
 * The in-page card for one person. It is mounted per person (keyed by contact id), so nothing of
 * the previous profile can survive an in-app navigation.
 */
export function Panel({ profileKey: urlKey, readProfile, inline = false, headerExpected = true, quietMode, buildReport }: Props) {
  const [reading, setReading] = useState<Reading>({ state: 'waiting' });
  const read = reading.state === 'done' ? reading.snapshot : null;
  // The person the page shows: at a LinkedIn member-id URL the adapter keys them by the vanity slug.
  const profileKey: ProfileKey = read && read.handle !== urlKey.handle ? { site: read.site, handle: read.handle } : urlKey;
  const { view, error, run, busy, reload } = useContact(profileKey);
  const [renamedFrom, setRenamedFrom] = useState<ContactId | null>(null);
  const [collapsed, setCollapsed] = useState(false);
  const contact = view?.contact ?? null;

  useEffect(() => {
    void browser.storage.local.get(COLLAPSED_KEY).then((r) => setCollapsed(r[COLLAPSED_KEY] === true));
    const abort = new AbortController();
    readProfile(abort.signal)
      .then((snapshot) => {
        if (abort.signal.aborted) return;
        setReading({ state: 'done', snapshot });
        // Refresh stored details of a tracked person; never creates a contact. A renamed handle is
        // re-keyed by the background first: show the record under its new key, and say so.
        if (snapshot) {
          void send('contact:visit', { profile: snapshot })
            .then(async (visit) => {
              if (abort.signal.aborted || !visit.renamedFrom) return;
              setRenamedFrom(visit.renamedFrom);
              await reload();
            })
            .catch(() => undefined);
        }
      })
      .catch(() => !abort.signal.aborted && setReading({ state: 'done', snapshot: null }));
    return () => abort.abort();
  }, [readProfile]);

  const snapshot = reading.state === 'done' ? reading.snapshot : null;
  const profile: ProfileSnapshot = snapshot ?? {
    ...profileKey,
    name: null,
    headline: null,
    company: null,
    location: null,
    avatarUrl: null,
  };
  const displayName = snapshot?.name ?? contact?.name ?? `@${profileKey.handle}`;
  const missing = missingDetails(reading.state === 'done', snapshot, headerExpected).map((key) => t(key));
  const toggle = onTrusted(() => {
    setCollapsed(!collapsed);
    void browser.storage.local.set({ [COLLAPSED_KEY]: !collapsed });
  });

  // Render nothing until the first answer: no flash of a loading card, and none at all in quiet mode.
  if (!view && !error) return null;
  const quiet = !inline && (quietMode ?? view?.quietMode) === true && profileKey.site === 'linkedin';
  if (quiet) return <QuietReporter profile={profile} ready={reading.state === 'done'} />;

  if (collapsed) {
    return (
      <button type="button" class="tab" aria-expanded="false" aria-label={t('panelExpand')} title={t('panelExpand')} onClick={toggle}>
        <span aria-hidden="true">架</span>
      </button>
    );
  }

  // Found under another id (the URL is an old handle) or just re-keyed: "@old is now @new" (X only:
  // a LinkedIn member id is not a name anyone chose).
  const contactId = contact?.id ?? contactIdOf(profileKey);
  const oldHandle = renamedFrom?.slice('x:'.length) ?? (contact && contact.id !== contactIdOf(profileKey) ? profileKey.handle : null);
  const renamed = contact?.site === 'x' && oldHandle && oldHandle !== contact.handle ? { from: oldHandle, to: contact.handle } : null;
  return (
    <aside class={inline ? 'card inline' : 'card'} aria-label={t('panelLabel', displayName)} data-contact-id={contactId}>
      <header class="row header">
        <div class="who">
          <h2 class="name" data-testid="panel-name">
            {displayName}
          </h2>
          <p class="muted">
            {profileKey.site === 'linkedin' ? t('siteLinkedin') : t('siteX')} · {contact ? t('panelTracked') : t('panelNotTracked')}
          </p>
        </div>
        <button type="button" class="icon" aria-expanded="true" aria-label={t('panelCollapse')} title={t('panelCollapse')} onClick={toggle}>
          <span aria-hidden="true">–</span>
        </button>
      </header>
      {renamed && (
        <p class="notice" role="status" data-testid="panel-renamed">
          {t('identRenamed', renamed.from, renamed.to)}
        </p>
      )}
      {missing.length > 0 && (
        <div class="notice" role="status">
          <p>{t('panelUnreadable', missing.join(t('listSeparator')), profileKey.handle)}</p>
          {buildReport && <CopyReport buildReport={buildReport} />}
        </div>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {!view ? (
        <p class="muted">{t('panelLoading')}</p>
      ) : (
        <>
          {!contact && (
            <button type="button" disabled={busy} onClick={onTrusted(() => void run(() => send('contact:track', { profile })))}>
              {t('panelTrack')}
            </button>
          )}
          <LastContactSection
            key={contact?.lastContactAt ?? 0}
            lastContactAt={contact?.lastContactAt ?? null}
            busy={busy}
            onSet={(at) => run(() => send('contact:set-last-contact', { profile, at }))}
          />
          <NotesSection
            notes={view.notes}
            busy={busy}
            onAdd={(body) => run(() => send('note:add', { profile, body }))}
            onUpdate={(noteId, body) => run(() => send('note:update', { contactId, noteId, body }))}
            onDelete={(noteId) => run(() => send('note:delete', { contactId, noteId }))}
          />
          <EngagementSection
            contact={contact}
            displayName={displayName}
            defaultCadenceDays={view.defaultCadenceDays}
            busy={busy}
            onUpdate={(patch) => run(() => send('contact:update', { profile, patch }))}
            onTouch={(kind, note) => run(() => send('touch:log', { profile, kind, at: Date.now(), ...(note.trim() ? { note: note.trim() } : {}) }))}
          />
        </>
      )}
    </aside>
  );
}

/** Quiet mode: no card on the page; tell the background which profile this tab shows instead. */
function QuietReporter({ profile, ready }: { profile: ProfileSnapshot; ready: boolean }) {
  useEffect(() => {
    if (!ready) return;
    void send('tab:profile', { profile }).catch(() => undefined);
    return () => void send('tab:profile', { profile: null }).catch(() => undefined);
  }, [ready]);
  return null;
}
