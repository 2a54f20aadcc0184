import { LIMITS } from '../../limits';
import type { ProfileSnapshot } from '../../model';
import { safeAvatarUrl } from '../avatar';
import { cleanText, textOf } from '../text';
import { xKeyFromUrl } from './detect';
import { isXUserId } from './handle';
import {
  AVATAR_CONTAINER,
  AVATAR_CONTAINER_PREFIX,
  EMOJI_IMAGE_PATH,
  FOLLOW_BUTTON,
  FOLLOW_BUTTON_TESTID,
  JSON_LD,
  PRIMARY_COLUMN,
  USER_DESCRIPTION,
  USER_LOCATION,
  USER_NAME,
  USER_NAME_BLOCK,
} from './selectors';

/**
 * Reads the X profile header of the handle the URL names.
 *
 * The header is trusted only when the handle it shows (`@handle` under the name, or the avatar
 * container's testid) matches the URL: right after an in-app navigation X still shows the previous
 * person's header, and that person's data must never be keyed to the new URL. When the header has
 * not rendered at all, the schema.org JSON-LD is used if it names the same handle. The logged-out
 * shell before hydration has neither, so it gives null. Company is not shown on X: always null.
 */

const HANDLE_TEXT = /^@([A-Za-z0-9_]{1,15})$/;
/** JSON-LD above this size is not ours to parse on every page. */
const MAX_JSON_LD_CHARS = 100_000;

/** Emoji `<img alt>` are characters; other images (badges, affiliate logos) are not text. */
const isEmojiImage = (img: Element): boolean => (img.getAttribute('src') ?? '').includes(EMOJI_IMAGE_PATH);
const readText = (el: Element | null | undefined, limit: number, multiline = false): string | null =>
  cleanText(textOf(el, { isTextImage: isEmojiImage, budget: limit * 4 + 256 }), limit, multiline);

interface Header {
  /** Lower-cased handles the header shows (from `@handle` and the avatar testid). */
  handles: Set<string>;
  nameEl: Element | null;
  avatar: Element | null;
}

function readHeader(scope: ParentNode, userName: Element): Header {
  const handles = new Set<string>();
  let nameEl: Element | null = null;
  for (const block of userName.querySelectorAll(USER_NAME_BLOCK)) {
    // Leaf blocks only: a wrapper with [dir] would run name and handle together.
    if (block.querySelector(USER_NAME_BLOCK)) continue;
    const handle = HANDLE_TEXT.exec((block.textContent ?? '').trim())?.[1];
    if (handle) handles.add(handle.toLowerCase());
    // The name is the first block, above the handle; later blocks ("Follows you") never are.
    else if (!nameEl && handles.size === 0) nameEl = block;
  }
  const avatar = scope.querySelector(AVATAR_CONTAINER);
  const testId = avatar?.getAttribute('data-testid') ?? '';
  if (avatar) handles.add(testId.slice(AVATAR_CONTAINER_PREFIX.length).toLowerCase());
  return { handles, nameEl, avatar };
}

/** The user id on the header's follow button: the last one before the name block, if any. */
function followButtonUserId(scope: ParentNode, userName: Element): string | null {
  let id: string | null = null;
  // One query in document order (a selector list keeps it), instead of comparing positions.
  for (const el of scope.querySelectorAll(`${FOLLOW_BUTTON}, ${USER_NAME}`)) {
    if (el === userName) return id;
    id = FOLLOW_BUTTON_TESTID.exec(el.getAttribute('data-testid') ?? '')?.[1] ?? id;
  }
  return null;
}

/** JSON-LD `identifier` of the Person, when that Person is the URL's handle. */
function jsonLdUserId(doc: Document, handle: string): string | null {
  const person = jsonLdPerson(doc);
  if (!person || str(person.additionalName)?.toLowerCase() !== handle) return null;
  const id = str(person.identifier);
  return id && isXUserId(id) ? id : null;
}

