import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFrom, loadDocument } from '../__fixtures__/load';
import { extractXProfile } from './extract';

/** A renamed handle: the page is keyed by the handle its header shows, never by one it mentions. */
describe('X profile after a handle rename', () => {
  const doc = loadDocument(path.join(__dirname, '__fixtures__', 'profile-renamed-handle.2026-11.html'));

  it('reads the profile at the new handle, in any case', () => {
    expect(extractXProfile(doc, new URL('https://x.com/mika_tsukuru/media'))).toMatchObject({
      handle: 'mika_tsukuru',
      name: '高橋 美香',
    });
  });

  it('gives null at the old handle the bio, the pinned post and a quoted post still mention', () => {
    expect(extractXProfile(doc, new URL('https://x.com/mika_builds'))).toBeNull();
  });

  it('gives null at the viewer’s own handle (their avatar container is in the side nav)', () => {
    expect(extractXProfile(doc, new URL('https://x.com/kenji_w'))).toBeNull();
  });
});

/** X's numeric id: what makes a renamed handle the same person. */
describe('X user id', () => {
  const header = (followTestId: string, jsonLdId: string | null) =>
    documentFrom(`<html><head>${
      jsonLdId === null ? '' : `<script type="application/ld+json">{"@type":"ProfilePage","mainEntity":{"@type":"Person","additionalName":"Aoi_Test","givenName":"Aoi","identifier":"${jsonLdId}"}}</script>`
    }</head><body><div data-testid="primaryColumn">
      <div data-testid="UserAvatar-Container-Aoi_Test"><img src="https://pbs.twimg.com/profile_images/1/a_200x200.jpg"></div>
      <button data-testid="${followTestId}">Follow</button>
      <div data-testid="UserName"><div dir="ltr">Aoi</div><div dir="ltr">@Aoi_Test</div></div>
      <div data-testid="UserCell"><button data-testid="999-follow">Follow</button></div>
    </div></body></html>`);
  const url = new URL('https://x.com/aoi_test');

  it('comes from the header’s follow button, and agrees with JSON-LD', () => {
    expect(extractXProfile(header('1234567-follow', '1234567'), url)?.xUserId).toBe('1234567');
    expect(extractXProfile(header('1234567-unfollow', null), url)?.xUserId).toBe('1234567');
  });

  it('is left out when the two sources disagree, and never taken from an account cell below the header', () => {
    expect(extractXProfile(header('1234567-follow', '7654321'), url)).not.toHaveProperty('xUserId');
    expect(extractXProfile(header('userActions', null), url)).not.toHaveProperty('xUserId');
  });
});
