import { defineContentScript } from 'wxt/utils/define-content-script';
import { startMarks } from '@/components/marks/start-marks';
import { startPagePeople } from '@/components/page-people/start-page-people';
import { startPanel } from '@/components/panel/start-panel';

// The whole site: X is a single-page app, profiles are reached without a page load.
export default defineContentScript({
  matches: ['https://x.com/*'],
  runAt: 'document_idle',
  main: (ctx) => {
    startPanel(ctx);
    startPagePeople(ctx, 'x');
    startMarks(ctx, 'x');
  },
});
