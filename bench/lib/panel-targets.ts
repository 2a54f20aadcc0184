/** The profile pages the panel figures open: fixture pages at their real URLs, each person with a known note. */
import { ETHAN, HARUTO, MORI, realPage } from '../../tests/e2e/fixtures';
import { PANEL_PEOPLE } from './dataset';
import type { PanelTarget } from './panel';

const SHORE = {
  url: 'https://x.com/ShoreLedger_38',
  html: () => realPage('x', 'profile-emoji-name-verified-no-location_2023-03'),
};

export const PANEL_TARGETS = {
  ethan: { url: ETHAN.url, path: '/in/ethanohara/', html: ETHAN.html(), headerSelector: 'main h1', headerText: 'Ethan', noteText: PANEL_PEOPLE.ethan.note },
  haruto: { url: HARUTO.url, path: '/in/harutokimura/', html: HARUTO.html(), headerSelector: 'main h1', headerText: 'Haruto Kimura', noteText: PANEL_PEOPLE.haruto.note },
  mori: { url: MORI.url, path: '/Dr_Mori3', html: MORI.html(), headerSelector: '[data-testid="UserName"]', headerText: '@Dr_Mori3', noteText: PANEL_PEOPLE.mori.note },
  shore: { url: SHORE.url, path: '/ShoreLedger_38', html: SHORE.html(), headerSelector: '[data-testid="UserName"]', headerText: '@ShoreLedger_38', noteText: PANEL_PEOPLE.shore.note },
} satisfies Record<string, PanelTarget>;
