import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Panel } from '@/components/panel/Panel';
import { PANEL_EXTRAS } from '@/components/panel/panel-extras-parts';
import { send } from '@/utils/messaging/client';
import { isProfileShownAt } from '@/utils/messaging/tab-profiles';
import type { ProfileSnapshot } from '@/utils/model';

/**
 * Quiet mode (DESIGN.md, "The panel"): LinkedIn pages show no panel, so the popup shows the card
 * for the profile in the current tab, only while that tab's URL is still that person's profile.
 * `tabs.query` gives the tab id without the `tabs` permission, and the URL of LinkedIn and X tabs
 * through the host permissions.
 */
export function CurrentProfile() {
  const [profile, setProfile] = useState<ProfileSnapshot | null>(null);
  useEffect(() => {
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return;
      const shown = await send('tab:current', { tabId: tab.id });
      // The stored entry can lag the tab (an in-app navigation not yet reported): the live URL decides.
      setProfile(shown && isProfileShownAt(shown, tab.url) ? shown : null);
    })().catch(() => undefined);
  }, []);
  if (!profile) return null;
  return (
    <div class="current-profile" data-testid="current-profile">
      <Panel key={`${profile.site}:${profile.handle}`} inline profileKey={{ site: profile.site, handle: profile.handle }} readProfile={() => Promise.resolve(profile)} extras={PANEL_EXTRAS} />
    </div>
  );
}
