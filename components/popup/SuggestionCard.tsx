import { useState } from 'preact/hooks';
import { actionUrlFor } from '@/utils/domain/action-url';
import { starterKeysFor } from '@/utils/domain/starters';
import type { SuggestionView } from '@/utils/db/engagement';
import { formatDate, t, type MessageKey } from '@/utils/i18n';
import { plural } from '@/components/insights/plural';
import type { GoalProgress } from '@/utils/messaging/contract';
import { displayName, industryName, reasonSentence, touchLabel } from './labels';

interface Props {
  suggestion: SuggestionView;
  /** The last 30 days against the goal: when below it, the reason says so. */
  goal?: GoalProgress | undefined;
  alternates: SuggestionView[];
  onDone: () => void;
  onSkip: () => void;
  onSnooze: () => void;
}

/**
 * "Someone in a different industry": who, why, and a ready action. The action only opens a page;
 * starters are copied by the user and never posted by us.
 */
export function SuggestionCard({ suggestion, goal, alternates, onDone, onSkip, onSnooze }: Props) {
  const { contact, action, reasons, recall, balance } = suggestion;
  const [copied, setCopied] = useState<string | null>(null);
  const field = suggestion.industry ? industryName(suggestion.industry) : t('starterYourField');
  const owed = balance.asks - balance.gives;
  // Asked more than given to: "share something useful" comes first.
  const keys = starterKeysFor(suggestion);
  const ordered = owed > 0 ? ['share-useful' as const, ...keys.filter((k) => k !== 'share-useful')] : keys;
  const starters = [
    ...(recall.noteTopic ? [t('insightsStarterRecallNote', recall.noteTopic)] : []),
    ...(recall.lastTouch ? [t('insightsStarterRecallTouch', touchLabel(recall.lastTouch.kind), formatDate(recall.lastTouch.at))] : []),
    ...ordered.map((key) => t(`starter_${key.replace('-', '_')}` as MessageKey, field)),
  ];
  const belowGoal =
    goal && goal.ownIndustry && goal.percent !== null && goal.percent < goal.goalPercent && suggestion.industry && suggestion.industry !== goal.ownIndustry
      ? t('insightsReasonBelowGoal', goal.percent, industryName(goal.ownIndustry), goal.goalPercent)
      : null;
  const copy = async (text: string) => {
    await navigator.clipboard.writeText(text);
    setCopied(text);
  };

  return (
    <section class="suggestion" data-testid="suggestion" data-contact-id={contact.id} aria-labelledby="kk-suggestion">
      <h2 id="kk-suggestion">{t('suggestionHeading')}</h2>
      <p class="who">
        <strong class="name">{displayName(contact)}</strong> <span class="badge">{industryName(suggestion.industry)}</span>
      </p>
      <ul class="reasons">
        {belowGoal && <li data-testid="suggestion-below-goal">{belowGoal}</li>}
        {reasons.slice(0, 2).map((r, i) => (
          <li key={i}>{reasonSentence(r)}</li>
        ))}
      </ul>
      {owed > 0 && (
        <p class="notice" data-testid="suggestion-nudge">
          {plural('insightsNudge', owed, owed)}
        </p>
      )}
      <p class="muted">{t('popupLastContact', contact.lastContactAt ? formatDate(contact.lastContactAt) : t('lastContactNever'))}</p>
      <a class="button primary" href={actionUrlFor(contact.id, action) ?? contact.url} target="_blank" rel="noreferrer" data-testid="suggestion-action">
        {action === 'comment' ? t('suggestionActionComment') : t('suggestionActionReachOut')}
      </a>
      <details>
        <summary>{t('suggestionStartersHeading')}</summary>
        <ul class="starters">
          {starters.map((s) => (
            <li key={s}>
              <span>{s}</span>
              <button type="button" onClick={() => void copy(s)}>
                {copied === s ? t('suggestionCopied') : t('suggestionCopy')}
              </button>
            </li>
          ))}
        </ul>
      </details>
      <div class="row">
        <button type="button" onClick={onDone} data-testid="suggestion-done">
          {t('suggestionDone')}
        </button>
        <button type="button" onClick={onSkip}>
          {t('suggestionSkip')}
        </button>
        <button type="button" onClick={onSnooze}>
          {t('suggestionSnooze')}
        </button>
      </div>
      {alternates.length > 0 && (
        <>
          <h3>{t('suggestionAlternates')}</h3>
          <ul class="alternates">
            {alternates.map((a) => (
              <li key={a.contactId}>
                <a href={a.contact.url} target="_blank" rel="noreferrer">
                  {displayName(a.contact)}
                </a>{' '}
                <span class="muted">
                  {industryName(a.industry)} · {a.reasons[0] ? reasonSentence(a.reasons[0]) : ''}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
