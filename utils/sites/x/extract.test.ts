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

/** Each source of the user id alone, on the dated fixtures (the variants × fields table's cells). */
describe('X user id on the fixture pages', () => {
  const fixture = (name: string) => loadDocument(path.join(__dirname, '__fixtures__', `${name}.html`));
  const withoutJsonLd = (doc: Document) => {
    for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) script.remove();
    return doc;
  };
  const withoutFollowButton = (doc: Document) => {
    for (const button of doc.querySelectorAll('[data-testid$="-follow"], [data-testid$="-unfollow"]')) button.setAttribute('data-testid', 'userActions');
    return doc;
  };

  it('from the header’s <id>-follow button alone (no JSON-LD on the page)', () => {
    expect(extractXProfile(withoutJsonLd(fixture('profile-dom.2026-05')), new URL('https://x.com/aoi_builds'))).toMatchObject({ handle: 'aoi_builds', xUserId: '1800000000000000042' });
  });

  it('from the <id>-unfollow button of an account the viewer follows (logged in, renamed handle)', () => {
    expect(extractXProfile(withoutJsonLd(fixture('profile-renamed-handle.2026-11')), new URL('https://x.com/mika_tsukuru'))).toMatchObject({ handle: 'mika_tsukuru', xUserId: '1500000000000000077' });
  });

  it('from JSON-LD alone, with the header rendered but no follow button (the viewer’s own profile)', () => {
    expect(extractXProfile(withoutFollowButton(fixture('profile-dom.2026-05')), new URL('https://x.com/aoi_builds'))).toMatchObject({ handle: 'aoi_builds', xUserId: '1800000000000000042' });
  });

  it('from JSON-LD alone, before the header renders', () => {
    expect(extractXProfile(fixture('profile-jsonld-only.2026-05'), new URL('https://x.com/ren_okada'))).toMatchObject({ handle: 'ren_okada', xUserId: '1750000000000000007' });
  });

  it('not from JSON-LD that describes another handle (the previous page’s, after in-app navigation)', () => {
    const doc = withoutFollowButton(fixture('profile-dom.2026-05'));
    const script = doc.querySelector('script[type="application/ld+json"]');
    if (!script) throw new Error('fixture');
    script.textContent = (script.textContent ?? '').replace(/"additionalName":\s*"[^"]*"/, '"additionalName": "someone_else"');
    const snapshot = extractXProfile(doc, new URL('https://x.com/aoi_builds'));
    expect(snapshot).toMatchObject({ handle: 'aoi_builds', name: 'Aoi Kimura 🌸' });
    expect(snapshot).not.toHaveProperty('xUserId');
  });
});
