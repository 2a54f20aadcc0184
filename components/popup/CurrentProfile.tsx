import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Panel } from '@/components/panel/Panel';
import { send } from '@/utils/messaging/client';
import type { ProfileSnapshot } from '@/utils/model';

/**
 * Quiet mode (DESIGN.md, "The panel"): LinkedIn pages show no panel, so the popup shows the card
 * for the profile in the current tab. `tabs.query` gives the tab id without the `tabs` permission.
 */
export function CurrentProfile() {
  const [profile, setProfile] = useState<ProfileSnapshot | null>(null);
  useEffect(() => {
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return;
      setProfile(await send('tab:current', { tabId: tab.id }));
    })().catch(() => undefined);
  }, []);
  if (!profile) return null;
  return (
    <div class="current-profile" data-testid="current-profile">
      <Panel key={`${profile.site}:${profile.handle}`} inline profileKey={{ site: profile.site, handle: profile.handle }} readProfile={() => Promise.resolve(profile)} />
    </div>
  );
}
