/** X's part of the site functions (../adapter.ts); the X content script uses only this site. */
import type { SiteAdapter } from '../adapter';
import { xReportRoot } from './report-root';
import { X_URLS } from './detect';
import { describeMissingX, extractXProfile } from './extract';
import { PRIMARY_COLUMN } from './selectors';

export const X_ADAPTER: SiteAdapter = {
  ...X_URLS,
  extract: extractXProfile,
  describeMissing: describeMissingX,
  reportRoot: xReportRoot,
  containers: [PRIMARY_COLUMN, 'main'],
};
