import type { ProfileKey } from '../../model';
import type { PeopleRules } from '../people-scanner';
import { linkedinKeyFromUrl } from './detect';

/**
 * LinkedIn knowledge for "People on this page" (DESIGN.md): which links on a feed, comment thread,
 * search result or /mynetwork are a person, and which parts of the page are the user's own.
 *
 * A person is found by their profile link only (`/in/<slug>/`, relative or absolute, with any
 * query string, percent-encoded), never by a name: the URL rule is `linkedinKeyFromUrl`, so
 * `/in/me/`, company pages, schools, hashtags (`/feed/hashtag/…`) and posts are not people.
 */

/**
 * Where the user's own profile shows up: the global nav (the "Me" menu links to the user's own
 * `/in/<slug>/`) and the feed's left-rail identity card. Links in here are never listed, and the
 * slug they name is the user, excluded everywhere else too (the user's own posts and comments).
 */
export const LINKEDIN_SELF_AREAS = '#global-nav, header.global-nav, .global-nav, .feed-identity-module';

/** The person a link's href names, or null. `base` resolves relative hrefs (the page's URL). */
export function linkedinPersonFromHref(href: string, base: URL): ProfileKey | null {
  // Cheap pre-filter: almost every link on a feed is not a profile link.
  if (!/\/in\//i.test(href)) return null;
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  return linkedinKeyFromUrl(url);
}

/** LinkedIn's rules for "People on this page" (../people-scanner.ts). */
export const LINKEDIN_PEOPLE_RULES: PeopleRules = { selfAreas: LINKEDIN_SELF_AREAS, skipAreas: LINKEDIN_SELF_AREAS, personFromHref: linkedinPersonFromHref };
