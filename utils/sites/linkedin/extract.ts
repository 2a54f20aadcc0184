import { LIMITS } from '../../limits';
import type { ProfileSnapshot } from '../../model';
import { largestSrcsetUrl, safeAvatarUrl } from '../avatar';
import { cleanText, textOf } from '../text';
import { linkedinKeyFromUrl } from './detect';
import { isLinkedInMemberId } from './handle';
import {
  CANONICAL,
  CLASSIC,
  CONTACT_INFO_LINK,
  CURRENT_COMPANY,
  CURRENT_COMPANY_LABELS,
  LABELLED_ITEM,
  MEMBER_ID_IN_COMPONENTKEY,
  MEMBER_ID_IN_HREF,
  MEMBER_ID_LINK,
  PROFILE_PHOTO_PATH,
  SDUI,
  SELF_LINK,
  SELF_LINK_SUBPATHS,
  TOP_CARD,
  VISUALLY_HIDDEN_CLASS,
} from './selectors';

/**
 * Reads the LinkedIn top card of the profile the URL names.
 *
 * Order of work: find ONE top-card element (classic, SDUI or hashed), prove from links inside it
 * that it belongs to the URL's slug (LinkedIn navigates in-app, so the previous person's card can
 * still be on screen), then read the fields with selectors scoped to that card only. The embedded
 * `<code id="bpr-guid-…">` JSON is never read: on someone else's profile it describes the VIEWER
 * (/voyager/api/me) and search-result namesakes, and the DOM has everything we keep.
 */

type Variant = 'classic' | 'sdui';
interface TopCard {
  root: Element;
  variant: Variant;
}

const BASE = 'https://www.linkedin.com/';
const skipHidden = (el: Element): boolean => el.classList.contains(VISUALLY_HIDDEN_CLASS);
const readText = (el: Element | null | undefined, limit: number): string | null =>
  cleanText(textOf(el, { skip: skipHidden, budget: limit * 4 + 256 }), limit);

/** The header element of the profile page, or null before it renders / on other pages. */
export function findTopCard(doc: Document): TopCard | null {
  const classic = doc.querySelector(TOP_CARD.classic);
  if (classic) return { root: classic, variant: 'classic' };
  const sdui = doc.querySelector(TOP_CARD.sdui);
  if (sdui) return { root: sdui, variant: 'sdui' };
  const hashed =
    doc.querySelector(TOP_CARD.aboutThisProfileLink)?.closest('section') ??
    doc.querySelector(TOP_CARD.paddedHeading)?.closest('section');
  return hashed ? { root: hashed, variant: 'classic' } : null;
}

interface SelfLinks {
  /** Slugs the card's own links point to (contact info, about-this-profile, photo, name link). */
  slugs: Set<string>;
  /** The name heading when it sits inside such a link (SDUI, hashed classic). */
  nameEl: Element | null;
}

/**
 * Links in the card that only the profile's own header has. Other people's links (mutual
 * connections, "People also viewed") are either outside the card or plain `/in/<slug>/` links
 * without a heading inside, so they never count.
 */
function scanSelfLinks(root: Element): SelfLinks {
  const slugs = new Set<string>();
  let nameEl: Element | null = null;
  for (const a of root.querySelectorAll(SELF_LINK)) {
    let href: URL;
    try {
      href = new URL(a.getAttribute('href') ?? '', BASE);
    } catch {
      continue;
    }
    const key = linkedinKeyFromUrl(href);
    if (!key) continue;
    const rest = href.pathname.split('/').slice(3).filter(Boolean).join('/').toLowerCase();
    const heading = a.querySelector('h1, h2');
    if (heading && (rest === '' || rest.startsWith('overlay/about-this-profile'))) {
      slugs.add(key.handle);
      nameEl ??= heading;
    } else if (SELF_LINK_SUBPATHS.some((sub) => rest.startsWith(sub))) {
      slugs.add(key.handle);
    }
  }
  return { slugs, nameEl };
}

