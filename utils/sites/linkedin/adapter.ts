/** LinkedIn's part of the site functions (../adapter.ts); the LinkedIn content script uses only this site. */
import type { SiteAdapter } from '../adapter';
import { linkedinReportRoot } from './report-root';
import { linkedinKeyFromUrl, linkedinUrlShowsTopCard } from './detect';
import { describeMissingLinkedIn, extractLinkedInProfile } from './extract';

export const LINKEDIN_ADAPTER: SiteAdapter = {
  site: 'linkedin',
  keyFromUrl: linkedinKeyFromUrl,
  extract: extractLinkedInProfile,
  describeMissing: describeMissingLinkedIn,
  showsHeader: linkedinUrlShowsTopCard,
  reportRoot: linkedinReportRoot,
  // Not the top card itself: LinkedIn replaces it on navigation, and a detached node reports nothing.
  containers: ['main'],
};
