import { useRef, useState } from 'preact/hooks';
import { restoreBackup, type RestoreReport } from '@/utils/db/restore';
import { parseBackup, previewBackup, type Backup, type BackupOrphans } from '@/utils/io/backup';
import type { RestoreMode } from '@/utils/io/backup-restore';
import { decodeStrictly } from '@/utils/io/decode-text';
import { checkImportFile } from '@/utils/io/file-guard';
import { formatDateTime, t } from '@/utils/i18n';
import { send } from '@/utils/messaging/client';
import { backupErrorMessage, count, describeError, fileCheckMessage } from './data-messages';
import { pageDb } from './page-db';
import { Progress } from './Progress';
import { StatusLine, type TaskState } from './StatusLine';

/** What is on screen between picking a file and restoring it. */
type Step =
  | { kind: 'pick' }
  | { kind: 'preview'; backup: Backup; orphans: BackupOrphans }
  | { kind: 'confirm-replace'; backup: Backup; orphans: BackupOrphans; contacts: number; notes: number };

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

function previewText(backup: Backup): string {
  const { exportedAt, counts } = previewBackup(backup);
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
    let bytes: ArrayBuffer;
    try {
      bytes = await file.arrayBuffer();
    } catch (error) {
      return fail(t('dataErrorReadFailed', describeError(error)));
    }
    // Kakehashi writes backups in UTF-8 only; other bytes would restore as U+FFFD.
    const decoded = decodeStrictly(bytes, ['utf-8']);
    if (!decoded.ok) return fail(t('dataErrorBackupNotUtf8'));
    const parsed = parseBackup(decoded.text, Date.now());
    if (!parsed.ok) return fail(backupErrorMessage(parsed.error, parsed.detail));
    setStep({ kind: 'preview', backup: parsed.backup, orphans: parsed.orphans });
    setState('idle');
    setMessage('');
  };

  const askReplace = async (backup: Backup, orphans: BackupOrphans) => {
    const db = pageDb();
    const [contacts, notes] = await Promise.all([db.contacts.count(), db.notes.count()]);
    setStep({ kind: 'confirm-replace', backup, orphans, contacts, notes });
    // Move focus to the warning so it is read before the confirm button is reached.
    requestAnimationFrame(() => warning.current?.focus());
  };

  const apply = async (backup: Backup, orphans: BackupOrphans, mode: RestoreMode) => {
    setState('working');
    setMessage(t('dataRestoreApplying'));
    try {
      const report = await restoreBackup(pageDb(), backup, mode, (done, total) => {
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
    await send('badge:refresh', {}).catch((error: unknown) => console.warn('[Kakehashi] badge refresh', error));
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
