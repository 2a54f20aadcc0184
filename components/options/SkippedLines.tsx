import type { ConnectionImportReport } from '@/utils/io/linkedin-connections-plan';
import { t } from '@/utils/i18n';
import { count, skipReasonMessage } from './data-messages';

/** Lines listed in full; a file with thousands of bad lines is usually the wrong file anyway. */
const SHOWN = 50;

interface Props {
  skipped: ConnectionImportReport['skipped'];
  legacy: boolean;
}

/** The first skipped lines of an import, with line number and reason. */
export function SkippedLines({ skipped, legacy }: Props) {
  const shown = skipped.slice(0, SHOWN);
  return (
    <table data-testid="import-skipped">
      <caption>{t('dataImportSkippedCaption', count(shown.length), count(skipped.length))}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dataImportLine')}</th>
          <th scope="col">{t('dataImportReason')}</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((s) => (
          <tr key={`${s.line}:${s.reason}`}>
            <td>{s.line}</td>
            <td>{skipReasonMessage(s.reason, legacy)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
