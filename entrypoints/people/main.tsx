import { render } from 'preact';
import { applyLanguageSetting } from '@/components/language';
import { PeopleApp } from '@/components/people/PeopleApp';
import { t, uiLocale } from '@/utils/i18n';
import '@/components/popup/popup.css';
import '@/components/people/people.css';

void applyLanguageSetting().finally(() => {
  document.documentElement.lang = uiLocale();
  document.title = `${t('peopleHeading')} · ${t('extName')}`;
  render(<PeopleApp />, document.getElementById('app')!);
});
