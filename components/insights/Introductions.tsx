import { useEffect, useRef, useState } from 'preact/hooks';
import { errorMessage } from '@/components/error-message';
import { displayName, industryName } from '@/components/popup/labels';
import type { IntroductionSuggestion } from '@/utils/domain/introductions';
import { decideIntroduction, readCachedIntroductions, recordIntroduction } from '@/utils/db/introductions';
import { computeIntroductions } from '@/utils/db/introductions-client';
import type { KakehashiDb } from '@/utils/db/schema';
import { getSettings } from '@/utils/db/settings';
import { t } from '@/utils/i18n';
import { send } from '@/utils/messaging/client';
import type { Contact, ContactId, Settings } from '@/utils/model';

interface Shown extends IntroductionSuggestion {
  first: Contact;
  second: Contact;
}

/** A macrotask: the page paints and handles input between the engine's chunks. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The reason line: the shared topic, and for a hometown pair who is from where. */
function reasonOf(s: Shown, settings: Settings): string {
  if (s.kind === 'hometown') {
    const [home, city] = s.fromHometown === s.second.id ? [s.second, s.first] : [s.first, s.second];
    const places = t('introsReasonHometown', displayName(home), settings.hometown ?? '', displayName(city), settings.currentCity ?? '');
    return s.topic ? `${places} ${t('introsReasonTopic', s.topic)}` : places;
  }
  return t('introsReasonTopic', s.topic ?? '');
}

/** The intro draft in the user's language, to copy; never sent. */
function draftOf(s: Shown, settings: Settings): string {
  const [a, b] = [s.first, s.second];
  if (!s.topic) {
    const [home, city] = s.fromHometown === b.id ? [b, a] : [a, b];
    return t('introsDraftHometown', displayName(home), displayName(city), settings.hometown ?? '', settings.currentCity ?? '', industryName(home.industry), industryName(city.industry));
  }
  return t('introsDraft', displayName(a), displayName(b), industryName(a.industry), industryName(b.industry), s.topic);
}

function IntroCard({ db, s, settings, onDone }: { db: KakehashiDb; s: Shown; settings: Settings; onDone: (write: () => Promise<unknown>, said: string) => void }) {
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const draft = useRef<HTMLTextAreaElement>(null);
  const text = draftOf(s, settings);
  const doCopy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopy('copied');
    } catch (error) {
      // No clipboard access (a policy, a lost focus): select the draft so Ctrl+C copies it.
      console.warn('[Kakehashi] copy failed', error);
      setCopy('failed');
      draft.current?.focus();
      draft.current?.select();
    }
  };
  const { first, second } = s;
  const names = `${displayName(first)} ↔ ${displayName(second)}`;
  const draftId = `intro-draft-${s.pair.replace(/[^a-z0-9]/gi, '-')}`;
  return (
    <li class="intro" data-testid="intro" data-pair={s.pair} data-kind={s.kind}>
      <p class="intro-people">
        <strong>
          <bdi>{displayName(s.first)}</bdi>
        </strong>{' '}
        <span class="muted">({industryName(s.first.industry)})</span> ↔{' '}
        <strong>
          <bdi>{displayName(s.second)}</bdi>
        </strong>{' '}
        <span class="muted">({industryName(s.second.industry)})</span>
      </p>
      {s.kind === 'hometown' && <p class="intro-label">{t('introsLabelHometown')}</p>}
      <p data-testid="intro-reason">
        <bdi>{reasonOf(s, settings)}</bdi>
      </p>
      <label for={draftId}>{t('introsDraftLabel')}</label>
      <textarea id={draftId} ref={draft} class="intro-draft" readOnly rows={4} data-testid="intro-draft" value={text} />
      <div class="row">
        <button type="button" class="primary" onClick={() => void doCopy()} data-testid="intro-copy" aria-label={`${t('introsCopy')} — ${names}`}>
          {t('introsCopy')}
        </button>
        <button type="button" onClick={() => onDone(() => recordIntroduction(db, first.id, second.id, Date.now()), t('introsDoneSaid', names))} data-testid="intro-done" aria-label={`${t('introsDone')} — ${names}`}>
          {t('introsDone')}
        </button>
        <button type="button" onClick={() => onDone(() => decideIntroduction(db, first.id, second.id, 'snoozed', Date.now()), t('introsSnoozedSaid', names))} data-testid="intro-snooze" aria-label={`${t('introsSnooze')} — ${names}`}>
          {t('introsSnooze')}
        </button>
        <button type="button" onClick={() => onDone(() => decideIntroduction(db, first.id, second.id, 'skipped', Date.now()), t('introsSkippedSaid', names))} data-testid="intro-skip" aria-label={`${t('introsSkip')} — ${names}`}>
          {t('introsSkip')}
        </button>
      </div>
      {copy === 'copied' && (
        <p class="muted" role="status" data-testid="intro-copy-status" data-state="done">
          {t('introsCopied')}
        </p>
      )}
      {copy === 'failed' && (
        <p class="error" role="alert" data-testid="intro-copy-status" data-state="error">
          {t('introsCopyFailed')}
        </p>
      )}
    </li>
  );
}

