/**
 * Every LinkedIn selector and localised string, in one place (STYLE.md). When LinkedIn changes its
 * markup, this file and the fixtures in __fixtures__/ change together.
 */

/**
 * Top-card roots, most specific first. Each one must contain the whole header of ONE person and
 * nothing from "People also viewed" or the feed.
 */
export const TOP_CARD = {
  /** Classic Ember page (2019–2025): `<section class="artdeco-card pv-top-card">`. */
  classic: 'main section.pv-top-card',
  /**
   * 2026 server-driven (SDUI) page: the header's componentkey is
   * `com.linkedin.sdui.profile.card.ref<urn>Topcard`, with no `h1` inside. Any element: the key
   * rode a `<section>` first and rides a `<div>` around the section in later builds. The prefix
   * matters: other SDUI pages (My Network, feed) have keys ending in "Topcard" too.
   */
  sdui:
    'main [componentkey^="com.linkedin.sdui.profile.card"][componentkey$="Topcard"], ' +
    // Some builds carry the same key as the element's id instead.
    'main [id^="com.linkedin.sdui.profile.card"][id$="Topcard"]',
  /**
   * 2026 classic page with hashed class names: nothing stable on the section itself, so the
   * header is found through the name link to the "About this profile" overlay, then its section.
   */
  aboutThisProfileLink: 'main a[href*="/overlay/about-this-profile"]',
  /** Last resort: the `h1` in the padded `.ph5` header block, then its section. */
  paddedHeading: 'main .ph5 h1',
} as const;

/** Fields inside a classic or hashed top card. */
export const CLASSIC = {
  /** The name. `h1.text-heading-xlarge` until 2025; 2026 keeps only utility classes on the `h1`. */
  name: 'h1',
  /** Headline: one of the few utility-class pairs LinkedIn kept through the 2026 hashing. */
  headline: '.text-body-medium.break-words',
  /** "City, Region, Country"; the "Contact info" link is a sibling, not a child. */
  location: '.text-body-small.inline.t-black--light.break-words',
  /**
   * The 2019–2023 right panel links the current company to `#experience` (language-independent),
   * the school to `#education`.
   */
  companyLink: 'a[href="#experience"]',
  /** Photo of someone else's profile; `--show` is the loaded one (a hidden copy may precede it). */
  photo: 'img.pv-top-card-profile-picture__image--show, img.pv-top-card-profile-picture__image',
  /** Photo on the member's own profile (edit UI); often a data: URI, which gives null. */
  selfPhoto: 'img.profile-photo-edit__preview',
} as const;

/** Fields inside a 2026 SDUI top card: no classes to rely on, only structure. */
export const SDUI = {
  /**
   * The name: an `h2` (an `h1` in none seen so far, accepted all the same) inside the link to
   * `/in/<slug>/`; else inside the verification wrapper (a `<div>` in some builds; the same key also
   * wraps the verified badge alone, so only a heading inside it counts); else the card's only heading.
   */
  heading: 'h1, h2',
  verifiedName: '[componentkey^="ProfileVerificationTriggerRef-"] h1, [componentkey^="ProfileVerificationTriggerRef-"] h2',
  /** Headline, "company · school", location: plain paragraphs after the name, in that order. */
  paragraphs: 'p',
} as const;

/** Links inside a top card that name whose profile it is (the slug is read from the href). */
export const SELF_LINK = 'a[href*="/in/"]';
/** Sub-paths of `/in/<slug>/…` that only the profile's own header links to. */
export const SELF_LINK_SUBPATHS = ['overlay/contact-info', 'overlay/about-this-profile', 'overlay/photo', 'edit/intro'];
/** Contact-info link: sits right after the location on every variant. */
export const CONTACT_INFO_LINK = 'a[href*="/overlay/contact-info"]';

/**
 * Where a top card names the member id (`ACoAA…`) of its own person, language-independent: the
 * SDUI card's componentkey (`…card.ref<id>Topcard`), the Message button
 * (`/messaging/compose/?recipient=<id>`, or `profileUrn=urn:li:fsd_profile:<id>`) and the mutual
 * connections link (`/search/results/people/?facetConnectionOf=["<id>"]`). Patterns run on the
 * percent-decoded attribute value.
 */
export const MEMBER_ID_LINK = 'a[href*="recipient="], a[href*="profileUrn="], a[href*="facetConnectionOf="]';
export const MEMBER_ID_IN_HREF = [
  /[?&]recipient=(AC[A-Za-z0-9_-]+)(?:&|$)/,
  /[?&]profileUrn=urn:li:fsd_profile:(AC[A-Za-z0-9_-]+)(?:&|$)/,
  /[?&]facetConnectionOf=\["(AC[A-Za-z0-9_-]+)"\](?:&|$)/,
] as const;
export const MEMBER_ID_IN_COMPONENTKEY = /^com\.linkedin\.sdui\.profile\.card\.ref(AC[A-Za-z0-9_-]+)Topcard$/;

/** Fallback evidence when a top card carries no self link at all. */
export const CANONICAL = 'link[rel="canonical"]';

/** Screen-reader duplicates (`<span class="visually-hidden">`) repeat visible text: skipped. */
export const VISUALLY_HIDDEN_CLASS = 'visually-hidden';

/** Profile-photo path marker on licdn: `profile-displayphoto-…`, `profile-framedphoto-…` (#OpenToWork). */
export const PROFILE_PHOTO_PATH = /\/profile-(?:display|framed)photo-/;

/**
 * Localised starts of the current-company `aria-label`: "Current company" (2019–2023, the whole
 * label) or "Current company: Acme. Click to skip to experience card" (2024–). en, ja and pl were
 * seen on pages; the others are LinkedIn's UI wording as we reconstructed it (fixtures 2026-11) and
 * are backed by the structural fallback in extract.ts when a wording differs. One entry per
 * wording; compared as a prefix, case-sensitively.
 */
export const CURRENT_COMPANY_LABELS = [
  'Current company', // en
  '現在の会社', // ja
  'Aktuelles Unternehmen', // de
  'Entreprise actuelle', // fr
  'Empresa actual', // es
  'Empresa atual', // pt
  '当前公司', // zh-CN
  '目前任職公司', // zh-TW
  '현재 회사', // ko
  'Obecna firma', // pl
] as const;
/**
 * Top-card items labelled "<label>: <visible text>. …" (current company, then education, in a
 * `<ul>`): read by position when the label's wording is not in the table above.
 */
export const LABELLED_ITEM = 'li button[aria-label], li a[aria-label]';
/** The attribute selector list for those labels. */
export const CURRENT_COMPANY = CURRENT_COMPANY_LABELS.map((label) => `[aria-label^="${label}"]`).join(', ');
