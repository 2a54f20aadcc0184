import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFrom, fixtureFiles, loadDocument } from '@/utils/sites/__fixtures__/load';
import { createPeopleScanner } from '@/utils/sites/page-people';
import { handlesInSlices } from './start-page-people';

const FIXTURES = path.resolve(__dirname, '../../utils/sites');
const URLS = { linkedin: 'https://www.linkedin.com/feed/', x: 'https://x.com/home' } as const;

describe('people on this page, read in slices', () => {
  it.each(['linkedin', 'x'] as const)('finds exactly what one pass finds on the %s fixtures, in page order, however small the slices', async (site) => {
    const files = fixtureFiles(path.join(FIXTURES, site, '__fixtures__'), '.html').filter((f) => path.basename(f).startsWith('people-'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const doc = loadDocument(file);
      const url = new URL(URLS[site]);
      const whole = createPeopleScanner(site).handles(doc, url);
      expect(whole.length).toBeGreaterThan(0);
      expect(await handlesInSlices(createPeopleScanner(site), doc, url, 0)).toEqual(whole);
      expect(await handlesInSlices(createPeopleScanner(site), doc, url)).toEqual(whole);
    }
  });

  it('yields to the event loop between slices on a long page (a 1,000-post feed is not one task)', async () => {
    const posts = Array.from({ length: 1000 }, (_, i) => `<article><a href="/in/person-${i}/">Person ${i}</a> <a href="/feed/update/${i}">post</a></article>`).join('');
    const doc = documentFrom(`<header id="global-nav"><a href="/in/me-myself/">Me</a></header><main>${posts}</main>`);
    let turns = 0;
    const ticking = setInterval(() => turns++, 0);
    const handles = await handlesInSlices(createPeopleScanner('linkedin'), doc, new URL(URLS.linkedin), 0);
    clearInterval(ticking);
    expect(handles).toHaveLength(1000);
    expect(handles[0]).toBe('person-0');
    expect(handles).not.toContain('me-myself');
    expect(turns).toBeGreaterThan(10);
  });
});
