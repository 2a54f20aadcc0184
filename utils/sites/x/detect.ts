import type { ProfileKey } from '../../model';
import type { SiteUrls } from '../adapter';
import { isXHandle } from './handle';

/**
 * Which X URLs are a profile page, and whose.
 *
 * `https://x.com/<handle>` and its tabs are the same person. Decisions:
 * - Host: `x.com` only, the extension's only X host permission (`www.x.com` redirects there;
 *   twitter.com and mobile.x.com are not matched by the content script).
 * - Handles follow `handle.ts` (1–15 of `[A-Za-z0-9_]`), compared case-insensitively, keyed
 *   lower-cased.
 * - Profile tabs (`/with_replies`, `/media`, `/likes`, …) and the photo overlays (`/photo`,
 *   `/header_photo`, drawn over the profile header) are the profile page.
 * - `/<handle>/status/…`, `/<handle>/lists`, `/<handle>/communities` and any other sub-path are
 *   NOT: the header with the person's name is not on screen there.
 * - First segments X reserves for its own pages are never handles.
 */

/** Sub-paths that still show the profile header. */
const PROFILE_TABS = new Set([
  'with_replies',
  'media',
  'likes',
  'highlights',
  'articles',
  'affiliates',
  'verified_followers',
  'followers',
  'following',
  'followers_you_follow',
  'superfollows',
  'creator-subscriptions',
  'photo',
  'header_photo',
]);

/** First path segments that are X's own pages (all would otherwise pass the handle pattern). */
const RESERVED = new Set([
  'about', 'account', 'bookmarks', 'communities', 'compose', 'connect_people', 'download', 'explore',
  'follower_requests', 'grok', 'hashtag', 'help', 'home', 'i', 'intent', 'jobs', 'keyboard_shortcuts',
  'lists', 'login', 'logout', 'messages', 'notifications', 'oauth', 'onboarding', 'personalization',
  'premium', 'premium_sign_up', 'privacy', 'rules', 'search', 'settings', 'share', 'signup', 'topics',
  'tos', 'verified', 'welcome', 'who_to_follow',
]);

/** Profile URLs (with the handle they give) and URLs that are not profiles; tested in detect.test.ts. */
export const EXAMPLES = {
  positive: [
    { url: 'https://x.com/Dr_Mori3', handle: 'dr_mori3' },
    { url: 'https://x.com/dr_mori3/', handle: 'dr_mori3' },
    { url: 'https://x.com/88_haruka', handle: '88_haruka' },
    { url: 'https://x.com/a', handle: 'a' },
    { url: 'https://x.com/ABCDEFGHIJ_1234', handle: 'abcdefghij_1234' },
    { url: 'https://x.com/ShoreLedger_38?lang=ja', handle: 'shoreledger_38' },
    { url: 'https://x.com/ShoreLedger_38/with_replies', handle: 'shoreledger_38' },
    { url: 'https://x.com/ShoreLedger_38/media', handle: 'shoreledger_38' },
    { url: 'https://x.com/ShoreLedger_38/likes', handle: 'shoreledger_38' },
    { url: 'https://x.com/ShoreLedger_38/highlights', handle: 'shoreledger_38' },
    { url: 'https://x.com/ShoreLedger_38/articles', handle: 'shoreledger_38' },
    { url: 'https://x.com/ShoreLedger_38/affiliates', handle: 'shoreledger_38' },
    { url: 'https://x.com/ShoreLedger_38/verified_followers', handle: 'shoreledger_38' },
    { url: 'https://x.com/ShoreLedger_38/followers', handle: 'shoreledger_38' },
    { url: 'https://x.com/ShoreLedger_38/following', handle: 'shoreledger_38' },
    { url: 'https://x.com/ShoreLedger_38/followers_you_follow', handle: 'shoreledger_38' },
    { url: 'https://x.com/ShoreLedger_38/superfollows', handle: 'shoreledger_38' },
    { url: 'https://x.com/ShoreLedger_38/photo', handle: 'shoreledger_38' },
    { url: 'https://x.com/HinaThriftBot#top', handle: 'hinathriftbot' },
  ],
  negative: [
    'https://x.com/',
    'https://x.com/home',
    'https://x.com/explore',
    'https://x.com/i/flow/login',
    'https://x.com/settings/account',
    'https://x.com/search?q=kakehashi',
    'https://x.com/messages',
    'https://x.com/notifications',
    'https://x.com/compose/post',
    'https://x.com/tos',
    'https://x.com/privacy',
    'https://x.com/login',
    'https://x.com/logout',
    'https://x.com/signup',
    'https://x.com/jobs',
    'https://x.com/lists',
    'https://x.com/bookmarks',
    'https://x.com/communities',
    'https://x.com/premium',
    'https://x.com/hashtag/BecauseJersey',
    'https://x.com/share',
    'https://x.com/intent/post?text=hi',
    'https://x.com/account/access',
    'https://x.com/download',
    'https://x.com/about',
    'https://x.com/rules',
    'https://x.com/grok',
    'https://x.com/verified-choose',
    // X's "Who to follow" (its counterpart of LinkedIn's My Network).
    'https://x.com/i/connect_people',
    'https://x.com/connect_people?user_id=1800000000000000042',
    'https://x.com/Dr_Mori3/status/1637000000000000000',
    'https://x.com/Dr_Mori3/status/1637000000000000000/photo/1',
    'https://x.com/Dr_Mori3/lists',
    'https://x.com/Dr_Mori3/communities',
    'https://x.com/Dr_Mori3/media/extra',
    'https://x.com/this_is_sixteen_',
    'https://x.com/dr-mori',
    'https://x.com/%E7%94%B0%E4%B8%AD',
    'https://twitter.com/Dr_Mori3',
    'https://mobile.x.com/Dr_Mori3',
    'https://x.com.evil.example/Dr_Mori3',
    'http://x.com/Dr_Mori3',
    'https://www.linkedin.com/Dr_Mori3',
  ],
};

/** The profile key of an X profile URL, or null. Cheap: no DOM, one split. */
export function xKeyFromUrl(url: URL): ProfileKey | null {
  if (url.protocol !== 'https:' || url.hostname !== 'x.com') return null;
  const segments = url.pathname.split('/');
  // ['', handle] or ['', handle, ''] or ['', handle, tab] or ['', handle, tab, ''].
  if (segments[segments.length - 1] === '' && segments.length > 2) segments.pop();
  const lower = segments[1]?.toLowerCase();
  if (!lower || !isXHandle(lower) || segments.length > 3) return null;
  if (RESERVED.has(lower)) return null;
  const tab = segments[2];
  if (tab !== undefined && !PROFILE_TABS.has(tab)) return null;
  return { site: 'x', handle: lower };
}

/** Tabs that list accounts under a small title bar instead of the profile header. */
const LIST_TABS = new Set(['followers', 'following', 'verified_followers', 'followers_you_follow']);

/** Whether the page at this profile URL renders the header (the follower lists do not). */
export function xUrlShowsHeader(url: URL): boolean {
  return !LIST_TABS.has(url.pathname.split('/')[2] ?? '');
}

/** X's URL rules for ../adapter.ts: all the panel's first script knows of the site. */
export const X_URLS: SiteUrls = { site: 'x', keyFromUrl: xKeyFromUrl, showsHeader: xUrlShowsHeader };