/**
 * Suggested introductions in Insights: pairs from different industries who share a rare topic
 * (utils/domain/introductions.ts). Shown at once from the cache (utils/db/introductions-cache.ts),
 * with every decision applied; when the book changed since, the engine runs again in a worker
 * (introductions-client.ts) and the list is replaced when it is done. Copy puts the draft on the
 * clipboard (nothing is sent); "I introduced them" logs an `introduced` touch for both; Skip and
 * Snooze (30 days) are remembered.
 */
export function Introductions({ db }: { db: KakehashiDb }) {
  const [shown, setShown] = useState<Shown[] | null>(null);
  const [fresh, setFresh] = useState(false);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const abort = new AbortController();
    /** Shows the cache; true when the engine must run again. */
    const show = async () => {
      const [cached, s] = await Promise.all([readCachedIntroductions(db, Date.now()), getSettings(db)]);
      if (!cached.suggestions) return true;
      const contacts = await db.contacts.bulkGet(cached.suggestions.flatMap((f) => [f.a, f.b] as ContactId[]));
      const byId = new Map(contacts.flatMap((c) => (c ? [[c.id as string, c]] : [])));
      const list = cached.suggestions.flatMap((f) => {
        const first = byId.get(f.a);
        const second = byId.get(f.b);
        if (!first || !second) return [];
        return [{ ...f, first, second }];
      });
      if (!abort.signal.aborted) {
        setSettings(s);
        setShown(list);
        setFresh(!cached.stale);
      }
      return cached.stale;
    };
    (async () => {
      // A write during a run leaves its result stale: run again (a few times at most).
      for (let run = 0; (await show()) && run < 3 && !abort.signal.aborted; run++) await computeIntroductions(db, nextTask);
    })().catch((e: unknown) => {
      if (!abort.signal.aborted) setError(errorMessage(e));
    });
    return () => abort.abort();
  }, [version]);

  const act = (write: () => Promise<unknown>, message: string) => {
    write().then(
      () => {
        setSaid(message);
        setError(null);
        void send('badge:refresh', {}).catch(() => undefined);
        // The card is gone: keep the keyboard user in the section.
        heading.current?.focus();
        setVersion((v) => v + 1);
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  };

  return (
    <section aria-labelledby="insights-intros-heading" data-testid="intros" data-state={!shown ? 'loading' : fresh ? 'ready' : 'refreshing'}>
      <h2 id="insights-intros-heading" tabIndex={-1} ref={heading}>
        {t('introsHeading')}
      </h2>
      <p class="muted">{t('introsHelp')}</p>
      <p role="status" class="muted" data-testid="intros-said">
        {said ?? ''}
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {!shown && <p class="muted">{t('introsLoading')}</p>}
      {shown && !fresh && !error && <p class="muted" data-testid="intros-refreshing">{t('insfast_introsRefreshing')}</p>}
      {shown && settings && shown.length === 0 && (
        <p class="muted" data-testid="intros-none">
          {t('introsNone')}
        </p>
      )}
      {shown && settings && shown.length > 0 && (
        <ul class="intros">
          {shown.map((s) => (
            <IntroCard key={s.pair} db={db} s={s} settings={settings} onDone={act} />
          ))}
        </ul>
      )}
    </section>
  );
}
