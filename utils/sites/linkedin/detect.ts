import type { ProfileKey } from '../../model';
import type { SiteUrls } from '../adapter';
import { isLinkedInHandle } from './handle';

/**
 * Which LinkedIn URLs are a person's profile, and whose.
 *
 * `https://www.linkedin.com/in/<slug>` plus any sub-path (`/details/…`, `/recent-activity/…`,
 * `/overlay/…`, `/edit/…`) and any query or hash is the same person. The slug is percent-decoded
 * (non-ASCII slugs such as Japanese ones exist) and lower-cased, as contacts are keyed.
 *
 * Decisions:
 * - Host: `www.linkedin.com` (where the content script runs), the bare `linkedin.com` and
 *   two-letter country hosts (`jp.linkedin.com`, used by public profile links and Connections.csv
 *   rows) all name the same member. https only.
 * - `/in/me/` is LinkedIn's alias for "my own profile", not a slug: not a key.
 * - Old `/pub/<name>/<a>/<b>/<c>` URLs do not carry the slug: not a key.
 * - Malformed percent-encoding, or a decoded slug that is not a valid handle (`handle.ts`: `/`,
 *   whitespace, control characters, too long), gives null (never a throw): a URL whose slug the
 *   rest of the extension would refuse is not "detected" as a profile.
 */

const HOST = /^(?:www\.|[a-z]{2}\.)?linkedin\.com$/;

/** Profile URLs (with the handle they give) and URLs that are not profiles; tested in detect.test.ts. */
export const EXAMPLES = {
  positive: [
    { url: 'https://www.linkedin.com/in/ethanohara/', handle: 'ethanohara' },
    { url: 'https://www.linkedin.com/in/ethanohara', handle: 'ethanohara' },
    { url: 'https://www.linkedin.com/in/EthanOHara/?originalSubdomain=us', handle: 'ethanohara' },
    { url: 'https://www.linkedin.com/in/ethanohara/details/experience/', handle: 'ethanohara' },
    { url: 'https://www.linkedin.com/in/ethanohara/recent-activity/all/', handle: 'ethanohara' },
    { url: 'https://www.linkedin.com/in/ethanohara/overlay/contact-info/', handle: 'ethanohara' },
    { url: 'https://www.linkedin.com/in/ethanohara/overlay/about-this-profile/?lipi=x', handle: 'ethanohara' },
    { url: 'https://www.linkedin.com/in/ethan-o-hara-3b2a1c9/#experience', handle: 'ethan-o-hara-3b2a1c9' },
    { url: 'https://www.linkedin.com/in/%E7%94%B0%E4%B8%AD-%E7%BE%8E%E5%92%8C-12345/', handle: '田中-美和-12345' },
    { url: 'https://www.linkedin.com/in/%C5%81UKASZ-NOWAK/', handle: 'łukasz-nowak' },
    { url: 'https://jp.linkedin.com/in/harutokimura', handle: 'harutokimura' },
    { url: 'https://linkedin.com/in/harutokimura/', handle: 'harutokimura' },
  ],
  negative: [
    'https://www.linkedin.com/',
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/in/',
    'https://www.linkedin.com/in/me/',
    'https://www.linkedin.com/in/%E7%94%B0%ZZ/',
    'https://www.linkedin.com/in/a%2Fb/',
    'https://www.linkedin.com/in/%20/',
    'https://www.linkedin.com/company/lumenfield/',
    'https://www.linkedin.com/school/st-aidans-university/',
    'https://www.linkedin.com/search/results/people/?keywords=ethan',
    'https://www.linkedin.com/pub/ethan-ohara/12/345/678',
    'https://www.linkedin.com/mynetwork/',
    'https://www.linkedin.com/messaging/thread/2-abc/',
    'https://www.linkedin.com/posts/ethanohara_activity-123',
    'https://www.linkedin.com/feed/update/urn:li:activity:123/',
    'http://www.linkedin.com/in/ethanohara/',
    'https://www.linkedin.com.evil.example/in/ethanohara/',
    'https://evil.example/in/ethanohara/',
    'https://x.com/in/ethanohara',
    'https://www.linkedin.com/login?session_redirect=%2Fin%2Fethanohara%2F',
  ],
};

/** The profile key of a LinkedIn profile URL, or null. Cheap: no DOM, one split. */
export function linkedinKeyFromUrl(url: URL): ProfileKey | null {
  if (url.protocol !== 'https:' || !HOST.test(url.hostname)) return null;
  const segments = url.pathname.split('/');
  // pathname always starts with '/', so segments[0] is ''.
  if (segments[1]?.toLowerCase() !== 'in') return null;
  const raw = segments[2];
  if (!raw) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(raw);
  } catch {
    return null;
  }
  slug = slug.toLowerCase();
  return isLinkedInHandle(slug) ? { site: 'linkedin', handle: slug } : null;
}

/**
 * Whether the page at this profile URL renders the top card. `/details/…` and `/recent-activity/…`
 * pages do not, so waiting for one there would only time out.
 */
export function linkedinUrlShowsTopCard(url: URL): boolean {
  const sub = url.pathname.split('/')[3]?.toLowerCase() ?? '';
  return sub === '' || sub === 'overlay' || sub === 'edit';
}

/** LinkedIn's URL rules for ../adapter.ts: all the panel's first script knows of the site. */
export const LINKEDIN_URLS: SiteUrls = { site: 'linkedin', keyFromUrl: linkedinKeyFromUrl, showsHeader: linkedinUrlShowsTopCard };
