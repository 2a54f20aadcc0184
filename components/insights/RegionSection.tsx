import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { errorMessage } from '@/components/error-message';
import { readRegionInsights, type RegionInsights } from '@/utils/db/regions';
import type { KakehashiDb } from '@/utils/db/schema';
import { percentOf } from '@/utils/domain/insights';
import { REGION_GROUPS, type RegionGroup } from '@/utils/domain/region';
import { t } from '@/utils/i18n';

function groupLabel(group: RegionGroup, data: RegionInsights): string {
  if (group === 'hometown') return data.hometown ? t('regionGroupHometown', data.hometown) : t('regionGroupHometownUnset');
  if (group === 'city') return data.currentCity ? t('regionGroupCity', data.currentCity) : t('regionGroupCityUnset');
  return group === 'elsewhere' ? t('regionGroupElsewhere') : t('regionGroupUnknown');
}

/**
 * Insights' "hometown and elsewhere": people and the last 90 days' touches from the user's hometown,
 * current city, elsewhere and unknown (utils/db/regions.ts). A table is the chart, like MixTable:
 * each cell says its share and count as text; the bar behind it is decorative.
 */
export function RegionSection({ db }: { db: KakehashiDb }) {
  const [data, setData] = useState<RegionInsights | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    readRegionInsights(db, Date.now()).then(setData, (e: unknown) => setError(errorMessage(e)));
  }, []);

  const body = () => {
    if (error) return <p class="error" role="alert">{error}</p>;
    if (!data) return <p class="muted">{t('insightsLoading')}</p>;
    const sum = (values: Array<number | null>) => values.reduce<number>((a, b) => a + (b ?? 0), 0);
    const totals = { contacts: sum(REGION_GROUPS.map((g) => data.contacts[g])), touches: sum(REGION_GROUPS.map((g) => data.touches[g])) };
    const cell = (value: number | null, total: number) => {
      if (value === null) return <td class="mix-cell">{t('regionNotCounted')}</td>;
      const percent = percentOf(value, total);
      return (
        <td class="mix-cell">
          <span class="mix-bar" aria-hidden="true" style={{ width: `${percent}%` }} />
          <span class="mix-value">{t('insightsMixCell', percent, value)}</span>
        </td>
      );
    };
    return (
      <>
        {(!data.hometown || !data.currentCity) && (
          <p class="notice" data-testid="insights-region-unset">
            {t('regionInsightsUnset')} <a href={browser.runtime.getURL('/options.html')}>{t('insightsSettingsLink')}</a>
          </p>
        )}
        <table class="mix-table" data-testid="insights-region">
          <caption>{t('regionInsightsSummary')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('regionInsightsGroupColumn')}</th>
              <th scope="col">{t('regionInsightsPeopleColumn')}</th>
              <th scope="col">{t('regionInsightsTouchesColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {REGION_GROUPS.map((g) => (
              <tr key={g} data-group={g} data-people={data.contacts[g]} data-touches={data.touches[g] ?? ''}>
                <th scope="row">
                  <bdi>{groupLabel(g, data)}</bdi>
                </th>
                {cell(data.contacts[g], totals.contacts)}
                {cell(data.touches[g], totals.touches)}
              </tr>
            ))}
          </tbody>
        </table>
        <p class="muted">{t('regionInsightsHelp')}</p>
      </>
    );
  };

  return (
    <section aria-labelledby="insights-region-heading">
      <h2 id="insights-region-heading">{t('regionInsightsHeading')}</h2>
      {body()}
    </section>
  );
}
