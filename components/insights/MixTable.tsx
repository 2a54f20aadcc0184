import { industryName } from '@/components/popup/labels';
import { percentOf, type MixRow } from '@/utils/domain/insights';
import { t } from '@/utils/i18n';

/**
 * The industry mix of the network next to that of the last 30 and 90 days' touches. A table is the
 * chart: each cell says its percentage and count as text, and a bar behind it (decorative, hidden
 * from assistive technology) shows the same share at a glance.
 */
export function MixTable({ rows }: { rows: MixRow[] }) {
  if (!rows.length) return <p class="muted">{t('insightsMixEmpty')}</p>;
  const sum = (pick: (r: MixRow) => number) => rows.reduce((n, r) => n + pick(r), 0);
  const totals = { network: sum((r) => r.network), last30: sum((r) => r.last30), last90: sum((r) => r.last90) };
  const cell = (value: number, total: number) => {
    const percent = percentOf(value, total);
    return (
      <td class="mix-cell">
        <span class="mix-bar" aria-hidden="true" style={{ width: `${percent}%` }} />
        <span class="mix-value">{t('insightsMixCell', percent, value)}</span>
      </td>
    );
  };
  return (
    <table class="mix-table" data-testid="insights-mix">
      <caption>{t('insightsMixSummary')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('insightsIndustryColumn')}</th>
          <th scope="col">{t('insightsNetworkColumn', totals.network)}</th>
          <th scope="col">{t('insights30Column', totals.last30)}</th>
          <th scope="col">{t('insights90Column', totals.last90)}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.industry} data-industry={r.industry}>
            <th scope="row">{industryName(r.industry || null)}</th>
            {cell(r.network, totals.network)}
            {cell(r.last30, totals.last30)}
            {cell(r.last90, totals.last90)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
