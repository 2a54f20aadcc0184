import { useState } from 'preact/hooks';
import { onTrusted } from '@/components/trusted-event';
import { t } from '@/utils/i18n';

type Outcome = 'idle' | 'copied' | 'failed';

/**
 * "Copy a report" in the panel's could-not-read notice: the page's structure as shapes
 * (utils/sites/page-report.ts) to the clipboard, on the user's own click only. Nothing is sent.
 */
export function CopyReport({ buildReport }: { buildReport: () => string }) {
  const [outcome, setOutcome] = useState<Outcome>('idle');
  const copy = onTrusted(() => {
    let report: string;
    try {
      report = buildReport();
    } catch {
      setOutcome('failed');
      return;
    }
    // The click's user activation lets the content script write the clipboard without a permission.
    void navigator.clipboard
      .writeText(report)
      .then(() => setOutcome('copied'))
      .catch(() => setOutcome('failed'));
  });
  return (
    <>
      <button type="button" class="link" onClick={copy}>
        {t('identReportCopy')}
      </button>
      {outcome !== 'idle' && (
        <p class={outcome === 'failed' ? 'error' : 'muted'} role={outcome === 'failed' ? 'alert' : 'status'} data-testid="report-status">
          {t(outcome === 'copied' ? 'identReportCopied' : 'identReportFailed')}
        </p>
      )}
    </>
  );
}
