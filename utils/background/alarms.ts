import { browser } from 'wxt/browser';

export const BADGE_ALARM = 'kakehashi:refresh-badge';
/** Due counts change with the clock, not only with writes; hourly keeps the badge honest. */
export const BADGE_PERIOD_MINUTES = 60;

/**
 * (Re)creates the periodic alarm. Called every time the background starts: alarms can be lost
 * when the browser updates or the extension is reloaded, and MV3 workers restart often.
 */
export async function ensureAlarms(): Promise<void> {
  const existing = await browser.alarms.get(BADGE_ALARM);
  if (!existing || existing.periodInMinutes !== BADGE_PERIOD_MINUTES) {
    await browser.alarms.create(BADGE_ALARM, { periodInMinutes: BADGE_PERIOD_MINUTES, delayInMinutes: 1 });
  }
}

/** True when an alarm exists with the badge period (what `ensureAlarms` guarantees). */
export async function hasBadgeAlarm(): Promise<boolean> {
  return (await browser.alarms.get(BADGE_ALARM))?.periodInMinutes === BADGE_PERIOD_MINUTES;
}
