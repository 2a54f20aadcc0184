import { useEffect, useState } from 'preact/hooks';
import { RegionInput } from '@/components/RegionInput';
import { listRegions } from '@/utils/db/regions';
import { t } from '@/utils/i18n';
import type { Settings } from '@/utils/model';
import { pageDb } from './page-db';

/**
 * The user's hometown and current city (Insights: "hometown and elsewhere"), free text like a
 * contact's region, with the regions typed on contacts as suggestions. '' clears (saveSettings).
 */
export function HometownSettings({ settings, onSave }: { settings: Settings; onSave: (patch: Partial<Settings>) => Promise<void> }) {
  const [known, setKnown] = useState<string[]>([]);
  useEffect(() => {
    listRegions(pageDb()).then(setKnown, () => setKnown([]));
  }, []);
  return (
    <>
      <div class="field">
        <RegionInput id="kk-hometown" testId="settings-hometown" label={t('regionSettingsHometown')} value={settings.hometown} known={known} onSave={(v) => onSave({ hometown: v ?? '' })} />
      </div>
      <div class="field">
        <RegionInput id="kk-city" testId="settings-city" label={t('regionSettingsCity')} value={settings.currentCity} known={known} onSave={(v) => onSave({ currentCity: v ?? '' })} />
        <span class="muted">{t('regionSettingsHelp')}</span>
      </div>
    </>
  );
}
