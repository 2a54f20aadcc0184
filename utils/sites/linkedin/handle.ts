/**
 * The one rule for what a LinkedIn handle (a contact key's slug) looks like, used by URL detection,
 * message validation, backups and the Connections.csv import alike, so a profile that is detected
 * can always be saved, backed up and restored.
 *
 * A handle is the `/in/<slug>` segment percent-decoded and lower-cased. LinkedIn's custom URLs are
 * 3–100 letters, digits and hyphens, but generated slugs are not bound by that: members with
 * non-Latin names get slugs like `田中-美和-12345` (sent percent-encoded, nine characters per kanji),
 * and slugs generated from long names plus a suffix can pass 100. The cap is therefore 200 decoded
 * characters, and 1 the minimum (very old accounts have short slugs), with no whitespace, URL
 * delimiters or control characters. `me` is LinkedIn's alias for the viewer's own profile, never a
 * member's slug.
 */

/** Longest handle, in UTF-16 code units of the decoded slug. */
export const LINKEDIN_HANDLE_MAX = 200;

// eslint-disable-next-line no-control-regex -- rejecting control characters is the point
const BAD_CHAR = /[\s/\\?#\u0000-\u001F\u007F-\u009F]/u;

/** Whether `handle` is a valid key for a LinkedIn contact (already decoded and lower-cased). */
export function isLinkedInHandle(handle: string): boolean {
  return (
    handle.length >= 1 &&
    handle.length <= LINKEDIN_HANDLE_MAX &&
    handle !== 'me' &&
    handle === handle.toLowerCase() &&
    !BAD_CHAR.test(handle)
  );
}

/**
 * LinkedIn's member id as a handle (`/in/ACoAA…/`, what messaging and some search results link to;
 * lower-cased like every handle). It is the `urn:li:fsd_profile:` id, 39 characters on every page
 * seen (`ACoAA…`, `ACwAA…` for members outside the viewer's network), shorter in our fixtures.
 * Vanity slugs never take this shape in practice; a member-id record is folded into the slug's as
 * soon as a page shows both (utils/db/identity.ts).
 */
const MEMBER_ID = /^ac[ow]aa[a-z0-9_-]{6,60}$/;

/** Whether `handle` (already lower-cased) is a member id rather than a vanity slug. */
export function isLinkedInMemberId(handle: string): boolean {
  return MEMBER_ID.test(handle);
}
