/**
 * Site adapters: the only code that knows LinkedIn's and X's URLs and markup (DESIGN.md).
 *
 * Everything here is a pure function of a `URL` and a `Document` passed in by the caller, so it runs
 * the same in a content script, a test (linkedom) or a popup. Nothing throws into the page.
 */
import type { ProfileKey, ProfileSnapshot, Site } from '../model';
import { linkedinKeyFromUrl, linkedinUrlShowsTopCard } from './linkedin/detect';
import { describeMissingLinkedIn, extractLinkedInProfile } from './linkedin/extract';
import { waitFor, type WaitOptions } from './wait';
import { xKeyFromUrl, xUrlShowsHeader } from './x/detect';
import { describeMissingX, extractXProfile } from './x/extract';
import { PRIMARY_COLUMN } from './x/selectors';

export type { WaitOptions } from './wait';

interface SiteAdapter {
  site: Site;
  keyFromUrl: (url: URL) => ProfileKey | null;
  extract: (doc: Document, url: URL) => ProfileSnapshot | null;
  describeMissing: (doc: Document, url: URL) => string;
  /** False for profile sub-pages that never render the header (nothing to wait for). */
  showsHeader: (url: URL) => boolean;
  /** Containers to observe while waiting, narrowest first. */
  containers: readonly string[];
}

const ADAPTERS: readonly SiteAdapter[] = [
  {
    site: 'linkedin',
    keyFromUrl: linkedinKeyFromUrl,
    extract: extractLinkedInProfile,
    describeMissing: describeMissingLinkedIn,
    showsHeader: linkedinUrlShowsTopCard,
    // Not the top card itself: LinkedIn replaces it on navigation, and a detached node reports nothing.
    containers: ['main'],
  },
  {
    site: 'x',
    keyFromUrl: xKeyFromUrl,
    extract: extractXProfile,
    describeMissing: describeMissingX,
    showsHeader: xUrlShowsHeader,
    containers: [PRIMARY_COLUMN, 'main'],
  },
];

function adapterFor(url: URL): { adapter: SiteAdapter; key: ProfileKey } | null {
  for (const adapter of ADAPTERS) {
    const key = adapter.keyFromUrl(url);
    if (key) return { adapter, key };
  }
  return null;
}

/**
 * The contact key of a LinkedIn or X profile URL (`/in/<slug>` with any sub-path; `x.com/<handle>`
 * and its tabs), or null for any other URL. Cheap enough to call on every navigation.
 */
export function profileKeyFromUrl(url: URL): ProfileKey | null {
  return adapterFor(url)?.key ?? null;
}

/**
 * Whether the page at this profile URL renders the person's header. Profile sub-pages (LinkedIn's
 * `/recent-activity/…`, `/details/…`; X's follower lists) do not: reading nothing there is not an
 * error, and the panel shows the person from the URL without a warning.
 */
export function profileShowsHeader(url: URL): boolean {
  const found = adapterFor(url);
  return found ? found.adapter.showsHeader(url) : false;
}

/** Whether the URL is a LinkedIn or X profile page. */
export function isProfileUrl(url: URL): boolean {
  return adapterFor(url) !== null;
}

/**
 * Reads the profile the page shows, or null when the page does not (yet) show the profile of the
 * URL's handle: not rendered, error page, another profile's DOM still on screen, or not a profile
 * URL. Every field is plain text, cleaned and clamped to `LIMITS` (utils/limits.ts).
 */
export function extractProfile(doc: Document, url: URL): ProfileSnapshot | null {
  const found = adapterFor(url);
  if (!found) return null;
  try {
    return found.adapter.extract(doc, url);
  } catch (error) {
    // Unexpected markup must never break the page; the panel falls back to the URL's handle.
    console.warn(`[Kakehashi] could not read the ${found.adapter.site} profile`, error);
    return null;
  }
}

/**
 * Resolves with the snapshot as soon as `extractProfile` gives one; otherwise watches the page
 * (throttled) and resolves null after `timeoutMs` (default 10 s, with one log line naming what
 * never appeared) or as soon as `signal` aborts.
 */
export function waitForProfile(
  doc: Document,
  url: URL,
  opts: WaitOptions = {},
): Promise<ProfileSnapshot | null> {
  const found = adapterFor(url);
  if (!found || !found.adapter.showsHeader(url)) return Promise.resolve(extractProfile(doc, url));
  const { adapter } = found;
  return waitFor(doc, {
    ...opts,
    find: () => adapter.extract(doc, url),
    containers: adapter.containers,
    describeMissing: () => `profile header never appeared on ${adapter.site}: ${adapter.describeMissing(doc, url)}`,
  });
}
