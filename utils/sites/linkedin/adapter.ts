/** LinkedIn's part of the site functions (../adapter.ts); the LinkedIn content script uses only this site. */
import type { SiteAdapter } from '../adapter';
import { linkedinReportRoot } from './report-root';
import { LINKEDIN_URLS } from './detect';
import { describeMissingLinkedIn, extractLinkedInProfile } from './extract';

export const LINKEDIN_ADAPTER: SiteAdapter = {
  ...LINKEDIN_URLS,
  extract: extractLinkedInProfile,
  describeMissing: describeMissingLinkedIn,
  reportRoot: linkedinReportRoot,
  // Not the top card itself: LinkedIn replaces it on navigation, and a detached node reports nothing.
  containers: ['main'],
};