/** Whose card this is: 'match', 'other' (another slug's DOM) or 'unknown' (no evidence at all). */
function ownership(doc: Document, links: SelfLinks, slug: string): 'match' | 'other' | 'unknown' {
  if (links.slugs.size > 0) return links.slugs.size === 1 && links.slugs.has(slug) ? 'match' : 'other';
  // Only when the card names nobody: the canonical link (absent on some pages, and possibly stale
  // after in-app navigation, which is why card links win).
  const canonical = doc.querySelector(CANONICAL)?.getAttribute('href');
  if (!canonical) return 'unknown';
  try {
    return linkedinKeyFromUrl(new URL(canonical, BASE))?.handle === slug ? 'match' : 'other';
  } catch {
    return 'other';
  }
}

/**
 * The member id the card names for its own person (see MEMBER_ID_LINK), lower-cased like a handle;
 * null when it names none, or more than one (then it is not evidence of anything).
 */
function cardMemberId(root: Element): string | null {
  const ids = new Set<string>();
  const key = root.getAttribute('componentkey') ?? root.getAttribute('id') ?? '';
  const fromKey = MEMBER_ID_IN_COMPONENTKEY.exec(key)?.[1];
  if (fromKey) ids.add(fromKey.toLowerCase());
  for (const a of root.querySelectorAll(MEMBER_ID_LINK)) {
    let href: string;
    try {
      href = decodeURIComponent(a.getAttribute('href') ?? '');
    } catch {
      continue;
    }
    for (const pattern of MEMBER_ID_IN_HREF) {
      const id = pattern.exec(href)?.[1];
      if (id) ids.add(id.toLowerCase());
    }
  }
  const [only] = ids;
  return ids.size === 1 && only && isLinkedInMemberId(only) ? only : null;
}

/**
 * Whose card this is, as the handle to key it by, or null when it is not (provably) the URL's
 * person. At a member-id URL (`/in/ACoAA…`) the card must name that member id itself and link one
 * vanity slug: the person is then keyed by the slug, so the member-id URL never makes a second
 * record. Neither the canonical link nor og:url is used for this: after an in-app navigation they
 * may still describe the previous page, while the card's own links cannot.
 */
function ownerHandle(doc: Document, links: SelfLinks, urlHandle: string, memberId: string | null): string | null {
  if (isLinkedInMemberId(urlHandle)) {
    const slugs = [...links.slugs].filter((slug) => !isLinkedInMemberId(slug));
    if (memberId === urlHandle && slugs.length === 1 && slugs.length === links.slugs.size) return slugs[0] ?? null;
  }
  return ownership(doc, links, urlHandle) === 'match' ? urlHandle : null;
}

function companyFromLabel(label: string): string | null {
  const prefix = CURRENT_COMPANY_LABELS.find((l) => label.startsWith(l));
  if (!prefix) return null;
  // "Current company: Acme. Click to skip to experience card" → "Acme".
  const rest = label.slice(prefix.length).replace(/^[\s:：]+/, '');
  return rest.split(/\.\s|。/)[0] ?? null;
}

/**
 * When no label wording is known: the items labelled "<label>: <their own text>" are current
 * company then education. With both shown, the first is the company; a lone item could be either,
 * so it gives null rather than a school as the employer.
 */
function companyByPosition(root: Element): string | null {
  const texts: string[] = [];
  for (const el of root.querySelectorAll(LABELLED_ITEM)) {
    const text = readText(el, LIMITS.company);
    const label = el.getAttribute('aria-label') ?? '';
    const at = text ? label.indexOf(text) : -1;
    if (text && at > 0 && /[:：]\s*$/.test(label.slice(0, at))) texts.push(text);
  }
  return texts.length >= 2 ? (texts[0] ?? null) : null;
}

function readClassicCompany(root: Element): string | null {
  const el = root.querySelector(CURRENT_COMPANY) ?? root.querySelector(CLASSIC.companyLink);
  if (!el) return companyByPosition(root);
  return (
    readText(el, LIMITS.company) ??
    cleanText(companyFromLabel(el.getAttribute('aria-label') ?? ''), LIMITS.company)
  );
}

/**
 * Classic location when its utility classes are gone: the block right before the contact-info link
 * (or before the link's own wrapper). Not further up: without a location, that would be the
 * company list.
 */
