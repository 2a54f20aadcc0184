import { render } from 'preact';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { applyLanguageSetting } from '@/components/language';
import { pageDb } from '@/components/options/page-db';
import { startInsightsRead } from '@/components/insights/InsightsView';
import { PeopleRoute } from '@/components/insights/PeopleRoute';
import { readFirstScreen } from '@/components/people/PeopleApp';
import { t, uiLocale } from '@/utils/i18n';
import '@/components/popup/popup.css';
import '@/components/people/people.css';
import '@/components/tag-editor.css';
import '@/components/insights/insights.css';

// The first screen (most overdue first, needs no language) is read while the background, which may
// have to start first, answers with the language setting: that wait was most of a cold first paint.
// When the page opens on Insights, Insights' figures are read instead (the list is not shown, and
// its read would only compete; PeopleApp reads afresh when the list is opened).
const onInsights = location.hash === '#insights';
const firstScreen = onInsights ? undefined : readFirstScreen(pageDb(), 'due', new Intl.Collator());
firstScreen?.catch(() => undefined); // PeopleApp reports it
const firstInsights = onInsights ? startInsightsRead(pageDb()) : undefined;
firstInsights?.catch(() => undefined); // InsightsView reports it

void applyLanguageSetting().finally(() => {
  document.documentElement.lang = uiLocale();
  document.title = `${t('peopleHeading')} · ${t('extName')}`;
  render(
    <ErrorBoundary>
      <PeopleRoute firstScreen={firstScreen} firstInsights={firstInsights} />
    </ErrorBoundary>,
    document.getElementById('app')!,
  );
});
