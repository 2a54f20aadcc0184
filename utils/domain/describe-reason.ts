/**
 * Turns a suggestion reason into a sentence through the UI's translation function, so the sentence
 * follows the user's language. Message texts: public/_locales (`reason_*`, `industry_*`).
 */
import { industryLabel } from './industries';
import { industryMessageKey } from './reason-messages';
import type { Reason } from './suggest';

/** Chrome-i18n-like: `t(key, substitutions)`; returns '' for an unknown key (as chrome.i18n does). */
export type Translate = (key: string, subs: string[]) => string;

/** The message key and substitutions for a reason (the industry name is itself a message). */
export function reasonMessage(reason: Reason): { key: string; subs: { industry?: string; n?: number } } {
  switch (reason.code) {
    case 'industry-gap':
      if (reason.days === null) return { key: 'reason_industryGapWindow', subs: { industry: reason.industry } };
      return reason.days === 1
        ? { key: 'reason_industryGapOne', subs: { industry: reason.industry } }
        : { key: 'reason_industryGap', subs: { industry: reason.industry, n: reason.days } };
    case 'never-contacted':
      return { key: 'reason_neverContacted', subs: {} };
    case 'overdue':
      if (reason.days === 0) return { key: 'reason_dueToday', subs: {} };
      return reason.days === 1 ? { key: 'reason_overdueOne', subs: {} } : { key: 'reason_overdue', subs: { n: reason.days } };
    case 'rare-industry':
      if (reason.touches === 0) return { key: 'reason_rareIndustryNone', subs: { industry: reason.industry } };
      return reason.touches === 1
        ? { key: 'reason_rareIndustryOne', subs: { industry: reason.industry } }
        : { key: 'reason_rareIndustry', subs: { industry: reason.industry, n: reason.touches } };
    case 'recently-visited':
      if (reason.days === 0) return { key: 'reason_recentlyVisitedToday', subs: {} };
      return reason.days === 1
        ? { key: 'reason_recentlyVisitedOne', subs: {} }
        : { key: 'reason_recentlyVisited', subs: { n: reason.days } };
    case 'unknown-industry':
      return { key: 'reason_unknownIndustry', subs: {} };
  }
}

/**
 * The sentence for a reason, e.g. "You haven't talked to anyone in Hospitals and Health Care for 62
 * days". Substitutions: the industry name (when there is one) is $1 and the number is the next.
 */
export function describeReason(reason: Reason, t: Translate): string {
  const { key, subs } = reasonMessage(reason);
  const args: string[] = [];
  if (subs.industry !== undefined) {
    args.push(t(industryMessageKey(subs.industry), []) || industryLabel(subs.industry, 'en'));
  }
  if (subs.n !== undefined) args.push(String(subs.n));
  return t(key, args);
}
