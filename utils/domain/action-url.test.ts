import { describe, expect, it } from 'vitest';
import type { ContactId } from '../model';
import { actionUrlFor } from './action-url';

describe('actionUrlFor', () => {
  it("opens a LinkedIn member's recent activity to comment, their profile to reach out", () => {
    expect(actionUrlFor('linkedin:ethanohara', 'comment')).toBe('https://www.linkedin.com/in/ethanohara/recent-activity/all/');
    expect(actionUrlFor('linkedin:ethanohara', 'reach-out')).toBe('https://www.linkedin.com/in/ethanohara/');
  });

  it('percent-encodes non-ASCII LinkedIn slugs', () => {
    expect(actionUrlFor('linkedin:山田-太郎', 'comment')).toBe(
      'https://www.linkedin.com/in/%E5%B1%B1%E7%94%B0-%E5%A4%AA%E9%83%8E/recent-activity/all/',
    );
  });

  it('opens the X profile for both actions', () => {
    expect(actionUrlFor('x:dr_mori3', 'comment')).toBe('https://x.com/dr_mori3');
    expect(actionUrlFor('x:dr_mori3', 'reach-out')).toBe('https://x.com/dr_mori3');
  });

  it('returns null for a malformed id', () => {
    expect(actionUrlFor('mastodon:someone' as ContactId, 'comment')).toBeNull();
  });
});
