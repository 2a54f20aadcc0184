/** X's part of the site functions (../adapter.ts); the X content script uses only this site. */
import type { SiteAdapter } from '../adapter';
import { xReportRoot } from './report-root';
import { xKeyFromUrl, xUrlShowsHeader } from './detect';
import { describeMissingX, extractXProfile } from './extract';
import { PRIMARY_COLUMN } from './selectors';

export const X_ADAPTER: SiteAdapter = {
  site: 'x',
  keyFromUrl: xKeyFromUrl,
  extract: extractXProfile,
  describeMissing: describeMissingX,
  showsHeader: xUrlShowsHeader,
  reportRoot: xReportRoot,
  containers: [PRIMARY_COLUMN, 'main'],
};
