import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { DataSection } from './DataSection';
import { ProfileSettings } from './ProfileSettings';
import { TagCadences } from './TagCadences';

/** The options page: your own profile and settings, then your data (export, backup, import). */
export function OptionsApp() {
  return (
    <main>
      <h1>{t('optionsHeading')}</h1>
      <p>
        <a href={browser.runtime.getURL('/people.html')} data-testid="people-link">
          {t('optionsPeopleLink')}
        </a>
        {' · '}
        <a href={browser.runtime.getURL('/privacy.html')} data-testid="privacy-link">
          {t('nu_privacyLink')}
        </a>
      </p>
      <ProfileSettings />
      <TagCadences />
      <DataSection />
    </main>
  );
}
