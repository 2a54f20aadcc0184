import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractProfile, profileKeyFromUrl, profileShowsHeader, waitForProfile } from './index';
import { collapse, fixtureFiles, loadDocument } from './__fixtures__/load';

/**
 * Our own scrubbed fixtures (invented people) in <site>/__fixtures__/: `profile-*` pages give their
 * .expected.json exactly; `negative-*` pages give null at the profile URL in their .expected.json.
 */
interface Expected {
  url: string;
  site: 'linkedin' | 'x';
  expectNull?: boolean;
  /** A profile sub-page without the header (recent activity, details, follower lists). */
  subPage?: boolean;
  handle?: string;
  name?: string | null;
  headline?: string | null;
  company?: string | null;
  location?: string | null;
  avatarUrl?: string | null;
  /** X's numeric id, when the header shows it. */
  xUserId?: string;
  /** LinkedIn's member id (lower-cased), when the top card names it. */
  memberId?: string;
}

const FIELDS = ['name', 'headline', 'company', 'location', 'avatarUrl'] as const;

function load(file: string): { doc: Document; expected: Expected } {
  const expected = JSON.parse(readFileSync(file.replace(/\.html$/, '.expected.json'), 'utf8')) as Expected;
  return { doc: loadDocument(file), expected };
}

describe.each(['linkedin', 'x'])('%s/__fixtures__', (site) => {
  const files = fixtureFiles(path.join(__dirname, site, '__fixtures__'), '.html');
  const positives = files.filter((f) => path.basename(f).startsWith('profile-'));
  const negatives = files.filter((f) => path.basename(f).startsWith('negative-'));

  it('has positive and negative fixtures', () => {
    expect(positives.length).toBeGreaterThan(1);
    expect(negatives.length).toBeGreaterThan(3);
  });

  it.each(positives.map((f) => [path.basename(f), f]))('%s gives its .expected.json', (_name, file) => {
    const { doc, expected } = load(file);
    const snapshot = extractProfile(doc, new URL(expected.url));
    expect(snapshot).not.toBeNull();
    expect(snapshot?.site).toBe(site);
    expect(snapshot?.handle).toBe(expected.handle);
    for (const field of FIELDS) {
      expect({ field, value: collapse(snapshot?.[field]) }).toEqual({ field, value: collapse(expected[field]) });
    }
    if (site === 'x') expect(snapshot?.headline).toBe(expected.headline); // line breaks kept
    // The id that survives a rename (X) or links a member-id URL to the slug (LinkedIn); never a guess.
    expect({ xUserId: snapshot?.xUserId, memberId: snapshot?.memberId }).toEqual({ xUserId: expected.xUserId, memberId: expected.memberId });
  });

  it.each(positives.map((f) => [path.basename(f), f]))(
    '%s gives null at another person’s URL (previous DOM still on screen)',
    (_name, file) => {
      const { doc, expected } = load(file);
      const other = site === 'x' ? 'https://x.com/someone_else' : 'https://www.linkedin.com/in/someone-else/';
      expect(extractProfile(doc, new URL(other))).toBeNull();
      // …and at a URL that is not a profile at all.
      expect(extractProfile(doc, new URL(site === 'x' ? 'https://x.com/home' : 'https://www.linkedin.com/feed/'))).toBeNull();
      expect(profileKeyFromUrl(new URL(expected.url))?.site).toBe(site);
    },
  );

  it.each(negatives.map((f) => [path.basename(f), f]))('%s gives null', (_name, file) => {
    const { doc, expected } = load(file);
    expect(expected.expectNull).toBe(true);
    expect(profileKeyFromUrl(new URL(expected.url))).not.toBeNull(); // null because of the page
    expect(extractProfile(doc, new URL(expected.url))).toBeNull();
  });

  it.each(negatives.map((f) => [path.basename(f), f]))('%s: a sub-page is not waited on (no warning); a profile page is', async (_name, file) => {
    const { doc, expected } = load(file);
    const url = new URL(expected.url);
    expect(profileShowsHeader(url)).toBe(!expected.subPage);
    if (expected.subPage) {
      // Resolves at once, long before the timeout a real profile page is given to render.
      await expect(waitForProfile(doc, url, { timeoutMs: 60_000 })).resolves.toBeNull();
    }
  });

  /** Sub-pages drawn over (or beside) the profile's own header: the same person, read the same. */
  const HEADER_SUBPAGES = site === 'x' ? ['with_replies', 'media', 'likes'] : ['overlay/contact-info/', 'overlay/about-this-profile/', 'overlay/photo/'];
  /** Sub-pages without the header: the person comes from the URL, and nothing is waited for. */
  const LIST_SUBPAGES = site === 'x' ? ['followers', 'following', 'verified_followers'] : ['recent-activity/all/', 'details/experience/'];
  const base = (handle: string) => (site === 'x' ? `https://x.com/${handle}/` : `https://www.linkedin.com/in/${encodeURIComponent(handle)}/`);

  it.each(positives.map((f) => [path.basename(f), f]))('%s reads the same on every sub-page that shows the header', (_name, file) => {
    const { doc, expected } = load(file);
    const atProfile = extractProfile(doc, new URL(expected.url));
    expect(atProfile).not.toBeNull();
    for (const sub of HEADER_SUBPAGES) {
      const url = new URL(sub, base(expected.handle ?? ''));
      expect(profileShowsHeader(url), url.href).toBe(true);
      expect(extractProfile(doc, url), url.href).toEqual(atProfile);
    }
  });

  it.each(LIST_SUBPAGES)('/%s is the URL’s person, without a header to wait for', async (sub) => {
    const url = new URL(sub, base(site === 'x' ? 'Nao_Tanabe' : 'sofia-reyes-8a1b2c'));
    expect(profileKeyFromUrl(url)).toEqual({ site, handle: site === 'x' ? 'nao_tanabe' : 'sofia-reyes-8a1b2c' });
    expect(profileShowsHeader(url)).toBe(false);
    const page = negatives.find((f) => load(f).expected.subPage) ?? '';
    await expect(waitForProfile(load(page).doc, url, { timeoutMs: 60_000 })).resolves.toBeNull();
  });

  it('has sub-page fixtures', () => {
    expect(negatives.filter((f) => load(f).expected.subPage).length).toBeGreaterThan(0);
  });
});
