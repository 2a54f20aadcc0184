import { describe, expect, it } from 'vitest';
import { localDateString } from './local-date';

describe('localDateString', () => {
  it('is the local calendar day, zero-padded, whatever the hour', () => {
    expect(localDateString(new Date(2026, 0, 5, 0, 0).getTime())).toBe('2026-01-05');
    expect(localDateString(new Date(2026, 0, 5, 23, 59).getTime())).toBe('2026-01-05');
    expect(localDateString(new Date(2026, 10, 23, 12).getTime())).toBe('2026-11-23');
  });
});
