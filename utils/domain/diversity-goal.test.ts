import { describe, expect, it } from 'vitest';
import { goalPercentFromLegacyCount, upgradeGoalSetting } from './diversity-goal';

describe('the diversity goal: a count of industries (≤ version 3) becomes a share in percent', () => {
  it.each([
    [5, 40], // the old default lands on the new default
    [1, 8],
    [2, 16],
    [10, 80],
    [11, 88],
    [12, 95],
    [30, 95],
  ])('%i industries → %i%%', (count, percent) => {
    expect(goalPercentFromLegacyCount(count)).toBe(percent);
  });

  it('is monotone: asking for more industries never lowers the goal', () => {
    for (let n = 1; n < 30; n++) expect(goalPercentFromLegacyCount(n + 1)).toBeGreaterThanOrEqual(goalPercentFromLegacyCount(n));
  });

  it('anything that is not a count gives the default', () => {
    for (const junk of [undefined, null, '5', 2.5, Number.NaN]) expect(goalPercentFromLegacyCount(junk)).toBe(40);
  });

  it('upgrades a stored row: the old field goes, a percentage already there wins', () => {
    expect(upgradeGoalSetting({ key: 'user', industry: null, diversityGoal: 3 })).toEqual({ key: 'user', industry: null, diversityGoalPercent: 24 });
    expect(upgradeGoalSetting({ key: 'user', diversityGoal: 3, diversityGoalPercent: 55 })).toEqual({ key: 'user', diversityGoalPercent: 55 });
    expect(upgradeGoalSetting({ key: 'user' })).toEqual({ key: 'user', diversityGoalPercent: 40 });
  });
});
