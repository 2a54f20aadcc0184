/**
 * What one site contributes to the URL/markup functions of `utils/sites` (index.ts), and those
 * functions built over any list of sites. Each content script builds them over its own site only
 * (`linkedin/adapter.ts`, `x/adapter.ts`), so it ships one site's code; extension pages and the
 * background use both (index.ts). The URL rules (`SiteUrls`, in each site's detect.ts) stand alone:
 * the panel's first script needs only them, and the markup readers load later with the extras
 * (components/panel/panel-extras.ts).
 */
import type { ProfileKey, ProfileSnapshot, Site } from '../model';
import type { ReportRoot } from './page-report';
import { waitFor, type WaitOptions } from './wait';

/** A site's URL rules, without any of its markup knowledge. */
export interface SiteUrls {
  site: Site;
  keyFromUrl: (url: URL) => ProfileKey | null;
  /** False for profile sub-pages that never render the header (nothing to wait for). */
  showsHeader: (url: URL) => boolean;
}

export interface SiteAdapter extends SiteUrls {
  extract: (doc: Document, url: URL) => ProfileSnapshot | null;
  describeMissing: (doc: Document, url: URL) => string;
  /** Where "Copy a report" starts on this site (page-report.ts). */
  reportRoot: ReportRoot;
  /** Containers to observe while waiting, narrowest first. */
  containers: readonly string[];
}

/** The functions of `SiteUrls` over a list of sites. */
export interface SiteUrlFunctions {
  /**
   * The contact key of a LinkedIn or X profile URL (`/in/<slug>` with any sub-path; `x.com/<handle>`
   * and its tabs), or null for any other URL. Cheap enough to call on every navigation.
   */
  profileKeyFromUrl(url: URL): ProfileKey | null;
  /**
   * Whether the page at this profile URL renders the person's header. Profile sub-pages (LinkedIn's
   * `/recent-activity/…`, `/details/…`; X's follower lists) do not: reading nothing there is not an
   * error, and the panel shows the person from the URL without a warning.
   */
  profileShowsHeader(url: URL): boolean;
  /** Whether the URL is a profile page of one of the sites. */
  isProfileUrl(url: URL): boolean;
}

export interface SiteFunctions extends SiteUrlFunctions {
  /** Where "Copy a report" starts for a page at this URL (page-report.ts). */
  reportRoot(doc: Document, url: URL): { root: Element; found: string } | null;
  /**
   * Reads the profile the page shows, or null when the page does not (yet) show the profile of the
   * URL's handle: not rendered, error page, another profile's DOM still on screen, or not a profile
   * URL. Every field is plain text, cleaned and clamped to `LIMITS` (utils/limits.ts).
   */
  extractProfile(doc: Document, url: URL): ProfileSnapshot | null;
  /**
   * Resolves with the snapshot as soon as `extractProfile` gives one; otherwise watches the page
   * (throttled) and resolves null after `timeoutMs` (default 10 s, with one log line naming what
   * never appeared) or as soon as `signal` aborts.
   */
  waitForProfile(doc: Document, url: URL, opts?: WaitOptions): Promise<ProfileSnapshot | null>;
}

/** The site of `sites` whose URL rules claim `url`, with the key they read from it. */
function siteFor<S extends SiteUrls>(sites: readonly S[], url: URL): { adapter: S; key: ProfileKey } | null {
  for (const adapter of sites) {
    const key = adapter.keyFromUrl(url);
    if (key) return { adapter, key };
  }
  return null;
}

export function siteUrlFunctions(sites: readonly SiteUrls[]): SiteUrlFunctions {
  return {
    profileKeyFromUrl: (url) => siteFor(sites, url)?.key ?? null,
    profileShowsHeader: (url) => {
      const found = siteFor(sites, url);
      return found ? found.adapter.showsHeader(url) : false;
    },
    isProfileUrl: (url) => siteFor(sites, url) !== null,
  };
}

export function siteFunctions(adapters: readonly SiteAdapter[]): SiteFunctions {
  const adapterFor = (url: URL) => siteFor(adapters, url);
  const extractProfile = (doc: Document, url: URL): ProfileSnapshot | null => {
    const found = adapterFor(url);
    if (!found) return null;
    try {
      return found.adapter.extract(doc, url);
    } catch (error) {
      // Unexpected markup must never break the page; the panel falls back to the URL's handle.
      console.warn(`[Kakehashi] could not read the ${found.adapter.site} profile`, error);
      return null;
    }
  };
  return {
    ...siteUrlFunctions(adapters),
    reportRoot: (doc, url) => adapterFor(url)?.adapter.reportRoot(doc) ?? null,
    extractProfile,
    waitForProfile: (doc, url, opts = {}) => {
      const found = adapterFor(url);
      if (!found || !found.adapter.showsHeader(url)) return Promise.resolve(extractProfile(doc, url));
      const { adapter } = found;
      return waitFor(doc, {
        ...opts,
        find: () => adapter.extract(doc, url),
        containers: adapter.containers,
        describeMissing: () => `profile header never appeared on ${adapter.site}: ${adapter.describeMissing(doc, url)}`,
      });
    },
  };
}
