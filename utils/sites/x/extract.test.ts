import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../__fixtures__/load';
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
