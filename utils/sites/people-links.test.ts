import { describe, expect, it } from 'vitest';
import { linkedinPersonFromHref } from './linkedin/people-links';
import { xPersonFromHref } from './x/people-links';

const LI = new URL('https://www.linkedin.com/feed/');
const X = new URL('https://x.com/home');

describe('linkedinPersonFromHref', () => {
  it.each([
    ['/in/ethanohara/', 'ethanohara'],
    ['/in/ethanohara', 'ethanohara'],
    ['https://www.linkedin.com/in/EthanOHara?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAA', 'ethanohara'],
    ['/in/%E7%94%B0%E4%B8%AD-%E7%BE%8E%E5%92%8C-12345/?lipi=urn%3Ali', '田中-美和-12345'],
    ['https://jp.linkedin.com/in/aiko-ueda', 'aiko-ueda'],
    ['/in/ueda-ken/overlay/contact-info/', 'ueda-ken'],
  ])('%s is %s', (href, handle) => {
    expect(linkedinPersonFromHref(href, LI)?.handle).toBe(handle);
  });

  it.each([
    '/in/me/',
    '/company/lumenfield/',
    '/school/st-aidans-university/',
    '/feed/hashtag/?keywords=tokyo',
    '/posts/ethanohara_activity-123',
    '/feed/update/urn:li:activity:1/',
    '/pub/old-style/12/345/678',
    '/search/results/people/?keywords=in',
    'https://evil.example/in/ethanohara/',
    'https://x.com/in/ethanohara',
    'http://[bad',
    '',
  ])('%s is not a person', (href) => {
    expect(linkedinPersonFromHref(href, LI)).toBeNull();
  });
});

describe('xPersonFromHref', () => {
  it.each([
    ['/Dr_Mori3', 'dr_mori3'],
    ['/Dr_Mori3/', 'dr_mori3'],
    ['https://x.com/HinaThriftBot?s=20', 'hinathriftbot'],
    ['/88_haruka?lang=ja', '88_haruka'],
  ])('%s is %s', (href, handle) => {
    expect(xPersonFromHref(href, X)?.handle).toBe(handle);
  });

  it.each([
    '/home',
    '/explore',
    '/hashtag/agritech?src=hashtag_click',
    '/search?q=%23tokyo',
    '/i/lists/1861',
    '/Dr_Mori3/status/1861000000000000001',
    '/Dr_Mori3/photo',
    '/Dr_Mori3/followers',
    'https://twitter.com/Dr_Mori3',
    'https://www.linkedin.com/in/ethanohara/',
    '/in/ethanohara/',
  ])('%s is not an author link', (href) => {
    expect(xPersonFromHref(href, X)).toBeNull();
  });
});
