import { useEffect, useState } from 'preact/hooks';
import { errorMessage } from '@/components/error-message';
import { displayName, siteLabel } from '@/components/popup/labels';
import { dismissDuplicate, findDuplicates, mergeContacts, type DuplicatePair } from '@/utils/db/duplicates';
import { linkContacts } from '@/utils/db/links';
import type { KakehashiDb } from '@/utils/db/schema';
import { formatCount, keyFor, t, tp } from '@/utils/i18n';
import type { Contact } from '@/utils/model';
import { refreshBadge } from './BulkBar';
import type { LastAction } from './last-action';

const who = (c: Contact) => `${displayName(c)} (${siteLabel(c)} ${c.handle})`;

interface Props {
  db: KakehashiDb;
  /** Bumped by the page after any write (an undo too): the pairs are read again. */
  version: number;
  onChanged: () => void;
  /** A merge becomes the page's last action, undone like a bulk action (BulkBar's Undo). */
  setLast: (last: LastAction) => void;
}

/** Likely duplicates, each with "same person" (link), "merge" (with undo) and "not the same". */
export function Duplicates({ db, version, onChanged, setLast }: Props) {
  const [pairs, setPairs] = useState<DuplicatePair[] | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [gen, setGen] = useState(0);

  useEffect(() => {
    findDuplicates(db).then(setPairs, (e: unknown) => setMessage({ text: errorMessage(e), error: true }));
  }, [gen, version]);

  const run = async (write: () => Promise<string>) => {
    try {
      setMessage({ text: await write(), error: false });
      void refreshBadge();
      setGen((g) => g + 1);
      onChanged();
    } catch (e) {
      setMessage({ text: errorMessage(e), error: true });
    }
  };

  return (
    <section class="duplicates" aria-labelledby="duplicates-heading" data-testid="duplicates">
      <h2 id="duplicates-heading">{t('dupHeading')}</h2>
      <p role="status" data-testid="duplicates-status" data-state={pairs ? 'ready' : 'loading'} data-count={pairs?.length ?? ''}>
        {pairs === null ? t('peopleLoading') : pairs.length ? tp('dupCount', pairs.length, formatCount(pairs.length)) : t('dupNone')}
      </p>
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'muted'} data-testid="duplicates-message">
          {message.text}
        </p>
      )}
      {pairs && pairs.length > 0 && (
        <ul>
          {pairs.map((pair) => (
            <li key={`${pair.keep.id} ${pair.away.id}`} class="duplicate-pair" data-testid="duplicate-pair" data-keep={pair.keep.id} data-away={pair.away.id}>
              <span>
                <bdi>{who(pair.keep)}</bdi> · <bdi>{who(pair.away)}</bdi>
              </span>
              <span class="muted">{t(keyFor('dupReason_', pair.reason))}</span>
              {pair.reason === 'across-sites' && (
                <button
                  type="button"
                  data-testid="dup-link"
                  onClick={() =>
                    void run(async () => {
                      await linkContacts(db, pair.keep.id, pair.away.id, Date.now());
                      return t('dupLinked', displayName(pair.keep), displayName(pair.away));
                    })
                  }
                >
                  {t('dupLink')}
                </button>
              )}
              <button
                type="button"
                data-testid="dup-merge"
                onClick={() =>
                  void run(async () => {
                    const { merged, undo } = await mergeContacts(db, pair.keep.id, pair.away.id, Date.now());
                    const text = t('dupMerged', displayName(merged));
                    setLast({ message: text, affected: undo.contacts.length, undo });
                    return text;
                  })
                }
              >
                {t('dupMerge', who(pair.keep))}
              </button>
              <button
                type="button"
                data-testid="dup-not-same"
                onClick={() =>
                  void run(async () => {
                    await dismissDuplicate(db, pair.keep.id, pair.away.id, Date.now());
                    return t('dupDismissed', displayName(pair.keep), displayName(pair.away));
                  })
                }
              >
                {t('dupNotSame')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
