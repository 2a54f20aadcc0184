import { render } from 'preact';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { applyLanguageSetting } from '@/components/language';
import { PeopleApp } from '@/components/people/PeopleApp';
import { t, uiLocale } from '@/utils/i18n';
import '@/components/popup/popup.css';
import '@/components/people/people.css';

void applyLanguageSetting().finally(() => {
  document.documentElement.lang = uiLocale();
  document.title = `${t('peopleHeading')} · ${t('extName')}`;
  render(
    <ErrorBoundary>
      <PeopleApp />
    </ErrorBoundary>,
    document.getElementById('app')!,
  );
});
