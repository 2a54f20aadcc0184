import { useState } from 'preact/hooks';
import { t, tp } from '@/utils/i18n';
import type { PopupHome } from '@/utils/messaging/contract';
import { displayName } from './labels';

/**
 * "Share something useful": the person the user has asked most more than given to, with a starter
 * to copy (never sent by us). Shown in the popup and on the People page's person view.
 */
export function GiveBack({ person, testId = 'give-back', heading = true }: { person: NonNullable<PopupHome['giveBack']>; testId?: string; heading?: boolean }) {
  const [copied, setCopied] = useState(false);
  const owed = person.asks - person.gives;
  if (owed <= 0) return null;
  const starter = t('starter_share_useful');
  return (
    <section class="give-back" data-testid={testId} aria-label={heading ? undefined : displayName(person.contact)} aria-labelledby={heading ? `${testId}-heading` : undefined}>
      {heading && <h2 id={`${testId}-heading`}>{t('insightsNudgeHeading')}</h2>}
      <p>
        <a href={person.contact.url} target="_blank" rel="noreferrer">
          <strong>{displayName(person.contact)}</strong>
        </a>{' '}
        · {t('insightsPersonBalance', person.gives, person.asks)}
      </p>
      <p>{tp('insightsNudge', owed, owed)}</p>
      <p class="row">
        <span>{starter}</span>
        <button
          type="button"
          onClick={() => void navigator.clipboard.writeText(starter).then(() => setCopied(true))}
          data-testid={`${testId}-copy`}
        >
          {copied ? t('suggestionCopied') : t('suggestionCopy')}
        </button>
      </p>
    </section>
  );
}
