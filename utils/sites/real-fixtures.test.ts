import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractProfile, profileKeyFromUrl } from './index';
import { collapse, fixtureFiles, loadDocument, REAL_FIXTURES } from './__fixtures__/load';

interface Expected {
  url: string;
  site: string;
  expectNull?: boolean;
  handle?: string;
  name?: string | null;
  headline?: string | null;
  company?: string | null;
  location?: string | null;
  avatarUrl?: string | null;
}

const FIELDS = ['name', 'headline', 'company', 'location', 'avatarUrl'] as const;

describe.each(['linkedin', 'x'])('real captures in shared/fixtures/real/%s', (site) => {
  const files = fixtureFiles(path.join(REAL_FIXTURES, site), '.html');

  it('has captures to test', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [path.basename(f), f]))('%s gives its .expected.json', (_name, file) => {
    const expected = JSON.parse(readFileSync(file.replace(/\.html$/, '.expected.json'), 'utf8')) as Expected;
    const url = new URL(expected.url);
    const snapshot = extractProfile(loadDocument(file), url);
    if (expected.expectNull) {
      expect(profileKeyFromUrl(url)).not.toBeNull(); // null because of the page, not the URL
      expect(snapshot).toBeNull();
      return;
    }
    expect(snapshot).not.toBeNull();
    expect(snapshot?.site).toBe(expected.site);
    expect(snapshot?.handle).toBe(expected.handle);
    for (const field of FIELDS) {
      expect({ field, value: collapse(snapshot?.[field]) }).toEqual({ field, value: collapse(expected[field]) });
    }
    // The bio keeps its line breaks exactly as the expected text has them.
    if (expected.site === 'x') expect(snapshot?.headline).toBe(expected.headline);
  });
});
