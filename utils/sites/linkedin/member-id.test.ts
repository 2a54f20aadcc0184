import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../__fixtures__/load';
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
    expect(extractLinkedInProfile(fixture('profile-hashed.2026-05.html'), new URL('https://www.linkedin.com/in/ACoAAB2x9YkBq1/'))).toBeNull();
  });

  it('reports the member id at the slug URL too, so an earlier member-id record can be folded in', () => {
    expect(extractLinkedInProfile(fixture('profile-sdui-ja.2026-11.html'), new URL('https://www.linkedin.com/in/kenta-yamada-7f3e21/'))?.memberId).toBe('acoaac8k2qwbz7');
  });
});
