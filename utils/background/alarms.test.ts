import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BADGE_ALARM, BADGE_PERIOD_MINUTES, ensureAlarms, hasBadgeAlarm } from './alarms';
import { badgeText } from './badge';

describe('badge alarm', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is created when the background starts', async () => {
    expect(await hasBadgeAlarm()).toBe(false);
    await ensureAlarms();
    expect(await fakeBrowser.alarms.get(BADGE_ALARM)).toMatchObject({ name: BADGE_ALARM, periodInMinutes: BADGE_PERIOD_MINUTES });
  });

  it('is re-created on the next start after it was lost (browser update, reload)', async () => {
    await ensureAlarms();
    await fakeBrowser.alarms.clearAll();
    expect(await hasBadgeAlarm()).toBe(false);
    await ensureAlarms();
    expect(await hasBadgeAlarm()).toBe(true);
  });

  it('is not duplicated by repeated starts', async () => {
    await ensureAlarms();
    await ensureAlarms();
    expect((await fakeBrowser.alarms.getAll()).filter((a) => a.name === BADGE_ALARM)).toHaveLength(1);
  });
});

describe('badge text', () => {
  it('is empty at zero and caps at 99+', () => {
    expect([0, 1, 99, 100, 5000].map(badgeText)).toEqual(['', '1', '99', '99+', '99+']);
  });
});
