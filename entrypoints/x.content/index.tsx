import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPanel } from '@/components/panel/start-panel';
import { siteUrlFunctions } from '@/utils/sites/adapter';
import { X_URLS } from '@/utils/sites/x/detect';

// The whole site: X is a single-page app, profiles are reached without a page load.
// Only X's URL rules: this bundle loads on every X page, so it carries no LinkedIn code.
// The panel's later parts (with reading the profile's header), inline marks and "On this page" are
// in x-extras.content.
export default defineContentScript({
  matches: ['https://x.com/*'],
  // document_start: the panel asks for the person while the page parses (start-panel.tsx).
  runAt: 'document_start',
  main: (ctx) => startPanel(ctx, siteUrlFunctions([X_URLS])),
});
