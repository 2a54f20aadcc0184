import { t, tp } from '@/utils/i18n';
import type { GoalProgress } from '@/utils/messaging/contract';
import { industryName } from './labels';

/** "Last 30 days: 3 of 8 touches outside IT — goal 40%". */
export function goalLineText(goal: GoalProgress): string {
  const own = industryName(goal.ownIndustry);
  if (!goal.total) return t('insightsPopupGoalNone', goal.goalPercent, own);
  return tp('insightsPopupGoal', goal.total, goal.outside, goal.total, own, goal.goalPercent);
}

/** One line of progress toward the diversity goal; links to Insights. */
export function GoalLine({ goal, href }: { goal: GoalProgress; href: string }) {
  if (!goal.ownIndustry) return null;
  const below = goal.percent !== null && goal.percent < goal.goalPercent;
  return (
    <p class="goal-line" data-testid="goal-line" data-below={below ? 'true' : 'false'}>
      <a href={href} target="_blank" rel="noreferrer">
        {goalLineText(goal)}
      </a>
    </p>
  );
}
