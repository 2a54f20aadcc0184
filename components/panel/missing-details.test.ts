import { describe, expect, it } from 'vitest';
import type { ProfileSnapshot } from '@/utils/model';
import { missingDetails } from './missing-details';

const read: ProfileSnapshot = { site: 'linkedin', handle: 'ethanohara', name: 'Ethan O’Hara', headline: 'Designer', company: null, location: null, avatarUrl: null };

describe('what the panel says it could not read', () => {
  it('names every detail when a profile page that shows the header could not be read', () => {
    expect(missingDetails(true, null, true)).toEqual(['fieldName', 'fieldHeadline', 'fieldLocation', 'fieldPhoto']);
    expect(missingDetails(true, { ...read, name: null }, true)).toEqual(['fieldName']);
  });

  it('says nothing on a sub-page without the header (recent activity, details, follower lists)', () => {
    expect(missingDetails(true, null, false)).toEqual([]);
  });

  it('says nothing while still waiting, or once the header was read', () => {
    expect(missingDetails(false, null, true)).toEqual([]);
    expect(missingDetails(true, read, true)).toEqual([]);
    expect(missingDetails(true, read, false)).toEqual([]);
  });
});
