import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { touchKindName } from '@/components/touch-kinds';
import { onTrusted } from '@/components/trusted-event';
import { formatDate, t } from '@/utils/i18n';
import { send } from '@/utils/messaging/client';
import { contactIdOf, type ContactId, type LanguageSetting, type Note, type ProfileKey, type ProfileSnapshot, type TouchKind } from '@/utils/model';
import { LastContactSection } from './LastContactSection';
import { missingDetails } from './missing-details';
import { NotesSection } from './NotesSection';
import type { PanelExtras } from './panel-extras';
import { useContact, type InitialView } from './use-contact';

/** Whether the user collapsed the panel (`storage.local`; one setting for every profile). */
export const COLLAPSED_KEY = 'panelCollapsed';
/** How long "Undo" is offered after a note is deleted. */
export const UNDO_MS = 8_000;

interface Props {
  profileKey: ProfileKey;
  /** In the popup (quiet mode) the card is shown inline and quiet mode does not hide it. */
  inline?: boolean;
  /**
   * Reads the profile off the page, waiting for it to render; null when it never could. In a page
   * it comes with the extras script (panel-extras.ts): until then the person is shown from the URL.
   */
  readProfile?: (signal: AbortSignal) => Promise<ProfileSnapshot | null>;
  /** False on profile sub-pages without the person's header: an empty read is not worth a warning. */
  headerExpected?: boolean;
  /** The live quiet-mode setting (start-panel.tsx); the stored one until it is known. */
  quietMode?: boolean;
  /** The live language setting: a change re-renders every string (`t` reads the new one). */
  language?: LanguageSetting;
  /** Builds "Copy a report" for this page (content script only; see utils/sites/page-report.ts). */
  buildReport?: () => string;
  /**
   * The tag editor, industry and cadence pickers and "Copy a report": in a page, they arrive with
   * the extras script after the page has loaded (panel-extras.ts); null until then.
   */
  extras?: PanelExtras | null;
  /** The person's view, asked for by URL before the panel mounted (content script only). */
  initialView?: InitialView | null;
  /** The stored collapsed state, read before mounting (content script only), so the card never flashes open. */
  initialCollapsed?: boolean;
}

type Reading = { state: 'waiting' } | { state: 'done'; snapshot: ProfileSnapshot | null };

/**
 * The in-page card for one person. It is mounted per person (keyed by contact id), so nothing of
 * the previous profile can survive an in-app navigation.
 */
