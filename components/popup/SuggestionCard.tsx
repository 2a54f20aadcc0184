import { useRef, useState } from 'preact/hooks';
import { actionUrlFor } from '@/utils/domain/action-url';
import { starterTexts } from '@/utils/domain/starters';
import type { SuggestionView } from '@/utils/db/suggestions';
import { formatDate, t, tDynamic, tp } from '@/utils/i18n';
import type { GoalProgress } from '@/utils/messaging/contract';
import { displayName, industryName, reasonSentence, touchLabel } from './labels';

/** What the user can do with any suggestion, the main one or an alternate. */
export interface SuggestionHandlers {
  onDone: (s: SuggestionView) => void;
  onSkip: (s: SuggestionView) => void;
  onSnooze: (s: SuggestionView) => void;
}

interface Props extends SuggestionHandlers {
  suggestion: SuggestionView;
  /** The last 30 days against the goal: when below it, the reason says so. */
  goal?: GoalProgress | undefined;
  alternates: SuggestionView[];
}

/**
 * "Someone in a different industry": who, why, and a ready action; each alternate gets the same
 * actions. The action only opens a page; starters are copied by the user and never posted by us.
 */
export function SuggestionCard({ suggestion, goal, alternates, ...handlers }: Props) {
  const { contact, reasons, balance } = suggestion;
  const owed = balance.asks - balance.gives;
  const belowGoal =
    goal && goal.ownIndustry && goal.percent !== null && goal.percent < goal.goalPercent && suggestion.industry && suggestion.industry !== goal.ownIndustry
      ? t('insightsReasonBelowGoal', goal.percent, industryName(goal.ownIndustry), goal.goalPercent)
      : null;
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
          {tp('insightsNudge', owed, owed)}
        </p>
      )}
      <p class="muted">{t('popupLastContact', contact.lastContactAt ? formatDate(contact.lastContactAt) : t('lastContactNever'))}</p>
      <SuggestionActions suggestion={suggestion} testIds {...handlers} />
      {alternates.length > 0 && (
        <>
          <h3>{t('suggestionAlternates')}</h3>
          <ul class="alternates">
            {alternates.map((a) => (
              <li key={a.contactId} data-testid="suggestion-alternate" data-contact-id={a.contactId}>
                <p>
                  <strong class="name">{displayName(a.contact)}</strong>{' '}
                  <span class="muted">
                    {industryName(a.industry)} · {a.reasons[0] ? reasonSentence(a.reasons[0]) : ''}
                  </span>
                </p>
                <div role="group" aria-label={t('nu_alternateActions', displayName(a.contact))}>
                  <SuggestionActions suggestion={a} {...handlers} />
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

const translate = (key: string, subs: string[]) => tDynamic(key, ...subs);

/**
 * Comment or reach out, conversation starters to copy, then Done, Skip, Snooze. `testIds` marks
 * the main suggestion's controls (`suggestion-action`, `suggestion-done`).
 */
function SuggestionActions({ suggestion, testIds = false, onDone, onSkip, onSnooze }: SuggestionHandlers & { suggestion: SuggestionView; testIds?: boolean }) {
  const { contact, action } = suggestion;
  const [copied, setCopied] = useState<string | null>(null);
  const [copyFailed, setCopyFailed] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  const { recall } = suggestion;
  // What the user knows comes first: the latest note's topic and the last touch.
  const starters = [
    ...(recall.noteTopic ? [t('insightsStarterRecallNote', recall.noteTopic)] : []),
    ...(recall.lastTouch ? [t('insightsStarterRecallTouch', touchLabel(recall.lastTouch.kind), formatDate(recall.lastTouch.at))] : []),
    ...starterTexts(suggestion, industryName, translate),
  ];

  const copy = async (text: string, index: number) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(text);
      setCopyFailed(false);
    } catch (error) {
      // No clipboard access (a policy, a lost focus): select the text so Ctrl+C copies it.
      console.warn('[Kakehashi] copy failed', error);
      setCopied(null);
      setCopyFailed(true);
      const span = list.current?.querySelectorAll('.starter-text')[index];
      const selection = getSelection();
      if (span && selection) {
        selection.removeAllRanges();
        const range = document.createRange();
        range.selectNodeContents(span);
        selection.addRange(range);
      }
    }
  };

  return (
    <>
      <a
        class="button primary"
        href={actionUrlFor(contact.id, action) ?? contact.url}
        target="_blank"
        rel="noreferrer"
        data-testid={testIds ? 'suggestion-action' : undefined}
      >
        {action === 'comment' ? t('suggestionActionComment') : t('suggestionActionReachOut')}
      </a>
      <details>
        <summary>{t('suggestionStartersHeading')}</summary>
        <ul class="starters" ref={list}>
          {starters.map((s, i) => (
            <li key={s}>
              <span class="starter-text">{s}</span>
              <button type="button" onClick={() => void copy(s, i)}>
                {copied === s ? t('suggestionCopied') : t('suggestionCopy')}
              </button>
            </li>
          ))}
        </ul>
        {copyFailed && (
          <p class="error" role="alert" data-testid="copy-error">
            {t('nu_copyFailed')}
          </p>
        )}
      </details>
      <div class="row">
        <button type="button" onClick={() => onDone(suggestion)} data-testid={testIds ? 'suggestion-done' : undefined}>
          {t('suggestionDone')}
        </button>
        <button type="button" onClick={() => onSkip(suggestion)}>
          {t('suggestionSkip')}
        </button>
        <button type="button" onClick={() => onSnooze(suggestion)}>
          {t('suggestionSnooze')}
        </button>
      </div>
    </>
  );
}