function locationBeforeContact(root: Element): string | null {
  const contact = root.querySelector(CONTACT_INFO_LINK);
  const parent = contact?.parentElement;
  const before = contact?.previousElementSibling ?? (parent && parent !== root ? parent.previousElementSibling : null);
  // A lone "·" separator span is not a location.
  return cleanText(readText(before, LIMITS.location)?.replace(/^[\s·•|]+|[\s·•|]+$/g, ''), LIMITS.location);
}

function imgUrl(img: Element | null): string | null {
  if (!img) return null;
  return (
    safeAvatarUrl(img.getAttribute('src'), 'linkedin') ??
    safeAvatarUrl(largestSrcsetUrl(img.getAttribute('srcset')), 'linkedin')
  );
}

/**
 * Known photo classes first; otherwise a profile-photo URL (`profile-displayphoto-…`) in the card
 * that comes before the name (every variant puts the photo above it; alt texts are localised or
 * empty) or whose alt carries the name. Mutual connections' faces come after the name.
 */
function readAvatar(root: Element, nameEl: Element, name: string): string | null {
  const known = imgUrl(root.querySelector(CLASSIC.photo)) ?? imgUrl(root.querySelector(CLASSIC.selfPhoto));
  if (known) return known;
  const lowerName = name.toLowerCase();
  let beforeName = true;
  // One query in document order (a selector list keeps it), instead of comparing positions.
  for (const el of root.querySelectorAll(`img, ${nameEl.localName}`)) {
    if (el === nameEl) beforeName = false;
    if (el.localName !== 'img') continue;
    const alt = cleanText(el.getAttribute('alt'), 1000)?.toLowerCase() ?? '';
    if (!beforeName && !alt.includes(lowerName)) continue;
    const url = imgUrl(el);
    if (url && PROFILE_PHOTO_PATH.test(url)) return url;
  }
  return null;
}

interface Fields {
  headline: string | null;
  company: string | null;
  location: string | null;
}

/**
 * Degree ("· 2nd", "· 3.+", "· 2次", "· 二度") or pronouns ("(she/her)"): name-row items however they
 * are nested. Only before the headline, and tight, because headlines may start with a bullet too.
 */
const NAME_ROW_TEXT = /^\s*(?:[·•]\s*(?:[^\s·•]{1,6}|[0-9一二三][^·•]{0,30})|\([^()]{1,40}\))\s*$/;
const collapsed = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The outermost element around the name that holds nothing but the name (link, div, ref). */
function nameWrapper(root: Element, nameEl: Element): Element {
  const name = collapsed(nameEl);
  let el = nameEl;
  while (el.parentElement && el.parentElement !== root && collapsed(el.parentElement) === name) el = el.parentElement;
  return el;
}

/**
 * SDUI cards have no classes to go by: after the name come paragraphs in a fixed order — headline,
 * "company · school", location (followed by the contact-info link); the name's own row (degree,
 * pronouns) is skipped. The location is the last
 * paragraph before that link; the company is the first part of the paragraph between headline and
 * location. Without a contact-info link only the headline is read, rather than guess.
 */
