import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { errorMessage } from '@/components/error-message';
import { GiveBack } from '@/components/popup/GiveBack';
import { industryName } from '@/components/popup/labels';
import { SuggestionCard } from '@/components/popup/SuggestionCard';
import { getSuggestions, type SuggestionView } from '@/utils/db/suggestions';
import { readInsights, type InsightsData } from '@/utils/db/insights';
import type { KakehashiDb } from '@/utils/db/schema';
import { effectiveOwnIndustry, industryMix, isBelowGoal, shareOutside, staleIndustries, weeklyTrend, type Share, type StaleIndustry } from '@/utils/domain/insights';
import { t, tp } from '@/utils/i18n';
import { send } from '@/utils/messaging/client';
import { Introductions } from './Introductions';
import { MixTable } from './MixTable';
import { RegionSection } from './RegionSection';
import { TrendChart } from './TrendChart';

function ShareLine({ share, days, own, testId }: { share: Share; days: number; own: string; testId: string }) {
  const text = share.total ? tp('insightsShare', share.total, days, share.outside, share.total, own, share.percent ?? 0) : t('insightsShareNone', days);
  return (
    <p data-testid={testId} data-percent={share.percent ?? ''}>
      {text}
    </p>
  );
}

function staleText(s: StaleIndustry): string {
  if (s.daysSince === null) return tp('insightsStaleNever', s.contacts, s.contacts);
  if (s.daysSince === 0) return t('insightsStaleToday');
  return tp('insightsStaleDays', s.daysSince, s.daysSince);
}

/**
 * Reads Insights' figures for now. The People page starts it at load when it opens on Insights (in
 * parallel with the language setting, which the render waits for); the view, on each change after.
 * Marks for bench/insights.bench-run.ts: the read alone (navigation start → figures shown is
 * `kakehashi-insights-ready`).
 */
export function startInsightsRead(db: KakehashiDb): Promise<InsightsData> {
  performance.mark('kakehashi-insights-read-start');
  return readInsights(db, Date.now()).then((read) => {
    performance.mark('kakehashi-insights-read-end');
    return read;
  });
}

/**
 * `people.html#insights`: the bridge being built (DESIGN.md, "The People page and Insights"). Reads
 * the counters once (utils/db/insights.ts) and derives every figure with the pure statistics of
 * utils/domain/insights.ts.
 */
