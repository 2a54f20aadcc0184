import { browser } from 'wxt/browser';
import { isProfileShownAt, sessionTabProfiles, type TabProfiles } from '../messaging/tab-profiles';

/**
 * Forgets a tab's quiet-mode profile as soon as the tab stops showing that person: a page load or
 * an in-app URL change to anything but that person's profile (or its sub-pages), or the tab
 * closing. A page that is navigated away from or closed never gets to say so itself. The popup also checks the tab's live URL before it shows a card, so a
 * navigation this misses (or one that races it) still never shows the previous person.
 *
 * Listeners are added synchronously at start-up and keep nothing in memory: an MV3 worker may be
 * stopped between any two events and woken by the next. Without the `tabs` permission these
 * events still fire for every tab; URLs are visible for LinkedIn and X tabs only (host
 * permissions), and an unseen URL is never a profile.
 */
export function clearTabProfilesOnNavigation(store: TabProfiles = sessionTabProfiles): void {
  const report = (error: unknown) => console.error('[Kakehashi] could not clear a tab’s quiet-mode profile:', error);
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'loading' && change.url === undefined) return undefined;
    // Returned (browsers ignore it) so a test can await the work.
    return forgetUnlessShown(store, tabId, change.url ?? tab.url).catch(report);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    return store.set(tabId, null).catch(report);
  });
}

/** Clears the tab's entry unless the tab's URL is still that person's profile (or a sub-page). */
export async function forgetUnlessShown(store: TabProfiles, tabId: number, url: string | undefined): Promise<void> {
  const profile = await store.get(tabId);
  if (profile && !isProfileShownAt(profile, url)) await store.set(tabId, null);
}
