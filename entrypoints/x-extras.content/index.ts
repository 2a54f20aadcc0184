import { defineContentScript } from 'wxt/utils/define-content-script';
import { startMarks } from '@/components/marks/start-marks';
import { startPagePeople } from '@/components/page-people/start-page-people';
import { registerPanelExtras } from '@/components/panel/register-extras';
import { siteFunctions } from '@/utils/sites/adapter';
import { X_ADAPTER } from '@/utils/sites/x/adapter';
import { xKeyFromUrl } from '@/utils/sites/x/detect';
import { X_PEOPLE_RULES } from '@/utils/sites/x/people-links';

// What need not load before the page has (components/panel/panel-extras.ts): the panel's tag editor,
// pickers and report, reading the profile off the page, inline marks and "On this page". After
// x.content, on the same pages.
export default defineContentScript({
  matches: ['https://x.com/*'],
  runAt: 'document_idle',
  main: (ctx) => {
    registerPanelExtras(siteFunctions([X_ADAPTER]));
    startPagePeople(ctx, 'x', X_PEOPLE_RULES);
    startMarks(ctx, { site: 'x', rules: X_PEOPLE_RULES, profileKeyFromUrl: xKeyFromUrl });
  },
});