export function InsightsView({ db, first }: { db: KakehashiDb; first?: Promise<InsightsData> | undefined }) {
  const [data, setData] = useState<InsightsData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [picked, setPicked] = useState<{ industry: string; suggestion: SuggestionView | null } | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    // The page's read started at load serves the first view (a re-render must not take it again).
    const read = version === 0 && first ? first : startInsightsRead(db);
    read.then(setData, (e: unknown) => setError(errorMessage(e)));
  }, [version]);
  useEffect(() => {
    if (data) requestAnimationFrame(() => performance.mark('kakehashi-insights-ready'));
  }, [data]);

  const suggestFrom = (industry: string) =>
    getSuggestions(db, Date.now(), 1, industry).then(
      ({ suggestions }) => setPicked({ industry, suggestion: suggestions[0] ?? null }),
      (e: unknown) => setError(errorMessage(e)),
    );
  const act = async (write: () => Promise<unknown>) => {
    try {
      await write();
      setPicked(null);
      setVersion((v) => v + 1);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  if (error) return <p class="error" role="alert">{error}</p>;
  if (!data) return <p class="muted" role="status">{t('insightsLoading')}</p>;

  const own = effectiveOwnIndustry(data.settings.industry, data.recent, data.today);
  const ownName = industryName(own);
  const goal = data.settings.diversityGoalPercent;
  const last30 = shareOutside(data.recent, own, data.today, 30);
  const last90 = shareOutside(data.recent, own, data.today, 90);
  const stale = staleIndustries(data.network, data.lastDay, own, data.today);
  const top = picked?.suggestion;

  return (
    <div class="insights" data-testid="insights" data-state="ready">
      <section aria-labelledby="insights-goal">
        <h2 id="insights-goal">{t('insightsGoalHeading')}</h2>
        {own === null ? (
          <p class="notice" data-testid="insights-own-unknown">
            {t('insightsOwnUnknown')}{' '}
            <a href={browser.runtime.getURL('/options.html#industry')}>{t('insightsSettingsLink')}</a>
          </p>
        ) : (
          <>
            {!data.settings.industry && <p class="muted">{t('insightsOwnStandIn', ownName)}</p>}
            <ShareLine share={last30} days={30} own={ownName} testId="insights-share-30" />
            <ShareLine share={last90} days={90} own={ownName} testId="insights-share-90" />
            <p data-testid="insights-goal-status">
              {isBelowGoal(last30, goal) ? <strong>{t('insightsGoalBelow', goal)}</strong> : last30.total ? t('insightsGoalMet', goal) : null}
            </p>
            <h3>{t('insightsTrendHeading')}</h3>
            <TrendChart weeks={weeklyTrend(data.recent, own, data.today)} goalPercent={goal} own={ownName} />
          </>
        )}
      </section>
      <section aria-labelledby="insights-mix-heading">
        <h2 id="insights-mix-heading">{t('insightsMixHeading')}</h2>
        <MixTable rows={industryMix(data.network, data.recent, data.today)} />
      </section>
      <section aria-labelledby="insights-stale-heading">
        <h2 id="insights-stale-heading">{t('insightsStaleHeading')}</h2>
        {stale.length ? (
          <ul class="insights-stale" data-testid="insights-stale">
            {stale.map((s) => (
              <li key={s.industry} data-industry={s.industry}>
                <strong>{industryName(s.industry)}</strong> <span class="muted">{staleText(s)}</span>{' '}
                <button type="button" onClick={() => void suggestFrom(s.industry)} data-testid="insights-suggest-from">
                  {t('insightsSuggestFrom', industryName(s.industry))}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">{t('insightsStaleNone')}</p>
        )}
        {picked && !top && (
          <p class="notice" role="status" data-testid="insights-suggest-none">
            {t('insightsSuggestNone', industryName(picked.industry))}
          </p>
        )}
        {top && (
          <div class="insights-suggestion">
            <SuggestionCard
              key={top.contactId}
              suggestion={top}
              alternates={[]}
              onDone={() =>
                void act(() => send('suggestion:act', { contactId: top.contactId, action: 'done', kind: top.action === 'comment' ? 'comment' : 'message' }))
              }
              onSkip={() => void act(() => send('suggestion:act', { contactId: top.contactId, action: 'skip' }))}
              onSnooze={() => void act(() => send('suggestion:act', { contactId: top.contactId, action: 'snooze', length: 'week' }))}
            />
            <button type="button" onClick={() => setPicked(null)}>
              {t('insightsSuggestClose')}
            </button>
          </div>
        )}
      </section>
      <section aria-labelledby="insights-balance-heading">
        <h2 id="insights-balance-heading">{t('insightsBalanceHeading')}</h2>
        <p data-testid="insights-balance">{t('insightsBalance', data.balance.gives, data.balance.asks)}</p>
        <p class="muted">{t('insightsBalanceHelp')}</p>
        <h3>{t('insightsGiveBackHeading')}</h3>
        {data.giveBack.length ? (
          <ul class="insights-give-back" data-testid="insights-give-back">
            {data.giveBack.map((p) => (
              <li key={p.contact.id}>
                <GiveBack person={p} testId={`give-back-${data.giveBack.indexOf(p)}`} heading={false} />
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">{t('insightsGiveBackNone')}</p>
        )}
      </section>
      <RegionSection db={db} />
      <Introductions db={db} />
    </div>
  );
}
