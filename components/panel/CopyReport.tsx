import { useEffect, useRef, useState } from 'preact/hooks';
import { onTrusted } from '@/components/trusted-event';
import { t } from '@/utils/i18n';

type Outcome = { kind: 'idle' } | { kind: 'copied' } | { kind: 'refused'; report: string } | { kind: 'unbuildable' };

/**
 * "Copy a report" in the panel's could-not-read notice: the page's structure as shapes
 * (utils/sites/page-report.ts) to the clipboard, on the user's own click only. Nothing is sent.
 *
 * When the browser refuses the clipboard (a denied permission, a page that lost focus), the report
 * is offered in a read-only box, focused and selected, so one Ctrl+C still copies it. Unlike the
 * rest of the panel the box is selectable: it holds shapes only, nothing the user saved.
 */
export function CopyReport({ buildReport }: { buildReport: () => string }) {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (outcome.kind !== 'refused') return;
    box.current?.focus();
    box.current?.select();
  }, [outcome]);
  const copy = onTrusted(() => {
    let report: string;
    try {
      report = buildReport();
    } catch {
      setOutcome({ kind: 'unbuildable' });
      return;
    }
    // The click's user activation lets the content script write the clipboard without a permission.
    void navigator.clipboard
      .writeText(report)
      .then(() => setOutcome({ kind: 'copied' }))
      .catch(() => setOutcome({ kind: 'refused', report }));
  });
  const failed = outcome.kind === 'refused' || outcome.kind === 'unbuildable';
  return (
    <>
      <button type="button" class="link" onClick={copy}>
        {t('identReportCopy')}
      </button>
      {outcome.kind !== 'idle' && (
        <p class={failed ? 'error' : 'muted'} role={failed ? 'alert' : 'status'} data-testid="report-status">
          {t(outcome.kind === 'copied' ? 'identReportCopied' : outcome.kind === 'refused' ? 'identReportFailed' : 'adaptReportUnbuildable')}
        </p>
      )}
      {outcome.kind === 'refused' && (
        <label class="report-text">
          {t('adaptReportText')}
          <textarea ref={box} readOnly rows={5} spellcheck={false} data-testid="report-text" value={outcome.report} />
        </label>
      )}
    </>
  );
}
