import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { errorMessage } from '@/components/error-message';
import { INDUSTRIES } from '@/utils/domain/industries';
import { BOUNDS } from '@/utils/limits';
import { t, tp, uiLang, uiLocale } from '@/utils/i18n';
import { send } from '@/utils/messaging/client';
import type { LanguageSetting, Settings } from '@/utils/model';
import { useHashFocus } from './use-hash-focus';
import { HometownSettings } from './HometownSettings';

const DEFAULT_CADENCES = [14, 30, 60, 90, 180, 365];
const HOURS = Array.from({ length: 24 }, (_, hour) => hour);
/** "9:00 AM" / "9:00" in the user's language. */
const hourLabel = (hour: number) => new Intl.DateTimeFormat(uiLocale(), { hour: 'numeric', minute: '2-digit' }).format(new Date(2000, 0, 1, hour));

/**
 * "Your profile": your own industry (what "a different industry" is measured against), the default
 * keep-in-touch cadence, language, quiet mode, the opt-in inline marks and the opt-in daily reminder. Doubles as the
 * first-run screen until the user saves it once.
 */
export function ProfileSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const lang = uiLang();
  // The popup's "set your industry" card links to options.html#industry: one click to this field.
  const industrySelect = useRef<HTMLSelectElement>(null);
  useHashFocus('#industry', industrySelect, settings !== null);

  useEffect(() => {
    send('settings:get', {}).then(setSettings, (e: unknown) => setError(errorMessage(e)));
  }, []);

  const save = async (patch: Partial<Settings>) => {
    try {
      const next = await send('settings:save', { patch: { ...patch, onboardedAt: settings?.onboardedAt ?? Date.now() } });
      setSettings(next);
      setError(null);
      setStatus(t('settingsSaved'));
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const toggleDaily = async (on: boolean) => {
    if (on) {
      // Must run inside the click: browsers only show the permission prompt for a user gesture.
      const granted = await browser.permissions.request({ permissions: ['notifications'] }).catch(() => false);
      if (!granted) {
        setError(t('settingsNotificationDenied'));
        return;
      }
    }
    await save({ dailyNotification: on });
  };

  if (error && !settings) return <p class="error" role="alert">{error}</p>;
  if (!settings) return <p class="muted">{t('panelLoading')}</p>;

  return (
    <section aria-labelledby="kk-profile">
      <h2 id="kk-profile">{t('settingsHeading')}</h2>
      {settings.onboardedAt === null && (
        <p class="notice" data-testid="first-run">
          {t('settingsWelcome')}
        </p>
      )}
      <div class="field">
        <label for="kk-industry">{t('settingsIndustry')}</label>
        <select id="kk-industry" ref={industrySelect} value={settings.industry ?? ''} onChange={(e) => void save({ industry: e.currentTarget.value || null })}>
          <option value="">{t('settingsIndustryUnset')}</option>
          {INDUSTRIES.map((i) => (
            <option key={i.id} value={i.id}>
              {i[lang]}
            </option>
          ))}
        </select>
        <span class="muted">{t('settingsIndustryHelp')}</span>
      </div>
      <div class="field">
        <label for="kk-cadence">{t('settingsCadence')}</label>
        <select
          id="kk-cadence"
          value={String(settings.defaultCadenceDays)}
          onChange={(e) => void save({ defaultCadenceDays: Number(e.currentTarget.value) })}
        >
          {DEFAULT_CADENCES.map((days) => (
            <option key={days} value={String(days)}>
              {tp('nu_cadenceEvery', days, days)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="kk-goal">{t('insightsSettingsGoal')}</label>
        <input
          id="kk-goal"
          type="number"
          inputMode="numeric"
          min={BOUNDS.diversityGoalPercent.min}
          max={BOUNDS.diversityGoalPercent.max}
          step={5}
          aria-describedby="kk-goal-help"
          data-testid="diversity-goal"
          value={String(settings.diversityGoalPercent)}
          onChange={(e) => {
            const value = Number(e.currentTarget.value);
            const { min, max } = BOUNDS.diversityGoalPercent;
            if (!Number.isInteger(value) || value < min || value > max) {
              setError(t('insightsSettingsGoalInvalid', min, max));
              e.currentTarget.value = String(settings.diversityGoalPercent);
              return;
            }
            void save({ diversityGoalPercent: value });
          }}
        />
        <span class="muted" id="kk-goal-help">
          {t('insightsSettingsGoalHelp')}
        </span>
      </div>
      <HometownSettings settings={settings} onSave={save} />
      <div class="field">
        <label for="kk-lang">{t('settingsLanguage')}</label>
        <select id="kk-lang" value={settings.language} onChange={(e) => void save({ language: e.currentTarget.value as LanguageSetting }).then(() => location.reload())}>
          <option value="auto">{t('settingsLanguageAuto')}</option>
          <option value="en">English</option>
          <option value="ja">日本語</option>
        </select>
      </div>
      <label class="check">
        <input type="checkbox" checked={settings.quietMode} onChange={(e) => void save({ quietMode: e.currentTarget.checked })} />
        {t('settingsQuietMode')}
      </label>
      <label class="check">
        <input
          type="checkbox"
          data-testid="inline-marks"
          checked={settings.inlineMarks}
          aria-describedby="kk-marks-warning"
          onChange={(e) => void save({ inlineMarks: e.currentTarget.checked })}
        />
        {t('marksSetting')}
      </label>
      <p id="kk-marks-warning" class="muted check-help">
        {t('marksSettingWarning')}
      </p>
      <label class="check">
        <input type="checkbox" checked={settings.dailyNotification} onChange={(e) => void toggleDaily(e.currentTarget.checked)} />
        {t('settingsDaily')}
      </label>
      <div class="field">
        <label for="kk-hour">{t('nu_settingsHour')}</label>
        <select
          id="kk-hour"
          data-testid="notification-hour"
          value={String(settings.notificationHour)}
          aria-describedby="kk-hour-help"
          onChange={(e) => void save({ notificationHour: Number(e.currentTarget.value) })}
        >
          {HOURS.map((hour) => (
            <option key={hour} value={String(hour)}>
              {hourLabel(hour)}
            </option>
          ))}
        </select>
        <span class="muted" id="kk-hour-help">
          {t('nu_settingsHourHelp')}
        </span>
      </div>
      <p class="status muted" role="status">
        {status}
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
