import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';

const page = (path: string) => browser.runtime.getURL(path as '/options.html');

/**
 * The first-run page, opened once when the extension is installed (utils/background/welcome.ts):
 * the three things worth doing first, each one click from its place in the options page.
 */
export function WelcomeApp() {
  return (
    <main data-testid="welcome">
      <h1>{t('nu_welcomeTitle')}</h1>
      <p>{t('nu_welcomeIntro')}</p>
      <section aria-labelledby="kk-welcome-industry">
        <h2 id="kk-welcome-industry">{t('nu_welcomeIndustryHeading')}</h2>
        <p>{t('nu_welcomeIndustryBody')}</p>
        <a class="button primary" href={page('/options.html#industry')} data-testid="welcome-industry">
          {t('suggestionSetIndustry')}
        </a>
      </section>
      <section aria-labelledby="kk-welcome-quiet">
        <h2 id="kk-welcome-quiet">{t('nu_welcomeQuietHeading')}</h2>
        <p>{t('nu_welcomeQuietBody')}</p>
        <a href={page('/options.html')} data-testid="welcome-settings">
          {t('nu_welcomeQuietLink')}
        </a>
      </section>
      <section aria-labelledby="kk-welcome-import">
        <h2 id="kk-welcome-import">{t('nu_welcomeImportHeading')}</h2>
        <p>{t('nu_welcomeImportBody')}</p>
        <a href={page('/options.html#data')} data-testid="welcome-import">
          {t('nu_welcomeImportLink')}
        </a>
      </section>
      <section aria-labelledby="kk-welcome-privacy">
        <h2 id="kk-welcome-privacy">{t('nu_welcomePrivacyHeading')}</h2>
        <p>{t('nu_welcomePrivacyBody')}</p>
        <a href={page('/privacy.html')} data-testid="privacy-link">
          {t('nu_privacyLink')}
        </a>
      </section>
    </main>
  );
}
