import { useRef, useState } from 'preact/hooks';
import { restoreFromPage, runDataRequest } from '@/utils/db/page-writes';
import type { RestoreReport } from '@/utils/db/restore';
import type { BackupOrphans, BackupPreview } from '@/utils/io/backup';
import type { RestoreMode } from '@/utils/io/backup-restore';
import { checkImportFile } from '@/utils/io/file-guard';
import { formatDateTime, t } from '@/utils/i18n';
import { backupErrorMessage, count, describeError, fileCheckMessage } from './data-messages';
import { pageDb } from './page-db';
import { Progress } from './Progress';
import { StatusLine, type TaskState } from './StatusLine';

/** What is on screen between picking a file and restoring it. */
/** `backup`: the worker's token for the parsed file (utils/db/data-tools.ts) and what it holds. */
interface Held {
  token: number;
  preview: BackupPreview;
}

type Step =
  | { kind: 'pick' }
  | { kind: 'preview'; backup: Held; orphans: BackupOrphans }
  | { kind: 'confirm-replace'; backup: Held; orphans: BackupOrphans; contacts: number; notes: number };

const hasOrphans = (o: BackupOrphans) => o.notes + o.touches + o.suggestionLog > 0;

function doneMessage(report: RestoreReport, orphans: BackupOrphans): string {
  const { contacts, notes, touches } = report;
  const sentences = [
    t('dataRestoreDone', count(contacts.added), count(contacts.updated), count(contacts.kept), count(notes.added), count(notes.updated), count(touches.added)),
  ];
  // A merge of people on both sides says where their fields came from (DESIGN.md, "Export and import").
  const both = contacts.userFields.here + contacts.userFields.backup;
  if (both > 0) {
    sentences.push(
      t(
        'dataRestoreSources',
        count(both),
        count(contacts.userFields.here),
        count(contacts.userFields.backup),
        count(contacts.details.here),
        count(contacts.details.backup),
      ),
    );
  }
  sentences.push(report.settings === 'kept' ? t('dataRestoreSettingsKept') : t('dataRestoreSettingsRestored'));
  if (hasOrphans(orphans)) {
    sentences.push(t('dataRestoreOrphansLeftOut', count(orphans.notes), count(orphans.touches), count(orphans.suggestionLog)));
  }
  return sentences.join(' ');
}

function previewText(backup: Held): string {
  const { exportedAt, counts } = backup.preview;
  const when = formatDateTime(Date.parse(exportedAt));
  return t('dataRestorePreview', when, count(counts.contacts), count(counts.notes), count(counts.touches));
}

/**
 * Restore from a JSON backup: check and parse the file (a bad file changes nothing and says why), show
 * what it holds, then merge or — after a second, explicit confirmation — replace everything.
 */