function readSduiFields(root: Element, nameEl: Element): Fields {
  const contact = root.querySelector(CONTACT_INFO_LINK);
  // The name's own row also holds the connection degree ("· 2nd") and pronouns: not fields.
  const nameRow = nameWrapper(root, nameEl).parentElement ?? nameEl;
  const rowIsWholeCard = contact !== null && nameRow.contains(contact);
  const paragraphs: Element[] = [];
  let locationText: string | null = null;
  let afterName = false;
  // One query in document order (a selector list keeps it), instead of comparing positions.
  for (const el of root.querySelectorAll(`${nameEl.localName}, ${SDUI.paragraphs}, ${CONTACT_INFO_LINK}`)) {
    if (el === nameEl) afterName = true;
    if (!afterName || el.localName !== 'p') {
      if (afterName && el === contact) break;
      continue;
    }
    if (contact && el.contains(contact)) {
      // "Osaka, Japan · Contact info" in one paragraph: the text before the link.
      const own = textOf(el, { skip: (child) => skipHidden(child) || child === contact });
      locationText = cleanText(own?.replace(/[\s·•|]+$/, ''), LIMITS.location);
      break;
    }
    if (!rowIsWholeCard && nameRow.contains(el)) continue;
    if (paragraphs.length === 0 && NAME_ROW_TEXT.test(el.textContent ?? '')) continue;
    if (!/^[\s·•|]*$/.test(el.textContent ?? '')) paragraphs.push(el);
  }
  // A headline is mandatory on LinkedIn, so a lone paragraph before the link is the headline.
  if (contact && locationText === null && paragraphs.length >= 2) {
    locationText = readText(paragraphs.pop(), LIMITS.location);
  }
  const headline = readText(paragraphs[0], LIMITS.headline);
  if (!contact) return { headline, company: null, location: null };
  const line = readText(paragraphs[1], LIMITS.company * 4);
  const company = cleanText(line?.split(/\s+[·•]\s+/)[0], LIMITS.company);
  return { headline, company, location: locationText };
}

function readClassicFields(root: Element): Fields {
  return {
    headline: readText(root.querySelector(CLASSIC.headline), LIMITS.headline),
    company: readClassicCompany(root),
    location: readText(root.querySelector(CLASSIC.location), LIMITS.location) ?? locationBeforeContact(root),
  };
}

/** The SDUI name (see SDUI.heading). Whose card it is, is proven by links, not by the name. */
function sduiName(root: Element, links: SelfLinks): Element | null {
  const headings = root.querySelectorAll(SDUI.heading);
  return links.nameEl ?? root.querySelector(SDUI.verifiedName) ?? (headings.length === 1 ? (headings[0] ?? null) : null);
}

/**
 * The profile shown on a LinkedIn page, or null when the URL is not a profile, the top card has not
 * rendered, or the card on screen belongs to someone else.
 */
export function extractLinkedInProfile(doc: Document, url: URL): ProfileSnapshot | null {
  const key = linkedinKeyFromUrl(url);
  if (!key) return null;
  const card = findTopCard(doc);
  if (!card) return null;
  const links = scanSelfLinks(card.root);
  const memberId = cardMemberId(card.root);
  const handle = ownerHandle(doc, links, key.handle, memberId);
  if (!handle) return null;
  const nameEl = card.variant === 'sdui' ? sduiName(card.root, links) : (card.root.querySelector(CLASSIC.name) ?? links.nameEl);
  const name = readText(nameEl, LIMITS.name);
  if (!nameEl || !name) return null;
  const fields = card.variant === 'sdui' ? readSduiFields(card.root, nameEl) : readClassicFields(card.root);
  return {
    site: 'linkedin',
    handle,
    name,
    ...fields,
    avatarUrl: readAvatar(card.root, nameEl, name),
    ...(memberId && memberId !== handle ? { memberId } : {}),
  };
}

/** What is missing, for the one log line `waitForProfile` writes on timeout. */
export function describeMissingLinkedIn(doc: Document, url: URL): string {
  const key = linkedinKeyFromUrl(url);
  if (!key) return 'a /in/<slug> URL';
  const card = findTopCard(doc);
  if (!card) return `${TOP_CARD.classic} | ${TOP_CARD.sdui} | ${TOP_CARD.aboutThisProfileLink}`;
  const links = scanSelfLinks(card.root);
  if (isLinkedInMemberId(key.handle) && cardMemberId(card.root) !== key.handle) {
    return `member id ${key.handle} in the top card (its componentkey, Message or mutual-connections link) next to a /in/<slug>/ link`;
  }
  if (links.slugs.size > 0 && !links.slugs.has(key.handle)) {
    return `top card of /in/${key.handle} (the card shows /in/${[...links.slugs].join(', /in/')})`;
  }
  if (links.slugs.size === 0) return `a link to /in/${key.handle}/overlay/contact-info/ in the top card`;
  return `the name (${card.variant === 'sdui' ? 'h2 in the /in/<slug>/ link or verification ref, or a lone h2' : CLASSIC.name}) in the top card`;
}
