import { render } from 'preact';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { PopupApp } from '@/components/popup/PopupApp';
import { applyLanguageSetting } from '@/components/language';
import { uiLocale } from '@/utils/i18n';
import '@/components/panel/panel.css';
import '@/components/panel/panel-extras.css';
import '@/components/popup/popup.css';

void applyLanguageSetting().finally(() => {
  document.documentElement.lang = uiLocale();
  render(
    <ErrorBoundary>
      <PopupApp />
    </ErrorBoundary>,
    document.getElementById('app')!,
  );
});
