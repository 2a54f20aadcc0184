import { render } from 'preact';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { applyLanguageSetting } from '@/components/language';
import { WelcomeApp } from '@/components/welcome/WelcomeApp';
import { t, uiLocale } from '@/utils/i18n';
import '@/components/popup/popup.css';
import '@/components/options/options.css';

void applyLanguageSetting().finally(() => {
  document.documentElement.lang = uiLocale();
  document.title = t('nu_welcomeTitle');
  render(
    <ErrorBoundary>
      <WelcomeApp />
    </ErrorBoundary>,
    document.getElementById('app')!,
  );
});
