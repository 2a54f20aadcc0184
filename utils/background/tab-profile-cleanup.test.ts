import type { Browser } from 'wxt/browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ProfileSnapshot } from '../model';
import { sessionTabProfiles } from '../messaging/tab-profiles';
import { clearTabProfilesOnNavigation } from './tab-profile-cleanup';

const AYAKA: ProfileSnapshot = { site: 'linkedin', handle: 'ayaka-sato', name: 'Ayaka Sato', headline: null, company: null, location: null, avatarUrl: null };
const KEN: ProfileSnapshot = { site: 'x', handle: 'ken_dev', name: 'Ken', headline: null, company: null, location: null, avatarUrl: null };
const TAB = 3;
const OTHER_TAB = 4;

/** What the browser passes: `url` only for LinkedIn and X tabs (host permissions, no `tabs`). */
const updated = (tabId: number, change: { status?: 'loading' | 'complete'; url?: string }, url?: string) =>
  fakeBrowser.tabs.onUpdated.trigger(tabId, change, { id: tabId, url } as Browser.tabs.Tab);

describe('quiet-mode tab profiles are cleared when the tab stops showing the person', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    clearTabProfilesOnNavigation();
    await sessionTabProfiles.set(TAB, AYAKA);
    await sessionTabProfiles.set(OTHER_TAB, KEN);
  });

  it('on a page load of a page that is not a profile', async () => {
    await updated(TAB, { status: 'loading', url: 'https://www.linkedin.com/feed/' }, 'https://www.linkedin.com/feed/');
    expect(await sessionTabProfiles.get(TAB)).toBeNull();
    expect(await sessionTabProfiles.get(OTHER_TAB)).toEqual(KEN);
  });

  it('on a page load of another person’s profile', async () => {
    await updated(TAB, { status: 'loading', url: 'https://www.linkedin.com/in/someone-else/' }, 'https://www.linkedin.com/in/someone-else/');
    expect(await sessionTabProfiles.get(TAB)).toBeNull();
  });

  it('on a page load outside LinkedIn and X, where the URL is hidden from us', async () => {
    await updated(TAB, { status: 'loading' });
    expect(await sessionTabProfiles.get(TAB)).toBeNull();
  });

  it('on an in-app URL change (no loading status) to someone else', async () => {
    await updated(OTHER_TAB, { url: 'https://x.com/someone_else' }, 'https://x.com/someone_else');
    expect(await sessionTabProfiles.get(OTHER_TAB)).toBeNull();
  });

  it('when the tab closes', async () => {
    await fakeBrowser.tabs.onRemoved.trigger(TAB, { windowId: 1, isWindowClosing: false });
    expect(await sessionTabProfiles.get(TAB)).toBeNull();
    expect(await sessionTabProfiles.get(OTHER_TAB)).toEqual(KEN);
  });

  it('but not on a reload, a sub-page of the same person, or a status change without navigation', async () => {
    await updated(TAB, { status: 'loading' }, 'https://www.linkedin.com/in/ayaka-sato/');
    await updated(TAB, { url: 'https://www.linkedin.com/in/Ayaka-Sato/recent-activity/all/' }, 'https://www.linkedin.com/in/Ayaka-Sato/recent-activity/all/');
    await updated(TAB, { status: 'complete' }, 'https://www.linkedin.com/feed/');
    expect(await sessionTabProfiles.get(TAB)).toEqual(AYAKA);
  });
});
