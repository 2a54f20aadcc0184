import { defineContentScript } from 'wxt/utils/define-content-script';
import { startMarks } from '@/components/marks/start-marks';
import { startPagePeople } from '@/components/page-people/start-page-people';
import { registerPanelExtras } from '@/components/panel/register-extras';
import { siteFunctions } from '@/utils/sites/adapter';
import { LINKEDIN_ADAPTER } from '@/utils/sites/linkedin/adapter';
import { linkedinKeyFromUrl } from '@/utils/sites/linkedin/detect';
import { LINKEDIN_PEOPLE_RULES } from '@/utils/sites/linkedin/people-links';

// What need not load before the page has (components/panel/panel-extras.ts): the panel's tag editor,
// pickers and report, reading the profile off the page, inline marks and "On this page". After
// linkedin.content, on the same pages.
export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main: (ctx) => {
    registerPanelExtras(siteFunctions([LINKEDIN_ADAPTER]));
    startPagePeople(ctx, 'linkedin', LINKEDIN_PEOPLE_RULES);
    startMarks(ctx, { site: 'linkedin', rules: LINKEDIN_PEOPLE_RULES, profileKeyFromUrl: linkedinKeyFromUrl });
  },
});
