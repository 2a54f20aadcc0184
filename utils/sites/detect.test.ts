import { describe, expect, it } from 'vitest';
import { isProfileUrl, profileKeyFromUrl } from './index';
import { EXAMPLES as LINKEDIN, linkedinKeyFromUrl, linkedinUrlShowsTopCard } from './linkedin/detect';
import { EXAMPLES as X, xKeyFromUrl, xUrlShowsHeader } from './x/detect';

/**
 * Every detector against its own example URLs, the other site's positives and every negative
 * (refined-github style): a LinkedIn profile URL is not an X profile, a feed URL is not a profile.
 */
const DETECTORS = [
  { site: 'linkedin', detect: linkedinKeyFromUrl, own: LINKEDIN, other: X },
  { site: 'x', detect: xKeyFromUrl, own: X, other: LINKEDIN },
] as const;

const ALL_NEGATIVES = [...LINKEDIN.negative, ...X.negative];

describe.each(DETECTORS)('$site detector', ({ site, detect, own, other }) => {
  it.each(own.positive)('$url → $handle', ({ url, handle }) => {
    expect(detect(new URL(url))).toEqual({ site, handle });
    expect(profileKeyFromUrl(new URL(url))).toEqual({ site, handle });
    expect(isProfileUrl(new URL(url))).toBe(true);
  });

  it.each(other.positive.map((p) => p.url))('rejects the other site’s profile %s', (url) => {
    expect(detect(new URL(url))).toBeNull();
  });

  it.each(ALL_NEGATIVES)('rejects %s', (url) => {
    expect(detect(new URL(url))).toBeNull();
    expect(profileKeyFromUrl(new URL(url))).toBeNull();
    expect(isProfileUrl(new URL(url))).toBe(false);
  });
});

describe('URL rules', () => {
  it('treats every X tab and the photo overlays as the same person', () => {
    for (const tab of ['with_replies', 'media', 'likes', 'highlights', 'articles', 'photo', 'header_photo']) {
      expect(xKeyFromUrl(new URL(`https://x.com/Dr_Mori3/${tab}`))?.handle).toBe('dr_mori3');
    }
  });

  it('never throws on malformed percent-encoding', () => {
    expect(() => profileKeyFromUrl(new URL('https://www.linkedin.com/in/%E0%A4%A/'))).not.toThrow();
    expect(profileKeyFromUrl(new URL('https://www.linkedin.com/in/%E0%A4%A/'))).toBeNull();
  });

  it('keys a Japanese slug the same whether the URL is encoded in upper or lower case hex', () => {
    const upper = linkedinKeyFromUrl(new URL('https://www.linkedin.com/in/%E4%BD%90%E8%97%A4/'));
    const lower = linkedinKeyFromUrl(new URL('https://www.linkedin.com/in/%e4%bd%90%e8%97%a4/recent-activity/all/'));
    expect(upper).toEqual({ site: 'linkedin', handle: '佐藤' });
    expect(lower).toEqual(upper);
  });

  it('knows which LinkedIn profile sub-pages render the top card', () => {
    expect(linkedinUrlShowsTopCard(new URL('https://www.linkedin.com/in/a-b/'))).toBe(true);
    expect(linkedinUrlShowsTopCard(new URL('https://www.linkedin.com/in/a-b/overlay/contact-info/'))).toBe(true);
    expect(linkedinUrlShowsTopCard(new URL('https://www.linkedin.com/in/a-b/details/experience/'))).toBe(false);
    expect(linkedinUrlShowsTopCard(new URL('https://www.linkedin.com/in/a-b/recent-activity/all/'))).toBe(false);
  });

  it('knows which X tabs render the profile header', () => {
    expect(xUrlShowsHeader(new URL('https://x.com/Dr_Mori3'))).toBe(true);
    expect(xUrlShowsHeader(new URL('https://x.com/Dr_Mori3/media'))).toBe(true);
    expect(xUrlShowsHeader(new URL('https://x.com/Dr_Mori3/followers'))).toBe(false);
    expect(xUrlShowsHeader(new URL('https://x.com/Dr_Mori3/verified_followers'))).toBe(false);
  });
});
