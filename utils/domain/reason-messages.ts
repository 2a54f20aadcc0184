/**
 * English and Japanese texts for suggestion reasons, in Chrome i18n form (`$1`, `$2` are
 * substitutions). The lead moves these into `public/_locales/{en,ja}/messages.json`; keys are valid
 * Chrome message names. Industry names are messages too (`industry_<id with _>`), generated from
 * INDUSTRIES so the two never drift apart.
 */
import { INDUSTRIES } from './industries';

/** The message key of an industry's name: `financial-services` → `industry_financial_services`. */
export function industryMessageKey(id: string): string {
  return `industry_${id.replace(/-/g, '_')}`;
}

const industryNames = (lang: 'en' | 'ja'): Record<string, string> =>
  Object.fromEntries(INDUSTRIES.map((i) => [industryMessageKey(i.id), i[lang]]));

export const REASON_MESSAGES: { en: Record<string, string>; ja: Record<string, string> } = {
  en: {
    reason_industryGap: "You haven't talked to anyone in $1 for $2 days",
    reason_industryGapOne: "You haven't talked to anyone in $1 for 1 day",
    reason_industryGapWindow: "You haven't talked to anyone in $1 in the last 90 days",
    reason_neverContacted: "You haven't been in touch with them yet",
    reason_overdue: '$1 days past your keep-in-touch date',
    reason_overdueOne: '1 day past your keep-in-touch date',
    reason_dueToday: 'Due for a touch today',
    reason_rareIndustryNone: 'No touches in $1 in the last 90 days',
    reason_rareIndustryOne: 'Only one touch in $1 in the last 90 days',
    reason_rareIndustry: 'Only $2 touches in $1 in the last 90 days',
    reason_recentlyVisitedToday: 'You viewed their profile today',
    reason_recentlyVisitedOne: 'You viewed their profile yesterday',
    reason_recentlyVisited: 'You viewed their profile $1 days ago',
    reason_unknownIndustry: 'Industry not set: add it for better suggestions',
    ...industryNames('en'),
  },
  ja: {
    reason_industryGap: '$1の人とは$2日間話していません',
    reason_industryGapOne: '$1の人とは1日話していません',
    reason_industryGapWindow: '$1の人とはこの90日間話していません',
    reason_neverContacted: 'まだ一度も連絡していません',
    reason_overdue: '連絡の目安を$1日過ぎています',
    reason_overdueOne: '連絡の目安を1日過ぎています',
    reason_dueToday: '今日が連絡の目安です',
    reason_rareIndustryNone: 'この90日間、$1の人との接点がありません',
    reason_rareIndustryOne: 'この90日間、$1の人との接点は1回だけです',
    reason_rareIndustry: 'この90日間、$1の人との接点は$2回だけです',
    reason_recentlyVisitedToday: '今日プロフィールを見ました',
    reason_recentlyVisitedOne: '昨日プロフィールを見ました',
    reason_recentlyVisited: '$1日前にプロフィールを見ました',
    reason_unknownIndustry: '業種が未設定です（設定すると提案の精度が上がります）',
    ...industryNames('ja'),
  },
};
