import { browser } from 'wxt/browser';
import type { ProfileSnapshot } from '../model';

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
