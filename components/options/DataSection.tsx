import { useRef } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { DeleteEverything } from './DeleteEverything';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { RestorePanel } from './RestorePanel';
import { useHashFocus } from './use-hash-focus';

/**
 * "Your data": CSV export and JSON backup, restore, and LinkedIn Connections.csv import. Works on the
 * database directly (extension pages may). `options.html#data` scrolls here and focuses the heading.
 */
export function DataSection() {
  const heading = useRef<HTMLHeadingElement>(null);
  useHashFocus('#data', heading);
  return (
    <section id="data" class="data" aria-labelledby="kk-data">
      <h2 id="kk-data" ref={heading} tabIndex={-1}>
        {t('dataHeading')}
      </h2>
      <p class="muted">{t('dataIntro')}</p>
      <ExportPanel />
      <RestorePanel />
      <ImportPanel />
      <DeleteEverything />
    </section>
  );
}
