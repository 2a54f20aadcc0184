import type { WeekShare } from '@/utils/domain/insights';
import { DAY_MS } from '@/utils/model';
import { formatDate, t } from '@/utils/i18n';

const W = 520;
const H = 140;
const PAD = 24;

const shareText = (w: WeekShare) => (w.percent === null ? t('insightsNoShare') : t('insightsPercent', w.percent));

/**
 * The 26-week trend of the share outside the user's industry: plain SVG bars (one per week, none
 * for a week without touches) and a dashed goal line, in the page's colours (light and dark). The
 * SVG is an image with a text summary; the same numbers are a table just below it.
 */
export function TrendChart({ weeks, goalPercent, own }: { weeks: WeekShare[]; goalPercent: number; own: string }) {
  const barW = (W - PAD) / weeks.length;
  const y = (percent: number) => H - PAD - ((H - 2 * PAD) * percent) / 100;
  const latest = weeks.at(-1);
  return (
    <figure class="insights-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="insights-trend-caption" data-testid="insights-trend-chart">
        <line x1={PAD} x2={W} y1={y(0)} y2={y(0)} class="axis" />
        <text x={0} y={y(100) + 4} class="tick">100%</text>
        <text x={0} y={y(0) + 4} class="tick">0%</text>
        {weeks.map((w, i) =>
          w.percent === null ? null : (
            <rect key={w.startDay} x={PAD + i * barW + 1} y={y(w.percent)} width={Math.max(1, barW - 2)} height={y(0) - y(w.percent)} class="bar" />
          ),
        )}
        <line x1={PAD} x2={W} y1={y(goalPercent)} y2={y(goalPercent)} class="goal" />
      </svg>
      <figcaption id="insights-trend-caption">
        {t('insightsTrendSummary', own, goalPercent)} {latest && t('insightsTrendLatest', shareText(latest))}
      </figcaption>
      <details>
        <summary>{t('insightsShowTable')}</summary>
        <table data-testid="insights-trend-table">
          <thead>
            <tr>
              <th scope="col">{t('insightsWeekColumn')}</th>
              <th scope="col">{t('insightsOutsideColumn')}</th>
              <th scope="col">{t('insightsTouchesColumn')}</th>
              <th scope="col">{t('insightsShareColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.startDay}>
                <th scope="row">{formatDate(w.startDay * DAY_MS)}</th>
                <td>{w.outside}</td>
                <td>{w.total}</td>
                <td>{shareText(w)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
