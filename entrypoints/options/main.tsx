import { render } from 'preact';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { OptionsApp } from '@/components/options/OptionsApp';
import { applyLanguageSetting } from '@/components/language';
import { uiLocale } from '@/utils/i18n';
import '@/components/popup/popup.css';
import '@/components/options/options.css';

void applyLanguageSetting().finally(() => {
  document.documentElement.lang = uiLocale();
  render(
    <ErrorBoundary>
      <OptionsApp />
    </ErrorBoundary>,
    document.getElementById('app')!,
  );
});
