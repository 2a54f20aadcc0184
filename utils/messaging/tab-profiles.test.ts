import { describe, expect, it } from 'vitest';
import type { ProfileSnapshot } from '../model';
import { isProfileShownAt } from './tab-profiles';

const snapshot = (site: ProfileSnapshot['site'], handle: string): ProfileSnapshot => ({ site, handle, name: null, headline: null, company: null, location: null, avatarUrl: null });

describe('isProfileShownAt (quiet mode shows a card only while the tab shows that person)', () => {
  it('is true on the profile and its sub-pages', () => {
    const ayaka = snapshot('linkedin', 'ayaka-sato');
    expect(isProfileShownAt(ayaka, 'https://www.linkedin.com/in/ayaka-sato/')).toBe(true);
    expect(isProfileShownAt(ayaka, 'https://www.linkedin.com/in/Ayaka-Sato/recent-activity/all/')).toBe(true);
    expect(isProfileShownAt(snapshot('x', 'ken_dev'), 'https://x.com/ken_dev/media')).toBe(true);
  });

  it('is false anywhere else', () => {
    const ayaka = snapshot('linkedin', 'ayaka-sato');
    for (const url of ['https://www.linkedin.com/in/someone-else/', 'https://www.linkedin.com/feed/', 'https://x.com/ayaka-sato', 'not a url', '', undefined]) {
      expect(isProfileShownAt(ayaka, url), String(url)).toBe(false);
    }
  });
});
