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

/**
 * The X user id each capture's header shows (its follow button's `data-testid="<id>-follow"`),
 * kept here because the shared captures' .expected.json predate the field. None of the LinkedIn
 * captures' top cards names the member id.
 */
const X_USER_IDS: Record<string, string | undefined> = {
  'profile-all-fields_2023-03.html': '918273645546372819',
  'profile-emoji-name-verified-no-location_2023-03.html': '1375920614',
  'profile-minimal-no-bio_2023-03.html': '1587712093548821504',
};

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
    expect(snapshot?.xUserId).toBe(X_USER_IDS[path.basename(file)]);
    expect(snapshot?.memberId).toBeUndefined();
  });
});
