import { browser } from 'wxt/browser';
import { countDue, dueCountLabel } from '../db/due';
import type { KakehashiDb } from '../db/schema';

const BADGE_COLOR = '#b4462b';

/** The two calls the badge needs; `action` (MV3) and `browserAction` (MV2) both have them. */
export interface ToolbarButton {
  setBadgeText(details: { text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
}

/** Badge text for a due count: empty at zero, capped at "99+". */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return dueCountLabel(count);
}

/**
 * The toolbar button API of this build, picked once: `action` in the Chrome MV3 build,
 * `browserAction` in the Firefox build, which stays MV2 on purpose. Firefox MV3 treats host
 * permissions as optional and leaves them ungranted on install, so the content scripts would not
 * run on LinkedIn or X until the user found the permission in the add-ons manager: the panel would
 * just not appear. MV2 grants them at install, like Chrome. Null when neither exists.
 */
export function toolbarButtonOf(api: { action?: ToolbarButton; browserAction?: ToolbarButton }): ToolbarButton | null {
  return api.action ?? api.browserAction ?? null;
}

/**
 * Returns the function that recomputes the toolbar badge from the database. It never rejects, so
 * callers fire and forget; a failure is logged with its cause once, not on every write or alarm
 * tick, and logged again only if it fails anew after an update that worked. (The flag lives in
 * memory on purpose: a restarted background logging the failure once more is what we want.)
 */
export function createBadgeUpdater(
  db: KakehashiDb,
  button: ToolbarButton | null = toolbarButtonOf(browser as unknown as { action?: ToolbarButton; browserAction?: ToolbarButton }),
  logError: (message: string, cause: unknown) => void = (message, cause) => console.error(message, cause),
): (now?: number) => Promise<void> {
  let failing = false;
  return async (now = Date.now()) => {
    try {
      if (!button) throw new Error('this browser has neither action nor browserAction');
      const count = await countDue(db, now);
      await button.setBadgeText({ text: badgeText(count) });
      await button.setBadgeBackgroundColor({ color: BADGE_COLOR });
      failing = false;
    } catch (error) {
      if (!failing) logError('[Kakehashi] could not update the badge:', error);
      failing = true;
    }
  };
}
