import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPanel } from '@/components/panel/start-panel';
import { siteUrlFunctions } from '@/utils/sites/adapter';
import { LINKEDIN_URLS } from '@/utils/sites/linkedin/detect';

// The whole site, not just /in/*: LinkedIn navigates without reloading (DESIGN.md, "The panel").
// Only LinkedIn's URL rules: this bundle loads on every LinkedIn page, so it carries no X code.
// The panel's later parts (with reading the profile's header), inline marks and "On this page" are
// in linkedin-extras.content.
export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  // document_start: the panel asks for the person while the page parses (start-panel.tsx).
  runAt: 'document_start',
  main: (ctx) => startPanel(ctx, siteUrlFunctions([LINKEDIN_URLS])),
});