/** Both sources must agree when both are there; a disagreement gives no id rather than a guess. */
function agreedUserId(...ids: Array<string | null>): { xUserId?: string } {
  const seen = new Set(ids.filter((id): id is string => id !== null));
  const [only] = seen;
  return seen.size === 1 && only ? { xUserId: only } : {};
}

function fromDom(scope: ParentNode, userName: Element, handle: string, doc: Document): ProfileSnapshot | null {
  const header = readHeader(scope, userName);
  // Every handle the header shows must be this one, and at least one must be shown.
  if (header.handles.size !== 1 || !header.handles.has(handle)) return null;
  const name = readText(header.nameEl, LIMITS.name);
  if (!name) return null; // display names are mandatory on X: no name means not rendered
  return {
    site: 'x',
    handle,
    name,
    headline: readText(scope.querySelector(USER_DESCRIPTION), LIMITS.headline, true),
    company: null,
    location: readText(scope.querySelector(USER_LOCATION), LIMITS.location),
    avatarUrl: safeAvatarUrl(header.avatar?.querySelector('img')?.getAttribute('src'), 'x'),
    ...agreedUserId(followButtonUserId(scope, userName), jsonLdUserId(doc, handle)),
  };
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** The Person of a ProfilePage: `author` (until 2023) or `mainEntity` (2024–). */
function jsonLdPerson(doc: Document): Json | null {
  for (const script of doc.querySelectorAll(JSON_LD)) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_LD_CHARS) continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      continue;
    }
    if (!isObject(data) || data['@type'] !== 'ProfilePage') continue;
    const person = isObject(data.mainEntity) ? data.mainEntity : data.author;
    if (isObject(person)) return person;
  }
  return null;
}

function fromJsonLd(doc: Document, handle: string): ProfileSnapshot | null {
  const person = jsonLdPerson(doc);
  if (!person || str(person.additionalName)?.toLowerCase() !== handle) return null;
  const name = cleanText(str(person.givenName), LIMITS.name);
  if (!name) return null;
  const home = isObject(person.homeLocation) ? person.homeLocation : {};
  const image = isObject(person.image) ? person.image : {};
  return {
    site: 'x',
    handle,
    name,
    headline: cleanText(str(person.description), LIMITS.headline, true),
    company: null,
    location: cleanText(str(home.name), LIMITS.location),
    avatarUrl: safeAvatarUrl(str(image.contentUrl) ?? str(image.thumbnailUrl), 'x'),
    ...agreedUserId(jsonLdUserId(doc, handle)),
  };
}

/**
 * The profile shown on an X page, or null when the URL is not a profile, the header has not
 * rendered, or the header on screen is another handle's.
 */
export function extractXProfile(doc: Document, url: URL): ProfileSnapshot | null {
  const key = xKeyFromUrl(url);
  if (!key) return null;
  const scope: ParentNode = doc.querySelector(PRIMARY_COLUMN) ?? doc;
  const userName = scope.querySelector(USER_NAME);
  // A header on screen is the only truth: if it is someone else's, wait rather than read JSON-LD.
  if (userName) return fromDom(scope, userName, key.handle, doc);
  return fromJsonLd(doc, key.handle);
}

/** What is missing, for the one log line `waitForProfile` writes on timeout. */
export function describeMissingX(doc: Document, url: URL): string {
  const key = xKeyFromUrl(url);
  if (!key) return 'an x.com/<handle> URL';
  const scope: ParentNode = doc.querySelector(PRIMARY_COLUMN) ?? doc;
  const userName = scope.querySelector(USER_NAME);
  if (!userName) return 'div[data-testid=UserName]';
  const header = readHeader(scope, userName);
  if (!header.handles.has(key.handle) || header.handles.size !== 1) {
    return `@${key.handle} in div[data-testid=UserName] (shows ${[...header.handles].map((h) => `@${h}`).join(', ') || 'no handle'})`;
  }
  return 'the display name in div[data-testid=UserName]';
}
