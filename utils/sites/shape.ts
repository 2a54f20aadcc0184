/**
 * Shapes of page values for "Copy a report" (page-report.ts): what a value looks like, never what
 * it says. `Mika Tsukuru` → `Aa x12`; `@mika_builds2` → `a9- x13`; a URL keeps only the words of the
 * sites' own routes (`/in/`, `/overlay/contact-info/`, `profile-displayphoto-…`), every other part
 * becomes its shape. Names, slugs, handles, ids, page text and the user's notes therefore never
 * leave the page in a report, while the markup's structure does.
 */

/** Character classes in the order they are written: upper, other letters, digits, everything else. */
const CLASSES: ReadonlyArray<[string, RegExp]> = [
  ['A', /\p{Lu}/u],
  ['a', /[\p{Ll}\p{Lo}\p{Lm}\p{Lt}]/u],
  ['9', /\p{N}/u],
  ['-', /[^\p{L}\p{N}\s]/u],
];

/** `Aa9- x12`: which classes of characters a value holds, and its length in code points. */
export function shapeOf(value: string): string {
  const length = [...value].length;
  if (length === 0) return 'x0';
  const classes = CLASSES.filter(([, re]) => re.test(value)).map(([c]) => c).join('');
  return `${classes || '_'} x${length}`;
}

/** Hosts of the two sites and their image servers: structure, not anyone's data. */
const KNOWN_HOSTS = new Set([
  'www.linkedin.com', 'linkedin.com', 'media.licdn.com', 'static.licdn.com',
  'x.com', 'pbs.twimg.com', 'abs.twimg.com', 'abs-0.twimg.com',
]);

/**
 * Route words of the sites that adapters rely on (DESIGN.md: the link targets of the top card).
 * A path segment or query key is kept only when it is one of these.
 */
const ROUTE_WORDS = new Set([
  'in', 'overlay', 'contact-info', 'about-this-profile', 'photo', 'header_photo', 'edit', 'intro', 'details',
  'experience', 'education', 'recent-activity', 'all', 'messaging', 'compose', 'search', 'results', 'people',
  'company', 'school', 'feed', 'mynetwork', 'dms', 'image', 'v2', 'aero-v1', 'sc', 'h', 'profile_images',
  'emoji', 'svg', 'status', 'with_replies', 'media', 'likes', 'followers', 'following', 'verified_followers',
  'recipient', 'profileUrn', 'facetConnectionOf', 'miniProfileUrn', 'lipi', 'e', 'v', 't', 'experience',
]);
/** Photo-family markers the LinkedIn adapter reads (selectors.ts PROFILE_PHOTO_PATH), with their size. */
const PHOTO_SEGMENT = /^profile-(?:display|framed)photo-[a-z]+(?:_\d+_\d+)?$/;

const keepWord = (part: string): string => (ROUTE_WORDS.has(part) || PHOTO_SEGMENT.test(part) ? part : `{${shapeOf(part)}}`);

/** A URL as its shape: known host and route words kept, every other segment, key and value shaped. */
export function shapeOfUrl(raw: string, base: string): string {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return `{${shapeOf(raw)}}`;
  }
  if (url.protocol === 'data:' || url.protocol === 'blob:') return `${url.protocol}{${shapeOf(raw)}}`;
  const host = KNOWN_HOSTS.has(url.hostname) ? url.hostname : `{${shapeOf(url.hostname)}}`;
  const path = url.pathname.split('/').map((part) => (part ? keepWord(safeDecode(part)) : '')).join('/');
  const query = [...url.searchParams.keys()].map((key) => `${keepWord(key)}={…}`).join('&');
  const hash = url.hash ? `#${keepWord(url.hash.slice(1))}` : '';
  return `${url.protocol}//${host}${path}${query ? `?${query}` : ''}${hash}`;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** Trailing words of LinkedIn's SDUI card keys (`…ref<member id>Topcard`): which card it is. */
const CARD_SUFFIX = /(Topcard|About|Featured|Analytics|Activity|Experience|Education|Browsemap)$/;

/**
 * A `data-testid`, `componentkey` or `id` value as structure: its namespace or PascalCase prefix
 * (`com.linkedin.sdui.profile.card.ref`, `UserAvatar-Container-`, `ProfileVerificationTriggerRef-`)
 * and a known card suffix kept, the rest (a handle, a slug, a member id) shaped; `<digits>-follow`
 * keeps its action word. A plain word (`UserName`, `primaryColumn`) is kept as it is.
 */
export function shapeOfKey(value: string): string {
  const action = /^(\d+)-([a-z]+)$/i.exec(value);
  if (action) return `{${shapeOf(action[1]!)}}-${action[2]}`;
  const dotted = /^((?:[a-z]+\.)+[a-z]+)(.*)$/.exec(value);
  if (dotted && dotted[2]) return `${dotted[1]}${shapeRest(dotted[2])}`;
  const prefixed = /^([A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)*-)(.+)$/.exec(value);
  if (prefixed) return `${prefixed[1]}${shapeRest(prefixed[2]!)}`;
  return /^[A-Za-z_]{1,40}$/.test(value) ? value : `{${shapeOf(value)}}`;
}

function shapeRest(rest: string): string {
  const suffix = CARD_SUFFIX.exec(rest)?.[1] ?? '';
  const middle = rest.slice(0, rest.length - suffix.length);
  return `${middle ? `{${shapeOf(middle)}}` : ''}${suffix}`;
}
