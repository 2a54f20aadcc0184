import type { Site } from '../model';
import { LIMITS } from '../limits';

/**
 * Profile photos are kept only as https URLs on the sites' own image hosts (DESIGN.md: no network
 * requests of our own, and a stored URL must never point anywhere the user did not already load).
 * `data:` URIs (self-view and SingleFile saves), placeholders and static assets give null.
 */
const AVATAR_HOSTS: Record<Site, RegExp> = {
  // media.licdn.com today; media-exp1/2/… .licdn.com before 2023. Not static.licdn.com (ghost images).
  linkedin: /^media(?:-exp\d+)?\.licdn\.com$/,
  // pbs.twimg.com/profile_images/…; abs.twimg.com holds only default avatars and emoji.
  x: /^pbs\.twimg\.com$/,
};

/** The URL if it is an https profile-photo URL on `site`'s image host, else null. */
export function safeAvatarUrl(raw: string | null | undefined, site: Site, base?: string): string | null {
  if (!raw) return null;
  const trimmed = raw.trim();
  if (!trimmed || trimmed.length > LIMITS.url) return null;
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return null;
  if (!AVATAR_HOSTS[site].test(url.hostname)) return null;
  const href = url.href;
  return href.length <= LIMITS.url ? href : null;
}

/** The largest candidate of a `srcset` ("url 100w, url 200w" or "url 1x, url 2x"). */
export function largestSrcsetUrl(srcset: string | null): string | null {
  if (!srcset) return null;
  let best: string | null = null;
  let bestSize = -1;
  for (const candidate of srcset.split(',')) {
    const [candidateUrl, descriptor] = candidate.trim().split(/\s+/);
    if (!candidateUrl) continue;
    const size = Number.parseFloat(descriptor ?? '1') || 1;
    if (size > bestSize) {
      best = candidateUrl;
      bestSize = size;
    }
  }
  return best;
}
