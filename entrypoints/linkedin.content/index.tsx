import { defineContentScript } from 'wxt/utils/define-content-script';
import { startMarks } from '@/components/marks/start-marks';
import { startPagePeople } from '@/components/page-people/start-page-people';
import { startPanel } from '@/components/panel/start-panel';
import { siteFunctions } from '@/utils/sites/adapter';
import { LINKEDIN_ADAPTER } from '@/utils/sites/linkedin/adapter';
import { LINKEDIN_PEOPLE_RULES } from '@/utils/sites/linkedin/people-links';

// The whole site, not just /in/*: LinkedIn navigates without reloading (DESIGN.md, "The panel").
// Only LinkedIn's adapter: this bundle loads on every LinkedIn page, so it carries no X code.
export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main: (ctx) => {
    const sites = siteFunctions([LINKEDIN_ADAPTER]);
    startPanel(ctx, sites);
    startPagePeople(ctx, 'linkedin', LINKEDIN_PEOPLE_RULES);
    startMarks(ctx, { site: 'linkedin', rules: LINKEDIN_PEOPLE_RULES, profileKeyFromUrl: sites.profileKeyFromUrl });
  },
});
