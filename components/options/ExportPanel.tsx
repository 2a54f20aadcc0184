import { useState } from 'preact/hooks';
import type { DataProgress } from '@/utils/db/data-tools';
import { readVCardPeople } from '@/utils/db/export-vcard';
import { runDataRequest } from '@/utils/db/page-writes';
import { vcardFile, vcardFileName } from '@/utils/io/vcard';
import { exportFileName, type ExportKind } from '@/utils/io/csv-export';
import { formatCount, t, tp, uiLang } from '@/utils/i18n';
import { count, describeError } from './data-messages';
import { downloadBlob } from './download';
import { pageDb } from './page-db';
import { Progress } from './Progress';
import { StatusLine, type TaskState } from './StatusLine';

type CsvKind = Exclude<ExportKind, 'backup'>;

function progressText(p: DataProgress): string {
  return p.phase === 'notes'
    ? t('dataExportReadingNotes', count(p.done), count(p.total))
    : t('dataExportWritingRows', count(p.done), count(p.total));
}

/** Downloads of contacts.csv, notes.csv and the JSON backup, with progress. */
export function ExportPanel() {
  const [state, setState] = useState<TaskState>('idle');
  const [message, setMessage] = useState('');
  const [progress, setProgress] = useState<DataProgress | null>(null);
  const busy = state === 'working';

  const run = async (task: () => Promise<string>) => {
    setState('working');
    setProgress(null);
    try {
      setMessage(await task());
      setState('done');
    } catch (error) {
      setMessage(t('dataExportFailed', describeError(error)));
      setState('error');
    } finally {
      setProgress(null);
    }
  };

  const exportCsv = (kind: CsvKind) =>
    run(async () => {
      const onProgress = (p: DataProgress) => {
        setProgress(p);
        setMessage(progressText(p));
      };
      // Read and written in the data worker (utils/db/data-tools.ts): the page only gets the Blob.
      const file = await runDataRequest({ kind: 'export-csv', table: kind, lang: uiLang() }, onProgress);
      const name = exportFileName(kind, Date.now());
      downloadBlob(file.blob, name);
      return tp('nu_exportDone', file.rows, name, count(file.rows));
    });

  const exportBackup = () =>
    run(async () => {
      setMessage(t('dataExportReadingAll'));
      const now = Date.now();
      const file = await runDataRequest({ kind: 'export-backup', now });
      const name = exportFileName('backup', now);
      downloadBlob(file.blob, name);
      return t('dataExportBackupDone', name, count(file.contacts), count(file.notes));
    });

  const exportVcard = () =>
    run(async () => {
      const people = await readVCardPeople(pageDb(), null);
      const name = vcardFileName(Date.now());
      downloadBlob(new Blob([vcardFile(people)], { type: 'text/vcard;charset=utf-8' }), name);
      return tp('bulkVcardDone', people.length, formatCount(people.length), name);
    });

  return (
    <section aria-labelledby="kk-export">
      <h3 id="kk-export">{t('dataExportHeading')}</h3>
      <p class="muted">{t('dataExportHelp')}</p>
      <div class="actions">
        <button type="button" data-testid="export-contacts" disabled={busy} onClick={() => void exportCsv('contacts')}>
          {t('dataExportContacts')}
        </button>
        <button type="button" data-testid="export-notes" disabled={busy} onClick={() => void exportCsv('notes')}>
          {t('dataExportNotes')}
        </button>
        <button type="button" data-testid="export-vcard" disabled={busy} onClick={() => void exportVcard()}>
          {t('dataExportVcard')}
        </button>
        <button type="button" data-testid="export-backup" disabled={busy} onClick={() => void exportBackup()}>
          {t('dataExportBackup')}
        </button>
      </div>
      {busy && <Progress label={t('dataExportProgressLabel')} done={progress?.done ?? 0} total={progress?.total ?? 0} />}
      <StatusLine testId="export-status" state={state} message={message} />
    </section>
  );
}