export function Panel({ profileKey: urlKey, readProfile, inline = false, headerExpected = true, quietMode, buildReport, initialView, initialCollapsed = false, extras }: Props) {
  const [reading, setReading] = useState<Reading>({ state: 'waiting' });
  const read = reading.state === 'done' ? reading.snapshot : null;
  // The person the page shows: at a LinkedIn member-id URL the adapter keys them by the vanity slug.
  const profileKey: ProfileKey = read && read.handle !== urlKey.handle ? { site: read.site, handle: read.handle } : urlKey;
  const { view, error, run, busy, reload } = useContact(profileKey, initialView);
  const [renamedFrom, setRenamedFrom] = useState<ContactId | null>(null);
  const [collapsed, setCollapsed] = useState(initialCollapsed);
  const contact = view?.contact ?? null;
  const { status, announce, deleted, offerUndo, endUndo, undoRef, cardRef } = useFeedback();

  useEffect(() => {
    void browser.storage.local.get(COLLAPSED_KEY).then((r) => setCollapsed(r[COLLAPSED_KEY] === true));
  }, []);

  useEffect(() => {
    if (!readProfile) return;
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

  // An old or merged-away URL opens the record that absorbed it: its notes belong to that record's id.
  const contactId = contact?.id ?? contactIdOf(profileKey);
  /** Runs a write; when it worked, says so (visibly and to screen readers). */
  const confirm = async (write: () => Promise<unknown>, said: () => string) => {
    const ok = await run(write);
    if (ok) announce(said());
    return ok;
  };
  const deleteNote = async (noteId: number) => {
    let removed: Note | null = null;
    const ok = await confirm(async () => (removed = await send('note:delete', { contactId, noteId })), () => t('noteDeleted'));
    if (ok && removed) offerUndo(removed);
    return ok;
  };
  const undoDelete = async (note: Note) => {
    endUndo(true);
    const { id = 0, body, createdAt, updatedAt } = note;
    await confirm(() => send('note:restore', { contactId, note: { id, body, createdAt, updatedAt } }), () => t('recordNoteRestored'));
  };
  const logTouch = (kind: TouchKind, note: string) =>
    confirm(
      () => send('touch:log', { profile, kind, at: Date.now(), ...(note.trim() ? { note: note.trim() } : {}) }),
      () => t('recordTouchLogged', touchKindName(kind)),
    );
  // Found under another id (the URL is an old handle) or just re-keyed: "@old is now @new" (X only:
  // a LinkedIn member id is not a name anyone chose).
  const oldHandle = renamedFrom?.slice('x:'.length) ?? (contact && contact.id !== contactIdOf(profileKey) ? profileKey.handle : null);
  const renamed = contact?.site === 'x' && oldHandle && oldHandle !== contact.handle ? { from: oldHandle, to: contact.handle } : null;
  return (
    <aside ref={cardRef} class={inline ? 'card inline' : 'card'} aria-label={t('panelLabel', displayName)} data-contact-id={contactId}>
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
          {extras && buildReport && <extras.CopyReport buildReport={buildReport} />}
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
            lastContactAt={contact?.lastContactAt ?? null}
            lastTouchKind={view.lastTouchKind}
            busy={busy}
            onTouch={logTouch}
            onCorrect={(at) => confirm(() => send('contact:set-last-contact', { profile, at }), () => t('lastContactSaved', formatDate(at)))}
          />
          <NotesSection
            notes={view.notes}
            busy={busy}
            onAdd={(body) => confirm(() => send('note:add', { profile, body }), () => t('noteSaved'))}
            onUpdate={(noteId, body) => confirm(() => send('note:update', { contactId, noteId, body }), () => t('recordNoteUpdated'))}
            onDelete={deleteNote}
          />
          {extras && <extras.TagsSection tags={contact?.tags ?? []} busy={busy} onChange={(tags) => run(() => send('contact:update', { profile, patch: { tags } }))} />}
          {extras && (
            <extras.EngagementSection
              contact={contact}
              displayName={displayName}
              defaultCadenceDays={view.defaultCadenceDays}
              tagCadences={view.tagCadences ?? {}}
              busy={busy}
              onUpdate={(patch) => run(() => send('contact:update', { profile, patch }))}
            />
          )}
        </>
      )}
      {/* Always rendered, so screen readers know the live region before anything is said in it. */}
      <div class="status-line row">
        <p role="status" aria-live="polite" data-testid="panel-status">
          {status && <span key={status.n}>{status.text}</span>}
        </p>
        {deleted && (
          <button type="button" ref={undoRef} data-testid="note-undo" disabled={busy} onClick={onTrusted(() => void undoDelete(deleted))}>
            {t('recordNoteUndo')}
          </button>
        )}
      </div>
    </aside>
  );
}

/**
 * What the panel says after a save (a polite live region: read out without moving focus), and the
 * "Undo" offered for a few seconds after a note is deleted. The note is deleted at once and put back
 * exactly (same id, text and times) on Undo, so closing the tab in between loses nothing the user
 * meant to keep. Focus moves to "Undo" (the deleted note's buttons are gone), then to the notes'
 * heading when the offer ends.
 */
function useFeedback() {
  const [status, setStatus] = useState<{ text: string; n: number } | null>(null);
  const [deleted, setDeleted] = useState<Note | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const undoRef = useRef<HTMLButtonElement>(null);
  const cardRef = useRef<HTMLElement>(null);
  useEffect(() => () => clearTimeout(timer.current), []);
  useEffect(() => {
    if (deleted) undoRef.current?.focus();
  }, [deleted]);

  // A new node each time, so the same words said twice are announced twice.
  const announce = (text: string) => setStatus((s) => ({ text, n: (s?.n ?? 0) + 1 }));
  const endUndo = (moveFocus: boolean) => {
    clearTimeout(timer.current);
    const root = cardRef.current?.getRootNode() as Document | ShadowRoot | undefined;
    if (moveFocus && root?.activeElement === undoRef.current) cardRef.current?.querySelector<HTMLElement>('#kk-notes-heading')?.focus();
    setDeleted(null);
  };
  const offerUndo = (note: Note) => {
    clearTimeout(timer.current);
    setDeleted(note);
    timer.current = setTimeout(() => endUndo(true), UNDO_MS);
  };
  return { status, announce, deleted, offerUndo, endUndo, undoRef, cardRef };
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