export function RestorePanel() {
  const [step, setStep] = useState<Step>({ kind: 'pick' });
  const [state, setState] = useState<TaskState>('idle');
  const [message, setMessage] = useState('');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const warning = useRef<HTMLParagraphElement>(null);
  const busy = state === 'working';

  const fail = (text: string) => {
    setStep({ kind: 'pick' });
    setMessage(text);
    setState('error');
  };

  const pick = async (file: File | undefined) => {
    setStep({ kind: 'pick' });
    if (!file) return;
    const check = checkImportFile(file, 'json');
    if (!check.ok) return fail(fileCheckMessage(check.reason, 'json'));
    setState('working');
    setMessage(t('dataRestoreReading'));
    let parsed;
    try {
      // Read, decoded and validated in the worker: a 100 MB backup never blocks this page.
      parsed = await runDataRequest({ kind: 'read-backup', file, now: Date.now() });
    } catch (error) {
      return fail(t('dataErrorReadFailed', describeError(error)));
    }
    if (!parsed.ok) {
      if (parsed.error === 'read-failed') return fail(t('dataErrorReadFailed', parsed.detail));
      if (parsed.error === 'not-utf8') return fail(t('dataErrorBackupNotUtf8'));
      return fail(backupErrorMessage(parsed.error, parsed.detail));
    }
    setStep({ kind: 'preview', backup: { token: parsed.token, preview: parsed.preview }, orphans: parsed.orphans });
    setState('idle');
    setMessage('');
  };

  const askReplace = async (backup: Held, orphans: BackupOrphans) => {
    const db = pageDb();
    const [contacts, notes] = await Promise.all([db.contacts.count(), db.notes.count()]);
    setStep({ kind: 'confirm-replace', backup, orphans, contacts, notes });
    // Move focus to the warning so it is read before the confirm button is reached.
    requestAnimationFrame(() => warning.current?.focus());
  };

  const apply = async (backup: Held, orphans: BackupOrphans, mode: RestoreMode) => {
    setState('working');
    setMessage(t('dataRestoreApplying'));
    try {
      const report = await restoreFromPage(backup.token, mode, ({ done, total }) => {
        setProgress({ done, total });
        setMessage(t('dataRestoreWriting', count(done), count(total)));
      });
      setStep({ kind: 'pick' });
      if (input.current) input.current.value = '';
      setMessage(doneMessage(report, orphans));
      setState('done');
    } catch (error) {
      return fail(t('dataRestoreFailed', describeError(error)));
    } finally {
      setProgress(null);
    }
  };

  const cancel = () => {
    setStep({ kind: 'pick' });
    if (input.current) input.current.value = '';
    input.current?.focus();
  };

  return (
    <section aria-labelledby="kk-restore">
      <h3 id="kk-restore">{t('dataRestoreHeading')}</h3>
      <div class="field">
        <label for="kk-restore-file">{t('dataRestoreFile')}</label>
        <input
          ref={input}
          id="kk-restore-file"
          type="file"
          accept=".json,application/json"
          data-testid="restore-file"
          disabled={busy}
          onChange={(e) => void pick(e.currentTarget.files?.[0])}
        />
      </div>
      {step.kind !== 'pick' && (
        <div class="preview" data-testid="restore-preview">
          <p>{previewText(step.backup)}</p>
          {hasOrphans(step.orphans) && (
            <p class="notice" data-testid="restore-orphans">
              {t('dataRestoreOrphans', count(step.orphans.notes), count(step.orphans.touches), count(step.orphans.suggestionLog))}
            </p>
          )}
          <p class="muted">{t('dataRestoreChoice')}</p>
          <div class="actions">
            <button type="button" class="primary" data-testid="restore-merge" disabled={busy} onClick={() => void apply(step.backup, step.orphans, 'merge')}>
              {t('dataRestoreMerge')}
            </button>
            <button
              type="button"
              data-testid="restore-replace"
              disabled={busy || step.kind === 'confirm-replace'}
              onClick={() => void askReplace(step.backup, step.orphans)}
            >
              {t('dataRestoreReplace')}
            </button>
          </div>
          {step.kind === 'confirm-replace' && (
            <div class="confirm" role="group" aria-labelledby="kk-replace-warning">
              <p id="kk-replace-warning" ref={warning} tabIndex={-1} class="warning">
                {t('dataRestoreReplaceWarning', count(step.contacts), count(step.notes))}
              </p>
              <div class="actions">
                <button
                  type="button"
                  class="danger"
                  data-testid="restore-replace-confirm"
                  disabled={busy}
                  onClick={() => void apply(step.backup, step.orphans, 'replace')}
                >
                  {t('dataRestoreReplaceConfirm')}
                </button>
                <button type="button" disabled={busy} onClick={cancel}>
                  {t('dataCancel')}
                </button>
              </div>
            </div>
          )}
        </div>
      )}
      {busy && <Progress label={t('dataRestoreProgressLabel')} done={progress?.done ?? 0} total={progress?.total ?? 0} />}
      <StatusLine testId="restore-status" state={state} message={message} />
    </section>
  );
}
