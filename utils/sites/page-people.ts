/**
 * "People on this page" (DESIGN.md): the handles of the people whose profile links are in the
 * document right now, in page order, without the user's own. Pure reading: never touches the DOM.
 *
 * Why a scan on request and not a live set: the list must be the page as it is *now* (LinkedIn and
 * X replace and recycle nodes, and navigate in place), and a scan of `a[href]` with a per-page
 * href → handle cache costs a few milliseconds even on a 1,000-post feed, once, when the popup asks.
 * A MutationObserver kept for the list alone would run on every feed scroll for nothing.
 */
import type { Site } from '../model';
import { LINKEDIN_PEOPLE_RULES } from './linkedin/people-links';
import { createScanner, type PeopleScanner } from './people-scanner';
import { X_PEOPLE_RULES } from './x/people-links';

export { isNameLink } from './people-scanner';
export type { PeopleRules, PeopleScanner } from './people-scanner';

/**
 * A scanner for one site (both sites' rules are here; a content script uses `createScanner` with
 * its own site's rules only). Its cache is keyed by the page URL it was filled on, so a relative
 * href is never answered for another page after an in-app navigation.
 */
export function createPeopleScanner(site: Site): PeopleScanner {
  return createScanner(site === 'linkedin' ? LINKEDIN_PEOPLE_RULES : X_PEOPLE_RULES);
}
