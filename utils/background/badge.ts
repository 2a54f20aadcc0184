import { browser } from 'wxt/browser';
import { countDue } from '../db/due';
import type { KakehashiDb } from '../db/schema';

/** Badge text for a due count: empty at zero, capped at "99+". */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}

/** Recomputes the toolbar badge from the database. */
export async function refreshBadge(db: KakehashiDb, now: number = Date.now()): Promise<void> {
  const count = await countDue(db, now);
  await browser.action.setBadgeText({ text: badgeText(count) });
  await browser.action.setBadgeBackgroundColor({ color: '#b4462b' });
}
