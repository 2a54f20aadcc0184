import { useEffect, useRef, useState } from 'preact/hooks';
import { pageDb } from '@/components/options/page-db';
import { PeopleApp, type FirstScreen } from '@/components/people/PeopleApp';
import { t } from '@/utils/i18n';
import type { InsightsData } from '@/utils/db/insights';
import { InsightsView } from './InsightsView';

const isInsights = () => location.hash === '#insights';

/**
 * The People page's two views: the list (`people.html`, filters in the query string) and Insights
 * (`people.html#insights`). The hash alone decides, so filters and Insights never collide.
 */
export function PeopleRoute(props: { firstScreen?: Promise<FirstScreen> | undefined; firstInsights?: Promise<InsightsData> | undefined }) {
  const [insights, setInsights] = useState(isInsights());
  // The list's early first screen (read at page load) serves the first list view only: after a
  // visit to Insights, the book may have changed, so the list reads afresh.
  const early = useRef(props.firstScreen);
  const firstScreen = early.current;
  if (!insights) early.current = undefined;
  // Likewise Insights' figures read at page load serve its first view only.
  const earlyInsights = useRef(props.firstInsights);
  const firstInsights = earlyInsights.current;
  if (insights) earlyInsights.current = undefined;
  useEffect(() => {
    const update = () => setInsights(isInsights());
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  useEffect(() => {
    document.title = `${insights ? t('insightsHeading') : t('peopleHeading')} · ${t('extName')}`;
  }, [insights]);
  if (!insights) return <PeopleApp firstScreen={firstScreen} />;
  return (
    <div class="people-page">
      <header class="people-header">
        <h1>{t('insightsHeading')}</h1>
        <PeopleNav current="insights" />
      </header>
      <InsightsView db={pageDb()} first={firstInsights} />
    </div>
  );
}

/** "People | Insights", the current view marked for assistive technology. */
export function PeopleNav({ current }: { current: 'people' | 'insights' }) {
  return (
    <nav aria-label={t('insightsNavLabel')} class="people-views">
      <a href="#" aria-current={current === 'people' ? 'page' : undefined} data-testid="nav-people">
        {t('insightsNavPeople')}
      </a>
      {' | '}
      <a href="#insights" aria-current={current === 'insights' ? 'page' : undefined} data-testid="nav-insights">
        {t('insightsNavInsights')}
      </a>
    </nav>
  );
}
