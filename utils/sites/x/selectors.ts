/**
 * Every X selector in one place (STYLE.md). X's class names are generated (`css-1dbjc4n r-…`) and
 * change with each deploy; `data-testid` hooks have been stable for years, so only those, ARIA and
 * structure are used.
 */

/** The centre column; the profile header and the timeline live here (observed by waitForProfile). */
export const PRIMARY_COLUMN = '[data-testid="primaryColumn"]';

/** Header block holding the display name and, below it, the `@handle`. */
export const USER_NAME = '[data-testid="UserName"]';
/**
 * Text blocks inside USER_NAME: the first is the display name, another reads `@handle`. They carry
 * `dir="ltr"` (or `dir="auto"` for right-to-left names), hence any `[dir]`.
 */
export const USER_NAME_BLOCK = 'div[dir]';

/** Bio. Absent (not empty) when the account has none. Emoji are `<img alt>`. */
export const USER_DESCRIPTION = '[data-testid="UserDescription"]';
/** Location item in the header items row; absent when not set. */
export const USER_LOCATION = '[data-testid="UserLocation"]';

/**
 * Avatar wrapper, `UserAvatar-Container-<handle>` with the handle's real case. The first one in
 * the primary column is the header's; tweets below carry their authors' containers.
 */
export const AVATAR_CONTAINER = '[data-testid^="UserAvatar-Container-"]';
export const AVATAR_CONTAINER_PREFIX = 'UserAvatar-Container-';

/** schema.org ProfilePage JSON-LD (react-helmet, updated on navigation); fallback only. */
export const JSON_LD = 'script[type="application/ld+json"]';

/** Emoji images are served from …/emoji/v2/svg/<codepoints>.svg; their alt is the character. */
export const EMOJI_IMAGE_PATH = '/emoji/';

/**
 * The header's follow button, `data-testid="<numeric user id>-follow"` (`-unfollow` when followed,
 * `-unblock` when blocked). It sits in the row above USER_NAME; account cells further down (who to
 * follow, follower lists) carry their own, after it.
 */
export const FOLLOW_BUTTON = '[data-testid$="-follow"], [data-testid$="-unfollow"], [data-testid$="-unblock"]';
export const FOLLOW_BUTTON_TESTID = /^(\d+)-(?:follow|unfollow|unblock)$/;
