import type { ProfileKey } from '../../model';
import type { PeopleRules } from '../people-scanner';
import { xKeyFromUrl } from './detect';

/**
 * X knowledge for "People on this page" (DESIGN.md): which links on the home timeline, a thread's
 * replies, search results or a list are a person, and which part of the page is the user's own.
 *
 * A person is found by an author link only: `x.com/<handle>` exactly (the name, @handle and avatar
 * of a post, reply, repost header or quote all link there), relative or absolute, any query. A
 * profile tab (`/<handle>/photo`, `/followers`) or a post (`/<handle>/status/…`) is not an author
 * link; X's own pages (`/home`, `/hashtag/…`, `/search`, `/i/…`) are never handles (`xKeyFromUrl`).
 */

/**
 * The left navigation (`header[role=banner]`): its Profile tab and account switcher name the user.
 * Links in here are never listed, and that handle is the user, excluded everywhere else too.
 */
export const X_SELF_AREAS = 'header[role="banner"]';

/**
 * A post's text: an @mention there links to `/<handle>` too, but the person mentioned is not on
 * the page (only their name is), so mentions are not listed.
 */
export const X_NOT_AUTHOR_AREAS = '[data-testid="tweetText"]';

/** The person a link's href names, or null. `base` resolves relative hrefs (the page's URL). */
export function xPersonFromHref(href: string, base: URL): ProfileKey | null {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  const key = xKeyFromUrl(url);
  if (!key) return null;
  // Only the profile itself: `/<handle>` or `/<handle>/`.
  const segments = url.pathname.split('/').filter(Boolean);
  return segments.length === 1 ? key : null;
}

/** X's rules for "People on this page" (../people-scanner.ts). */
export const X_PEOPLE_RULES: PeopleRules = { selfAreas: X_SELF_AREAS, skipAreas: `${X_SELF_AREAS}, ${X_NOT_AUTHOR_AREAS}`, personFromHref: xPersonFromHref };
