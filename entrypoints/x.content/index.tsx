import { defineContentScript } from 'wxt/utils/define-content-script';
import { startMarks } from '@/components/marks/start-marks';
import { startPagePeople } from '@/components/page-people/start-page-people';
import { startPanel } from '@/components/panel/start-panel';
import { siteFunctions } from '@/utils/sites/adapter';
import { X_PEOPLE_RULES } from '@/utils/sites/x/people-links';
import { X_ADAPTER } from '@/utils/sites/x/adapter';

// The whole site: X is a single-page app, profiles are reached without a page load.
// Only X's adapter: this bundle loads on every X page, so it carries no LinkedIn code.
export default defineContentScript({
  matches: ['https://x.com/*'],
  runAt: 'document_idle',
  main: (ctx) => {
    const sites = siteFunctions([X_ADAPTER]);
    startPanel(ctx, sites);
    startPagePeople(ctx, 'x', X_PEOPLE_RULES);
    startMarks(ctx, { site: 'x', rules: X_PEOPLE_RULES, profileKeyFromUrl: sites.profileKeyFromUrl });
  },
});
