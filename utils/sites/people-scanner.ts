/**
 * "People on this page" (DESIGN.md): the handles of the people whose profile links are in the
 * document right now, in page order, without the user's own. Pure reading: never touches the DOM.
 * See page-people.ts for why a scan on request. This is the site-independent part: each site's
 * rules are in `<site>/people-links.ts`, so a content script imports only its own site's.
 */

export interface PeopleRules {
  /** Where the user's own profile links are: never listed, and their handle excluded everywhere. */
  selfAreas: string;
  /** Self areas plus areas whose links do not mean the person is on the page. */
  skipAreas: string;
  personFromHref: (href: string, base: URL) => { handle: string } | null;
}

/** A page's worth of cached href → handle answers; past this many, the cache starts again. */
const CACHE_LIMIT = 20_000;

export interface PeopleScanner {
  /**
   * Handles of the people linked on the page now, first appearance first, the user excluded.
   * `url` is the page's address (relative hrefs resolve against it).
   */
  handles(doc: Document, url: URL): string[];
  /** The first link to this person outside the skipped areas, for "scroll to them". */
  firstLinkTo(doc: Document, url: URL, handle: string): HTMLAnchorElement | null;
  /**
   * For inline marks, which see links a few at a time as the site adds them: the handles of the
   * user's own profile links now (call once per batch), then `personOf` for each link.
   */
  ownHandles(doc: Document, url: URL): Set<string>;
  /** The person `link` names, or null: not a person, in a skipped area, or the user (`own`). */
  personOf(link: Element, url: URL, own: ReadonlySet<string>): string | null;
}

/**
 * Whether a person link is where a mark belongs: the one that shows the name. The sites repeat a
 * person's link around a post (avatar, name, @handle); the duplicates carry no text or are taken
 * out of the tab order (`tabindex="-1"`, as X does for the avatar and @handle), and a mark next to
 * each would say the same thing three times.
 */
export function isNameLink(link: Element): boolean {
  if (link.getAttribute('tabindex') === '-1' || link.getAttribute('aria-hidden') === 'true') return false;
  return (link.textContent ?? '').trim().length > 0;
}

/**
 * A scanner for one site. Its cache is keyed by the page URL it was filled on, so a relative href
 * is never answered for another page after an in-app navigation.
 */
export function createScanner(rules: PeopleRules): PeopleScanner {
  let cachePage = '';
  let cache = new Map<string, string | null>();

  const handleOf = (href: string, base: URL): string | null => {
    let handle = cache.get(href);
    if (handle === undefined) {
      if (cache.size >= CACHE_LIMIT) cache = new Map();
      handle = rules.personFromHref(href, base)?.handle ?? null;
      cache.set(href, handle);
    }
    return handle;
  };

  const ownHandles = (doc: Document, base: URL): Set<string> => {
    if (base.href !== cachePage) {
      cachePage = base.href;
      cache = new Map();
    }
    const own = new Set<string>();
    for (const area of doc.querySelectorAll(rules.selfAreas)) {
      for (const link of area.querySelectorAll('a[href]')) {
        const handle = handleOf(link.getAttribute('href') ?? '', base);
        if (handle) own.add(handle);
      }
    }
    return own;
  };

  const personOf = (link: Element, base: URL, own: ReadonlySet<string>): string | null => {
    const handle = handleOf(link.getAttribute('href') ?? '', base);
    // `closest` only for the few links that are people.
    return !handle || own.has(handle) || link.closest(rules.skipAreas) ? null : handle;
  };

  /** Calls `visit` for each person link outside the user's areas; stops when it returns true. */
  const eachPersonLink = (doc: Document, base: URL, visit: (link: HTMLAnchorElement, handle: string) => boolean | void) => {
    const own = ownHandles(doc, base);
    for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      const handle = personOf(link, base, own);
      if (handle && visit(link, handle) === true) return;
    }
  };

  return {
    ownHandles,
    personOf,
    handles(doc, url) {
      const seen = new Set<string>();
      eachPersonLink(doc, url, (_link, handle) => void seen.add(handle));
      return [...seen];
    },
    firstLinkTo(doc, url, handle) {
      let found: HTMLAnchorElement | null = null;
      eachPersonLink(doc, url, (link, h) => {
        if (h !== handle) return false;
        found = link;
        return true;
      });
      return found;
    },
  };
}
