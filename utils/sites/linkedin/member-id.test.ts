import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collapse, fixtureFiles, loadDocument } from '../__fixtures__/load';
import { extractLinkedInProfile } from './extract';

/**
 * Member-id URLs (`/in/ACoAA…/`, what messaging and some search results link to): the person is
 * keyed by the vanity slug the card links, only when the card itself names that member id.
 */
const fixture = (name: string) => loadDocument(path.join(__dirname, '__fixtures__', name));

describe('a LinkedIn member-id URL', () => {
  it('resolves an SDUI card (member id in its componentkey and Message link) to the slug it links', () => {
    const snapshot = extractLinkedInProfile(fixture('profile-sdui-ja.2026-11.html'), new URL('https://www.linkedin.com/in/ACoAAC8k2QwBz7/'));
    expect(snapshot).toMatchObject({ site: 'linkedin', handle: 'kenta-yamada-7f3e21', memberId: 'acoaac8k2qwbz7', name: '山田 健太' });
  });

  it('resolves a classic card (member id in its Message link) to the slug it links', () => {
    const snapshot = extractLinkedInProfile(fixture('profile-classic-de.2026-11.html'), new URL('https://www.linkedin.com/in/ACoAAF2kLn8Hq4Tz/?miniProfileUrn=x'));
    expect(snapshot).toMatchObject({ handle: 'lena-hoffmann-energie', memberId: 'acoaaf2kln8hq4tz' });
  });

  it('gives null when the card on screen names another member id (the previous person after in-app navigation)', () => {
    expect(extractLinkedInProfile(fixture('profile-sdui-ja.2026-11.html'), new URL('https://www.linkedin.com/in/ACoAAD1j7RmKx2/'))).toBeNull();
    // The previous person's (Jonas's) card, with the URL's person (Kenta) only in links around it.
    expect(extractLinkedInProfile(fixture('negative-previous-sdui.2026-11.html'), new URL('https://www.linkedin.com/in/ACoAAC8k2QwBz7/'))).toBeNull();
  });

  it('gives null when the card names no member id at all: a slug alone proves nothing at a member-id URL', () => {
    expect(extractLinkedInProfile(fixture('profile-classic-ja.2026-11.html'), new URL('https://www.linkedin.com/in/ACoAAB2x9YkBq1/'))).toBeNull();
  });

  it('reports the member id at the slug URL too, so an earlier member-id record can be folded in', () => {
    expect(extractLinkedInProfile(fixture('profile-sdui-ja.2026-11.html'), new URL('https://www.linkedin.com/in/kenta-yamada-7f3e21/'))?.memberId).toBe('acoaac8k2qwbz7');
  });
});

/**
 * Every variant and UI language whose top card names the member id (its .expected.json says which):
 * opened at that member-id URL, the card is read in full and keyed by the vanity slug; every other
 * variant gives null there rather than a second record.
 */
describe('each fixture at its member-id URL', () => {
  const dir = path.join(__dirname, '__fixtures__');
  const profiles = fixtureFiles(dir, '.html')
    .filter((f) => path.basename(f).startsWith('profile-'))
    .map((f) => ({ file: path.basename(f), expected: JSON.parse(readFileSync(f.replace(/\.html$/, '.expected.json'), 'utf8')) as Record<string, string | null | undefined> }));
  const named = profiles.filter((p) => p.expected.memberId);
  const unnamed = profiles.filter((p) => !p.expected.memberId);

  it('covers every SDUI language and the classic variants that name one', () => {
    expect(named.map((p) => p.file.replace(/\.\d{4}-\d{2}\.html$/, ''))).toEqual(
      expect.arrayContaining(['profile-sdui', 'profile-sdui-de', 'profile-sdui-es', 'profile-sdui-fr', 'profile-sdui-ja', 'profile-sdui-ko', 'profile-sdui-pl', 'profile-sdui-pt', 'profile-sdui-zh', 'profile-classic', 'profile-classic-de', 'profile-hashed']),
    );
  });

  it.each(named.map((p) => [p.file, p.expected] as const))('%s: read in full and keyed by its slug', (file, expected) => {
    // The id in the URL as LinkedIn writes it (mixed case) or lower-cased: the same member.
    const original = readFileSync(path.join(dir, file), 'utf8').match(new RegExp(String(expected.memberId), 'i'))?.[0];
    for (const id of [original, expected.memberId]) {
      const snapshot = extractLinkedInProfile(fixture(file), new URL(`https://www.linkedin.com/in/${id}/`));
      expect({ handle: snapshot?.handle, memberId: snapshot?.memberId }).toEqual({ handle: expected.handle, memberId: expected.memberId });
      for (const field of ['name', 'headline', 'company', 'location', 'avatarUrl'] as const) {
        expect({ field, value: collapse(snapshot?.[field]) }).toEqual({ field, value: collapse(expected[field]) });
      }
    }
  });

  it.each(unnamed.map((p) => [p.file] as const))('%s names no member id: null at a member-id URL', (file) => {
    expect(extractLinkedInProfile(fixture(file), new URL('https://www.linkedin.com/in/ACoAAZ9z9z9z9z/'))).toBeNull();
  });
});
