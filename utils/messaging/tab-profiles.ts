import { browser } from 'wxt/browser';
import type { ProfileSnapshot } from '../model';
import { profileKeyFromUrl } from '../sites';

/** Which profile each tab shows, for quiet mode. Session storage: gone when the browser closes. */
export interface TabProfiles {
  get(tabId: number): Promise<ProfileSnapshot | null>;
  set(tabId: number, profile: ProfileSnapshot | null): Promise<void>;
}

const keyOf = (tabId: number) => `tabProfile:${tabId}`;

export const sessionTabProfiles: TabProfiles = {
  async get(tabId) {
    const stored = await browser.storage.session.get(keyOf(tabId));
    return (stored[keyOf(tabId)] as ProfileSnapshot | undefined) ?? null;
  },
  async set(tabId, profile) {
    if (profile) await browser.storage.session.set({ [keyOf(tabId)]: profile });
    else await browser.storage.session.remove(keyOf(tabId));
  },
};

/**
 * Whether a tab at `url` still shows `profile`'s person: same site and handle by the site
 * detectors, so a profile's sub-pages (recent activity, X's tabs) count. `url` is undefined for
 * tabs outside the host permissions, which never show a profile.
 */
export function isProfileShownAt(profile: ProfileSnapshot, url: string | undefined): boolean {
  if (!url || !URL.canParse(url)) return false;
  const key = profileKeyFromUrl(new URL(url));
  return key !== null && key.site === profile.site && key.handle === profile.handle;
}
