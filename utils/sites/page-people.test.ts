import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Site } from '../model';
import { documentFrom, fixtureFiles, loadDocument } from './__fixtures__/load';
import { createPeopleScanner, isNameLink } from './page-people';

interface Expected {
  url: string;
  site: Site;
  handles: string[];
}

describe.each(['linkedin', 'x'] as const)('people on %s pages', (site) => {
  const files = fixtureFiles(path.join(__dirname, site, '__fixtures__'), '.html').filter((f) => path.basename(f).startsWith('people-'));

  it('has feed, comment/reply and search fixtures', () => {
    expect(files.length).toBe(3);
  });

  it.each(files.map((f) => [path.basename(f), f]))('%s lists exactly its expected people, in page order', (_name, file) => {
    const expected = JSON.parse(readFileSync(file.replace(/\.html$/, '.expected.json'), 'utf8')) as Expected;
    expect(expected.site).toBe(site);
    const doc = loadDocument(file);
    const before = doc.documentElement.outerHTML;
    expect(createPeopleScanner(site).handles(doc, new URL(expected.url))).toEqual(expected.handles);
    // Reading the page never changes it.
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('people on the other LinkedIn pages we keep fixtures of', () => {
  // Saved for the profile extractor's negatives; here they are pages people appear on.
  it.each([
    ['negative-mynetwork.2026-11.html', 'https://www.linkedin.com/mynetwork/', ['kenta-yamada-7f3e21', 'jonas-becker-b2c3d4', 'chen-jing-shanghai']],
    ['negative-company.2026-05.html', 'https://www.linkedin.com/company/lumenfield/people/', ['sofia-reyes-8a1b2c']],
    ['negative-search.2026-05.html', 'https://www.linkedin.com/search/results/people/?keywords=priya', ['priya-raman-1984', 'priya-raman-dev']],
  ])('%s lists %j', (file, url, handles) => {
    const doc = loadDocument(path.join(__dirname, 'linkedin', '__fixtures__', file as string));
    expect(createPeopleScanner('linkedin').handles(doc, new URL(url as string))).toEqual(handles);
  });
});

describe('createPeopleScanner', () => {
  const feed = path.join(__dirname, 'linkedin', '__fixtures__', 'people-feed.2026-11.html');
  const feedUrl = new URL('https://www.linkedin.com/feed/');

  it('forgets people the site has removed from the page', () => {
    const doc = loadDocument(feed);
    const scanner = createPeopleScanner('linkedin');
    expect(scanner.handles(doc, feedUrl)).toContain('priya-raman-8b1c2');
    doc.querySelector('[data-urn="urn:li:activity:7261000000000000003"]')!.remove();
    expect(scanner.handles(doc, feedUrl)).not.toContain('priya-raman-8b1c2');
  });

  it('excludes the user everywhere once the nav names them, and lists them when it does not', () => {
    const html = (nav: string) =>
      `<header id="global-nav">${nav}</header><main><a href="/in/yui-sato-me/">Yui</a><a href="/in/ethanohara/">Ethan</a></main>`;
    const scanner = createPeopleScanner('linkedin');
    expect(scanner.handles(documentFrom(html('<a href="/in/yui-sato-me/">Me</a>')), feedUrl)).toEqual(['ethanohara']);
    expect(scanner.handles(documentFrom(html('<a href="/feed/">Home</a>')), feedUrl)).toEqual(['yui-sato-me', 'ethanohara']);
  });

  it('finds the first link to a person outside the nav, and nothing for people not on the page', () => {
    const doc = loadDocument(feed);
    const scanner = createPeopleScanner('linkedin');
    expect(scanner.firstLinkTo(doc, feedUrl, 'ethanohara')?.textContent).toContain("Ethan O'Hara");
    expect(scanner.firstLinkTo(doc, feedUrl, 'ethanohara')?.closest('.feed-shared-update-v2')?.getAttribute('data-urn')).toBe(
      'urn:li:activity:7261000000000000001',
    );
    expect(scanner.firstLinkTo(doc, feedUrl, 'yui-sato-me')).toBeNull();
    expect(scanner.firstLinkTo(doc, feedUrl, 'nobody-here')).toBeNull();
  });

  it('resolves relative hrefs against the page it is given, not a cached earlier page', () => {
    const doc = documentFrom('<main><a href="../in/someone/">a relative link</a></main>');
    const scanner = createPeopleScanner('linkedin');
    expect(scanner.handles(doc, new URL('https://www.linkedin.com/feed/'))).toEqual(['someone']);
    // The same href on /company/lumenfield/ is /company/in/someone/: not a profile.
    expect(scanner.handles(doc, new URL('https://www.linkedin.com/company/lumenfield/'))).toEqual([]);
  });

  it('does not take an X mention in a post’s text as the person being on the page', () => {
    const doc = documentFrom(
      '<article><div data-testid="User-Name"><a href="/ken_dev">Ken</a></div><div data-testid="tweetText">hi <a href="/aoi_tanaka">@aoi_tanaka</a></div></article>',
    );
    expect(createPeopleScanner('x').handles(doc, new URL('https://x.com/home'))).toEqual(['ken_dev']);
  });
});

describe('where inline marks go', () => {
  const markable = (site: Site, file: string, url: string) => {
    const doc = loadDocument(path.join(__dirname, site, '__fixtures__', file));
    const scanner = createPeopleScanner(site);
    const base = new URL(url);
    const own = scanner.ownHandles(doc, base);
    return [...doc.querySelectorAll('a[href]')].filter((a) => scanner.personOf(a, base, own) !== null && isNameLink(a)).map((a) => a.getAttribute('href'));
  };

  it('X: one mark per author, on the name link (not the avatar or the @handle), never mentions or the user', () => {
    const hrefs = markable('x', 'people-home.2026-11.html', 'https://x.com/home');
    expect(hrefs.filter((h) => /dr_mori3/i.test(h ?? ''))).toEqual(['/Dr_Mori3']);
    expect(hrefs).toContain('https://x.com/HinaThriftBot');
    expect(hrefs).not.toContain('/only_mentioned');
    expect(hrefs).not.toContain('/yui_sato');
  });

  it('LinkedIn: name links of people only (not the user, companies, schools or avatars)', () => {
    const hrefs = markable('linkedin', 'people-feed.2026-11.html', 'https://www.linkedin.com/feed/');
    expect(hrefs).toContain('/in/priya-raman-8b1c2/');
    expect(hrefs.some((h) => /yui-sato-me|\/company\/|\/school\/|\/in\/me\//.test(h ?? ''))).toBe(false);
  });

  it('isNameLink: a link without text or out of the tab order is a duplicate', () => {
    const doc = documentFrom('<a id="a" href="/x">Name</a><a id="b" href="/x" tabindex="-1">@x</a><a id="c" href="/x"><img alt=""></a><a id="d" href="/x" aria-hidden="true">x</a>');
    expect(['a', 'b', 'c', 'd'].map((id) => isNameLink(doc.getElementById(id)!))).toEqual([true, false, false, false]);
  });
});
