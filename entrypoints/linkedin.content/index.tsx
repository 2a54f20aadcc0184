import { defineContentScript } from 'wxt/utils/define-content-script';
import { startMarks } from '@/components/marks/start-marks';
import { startPagePeople } from '@/components/page-people/start-page-people';
import { startPanel } from '@/components/panel/start-panel';

// The whole site, not just /in/*: LinkedIn navigates without reloading (DESIGN.md, "The panel").
export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main: (ctx) => {
    startPanel(ctx);
    startPagePeople(ctx, 'linkedin');
    startMarks(ctx, 'linkedin');
  },
});
