import { useRef, useState } from 'preact/hooks';
import type { ReadConnectionsResult } from '@/utils/db/data-tools';
import { importFromPage, runDataRequest } from '@/utils/db/page-writes';
import { checkImportFile } from '@/utils/io/file-guard';
import type { ParseProgress } from '@/utils/io/linkedin-connections';
import { IMPORT_REMINDERS_PER_DAY, type ConnectionImportReport } from '@/utils/io/linkedin-connections-plan';
import { t, tp } from '@/utils/i18n';
import { count, describeError, fileCheckMessage } from './data-messages';
import { Progress } from './Progress';
import { SkippedLines } from './SkippedLines';
import { StatusLine, type TaskState } from './StatusLine';

interface Result {
  report: ConnectionImportReport;
  legacy: boolean;
  /** Rows imported without their unreadable "Connected On" date. */
  dateWarnings: number;
}

/** A file read and parsed (its rows held by the data worker), waiting for the user's confirmation. */
type Pending = ReadConnectionsResult & { ok: true };

/**
 * Import of LinkedIn's Connections.csv: check the file, parse it with progress, show a preview that
 * asks whether the new people get reminders (off: an import must not flood the due list, DESIGN.md
 * "Reminders"), write the plan in one transaction on confirm, then report imported / updated /
 * unchanged / skipped with the skipped lines' reasons.
 */
export function ImportPanel() {
  const [state, setState] = useState<TaskState>('idle');
  const [message, setMessage] = useState('');
  const [progress, setProgress] = useState<ParseProgress | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [remind, setRemind] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const fail = (text: string) => {
    setMessage(text);
    setState('error');
  };

  const pick = async (file: File | undefined) => {
    setResult(null);
    setPending(null);
    if (!file) return;
    const check = checkImportFile(file, 'csv');
    if (!check.ok) return fail(fileCheckMessage(check.reason, 'csv'));
    setState('working');
    setProgress(null);
    try {
      // Decoded (UTF-8, or Shift_JIS from Japanese Excel) and parsed in the data worker.
      const parsed = await runDataRequest({ kind: 'read-connections', file }, (p) => {
        setProgress(p);
        setMessage(t('dataImportReading', count(p.done), count(p.total)));
      });
      if (!parsed.ok) {
        if (parsed.error === 'not-text') return fail(t('dataErrorCsvNotText'));
        if (parsed.error === 'not-connections') return fail(t('dataErrorNotConnections'));
        return fail(t('dataImportFailed', parsed.detail));
      }
      setPending(parsed);
      setRemind(false);
      setMessage(tp('nu_importPreview', parsed.rows, count(parsed.rows)));
      setState('idle');
    } catch (error) {
      return fail(t('dataImportFailed', describeError(error)));
    } finally {
      setProgress(null);
      // Picking the same file again (say, after fixing it) must fire `change` again.
      if (input.current) input.current.value = '';
    }
  };

  const confirm = async (parsed: Pending, withReminders: boolean) => {
    setPending(null);
    setState('working');
    setMessage(t('dataImportSaving'));
    try {
      const report = await importFromPage(parsed.token, withReminders);
      // Parse problems other than unreadable dates are lines the plan never saw: skipped too.
      const unreadable = parsed.problems.filter((p) => p.reason !== 'bad-date');
      const skipped = [...unreadable, ...report.skipped].sort((a, b) => a.line - b.line);
      const full: ConnectionImportReport = { ...report, skipped };
      setResult({
        report: full,
        legacy: parsed.format === 'legacy',
        dateWarnings: parsed.problems.length - unreadable.length,
      });
      const done = t('dataImportDone', count(full.imported), count(full.updated), count(full.unchanged), count(skipped.length));
      setMessage(parsed.encoding === 'shift_jis' ? `${done} ${t('dataImportShiftJis')}` : done);
      setState('done');
    } catch (error) {
      return fail(t('dataImportFailed', describeError(error)));
    }
  };

  return (
    <section aria-labelledby="kk-import">
      <h3 id="kk-import">{t('dataImportHeading')}</h3>
      <p class="muted">{t('dataImportHelp')}</p>
      <div class="field">
        <label for="kk-connections-file">{t('dataImportFile')}</label>
        <input
          ref={input}
          id="kk-connections-file"
          type="file"
          accept=".csv,text/csv"
          data-testid="connections-file"
          disabled={state === 'working'}
          onChange={(e) => void pick(e.currentTarget.files?.[0])}
        />
      </div>
      {state === 'working' && <Progress label={t('dataImportProgressLabel')} done={progress?.done ?? 0} total={progress?.total ?? 0} />}
      <StatusLine testId="import-status" state={state} message={message} />
      {pending && (
        <div class="preview" data-testid="import-preview">
          <div class="field">
            <label>
              <input
                type="checkbox"
                data-testid="import-remind"
                checked={remind}
                onChange={(e) => setRemind(e.currentTarget.checked)}
              />{' '}
              {t('dataImportRemind', count(IMPORT_REMINDERS_PER_DAY))}
            </label>
          </div>
          <p class="muted">{t('dataImportRemindHelp')}</p>
          <button type="button" data-testid="import-confirm" onClick={() => void confirm(pending, remind)}>
            {t('dataImportConfirm')}
          </button>{' '}
          <button type="button" data-testid="import-cancel" onClick={() => { setPending(null); setMessage(''); }}>
            {t('dataImportCancel')}
          </button>
        </div>
      )}
      {result?.legacy && <p class="notice">{t('dataImportLegacy')}</p>}
      {result && result.dateWarnings > 0 && <p class="muted">{tp('nu_importDateWarnings', result.dateWarnings, count(result.dateWarnings))}</p>}
      {result && result.report.skipped.length > 0 && <SkippedLines skipped={result.report.skipped} legacy={result.legacy} />}
    </section>
  );
}
