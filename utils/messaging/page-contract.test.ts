import { describe, expect, it } from 'vitest';
import { isPageEnvelope } from './page-contract';

describe('isPageEnvelope', () => {
  it('accepts the two page messages in their exact shape', () => {
    expect(isPageEnvelope({ type: 'page:people', payload: {} })).toBe(true);
    expect(isPageEnvelope({ type: 'page:scroll-to', payload: { handle: '田中-美和-12345' } })).toBe(true);
  });

  it.each([
    null,
    'page:people',
    { type: 'page:people' },
    { type: 'page:people', payload: [] },
    { type: 'page:people', payload: { all: true } },
    { type: 'page:scroll-to', payload: {} },
    { type: 'page:scroll-to', payload: { handle: '' } },
    { type: 'page:scroll-to', payload: { handle: 'x'.repeat(101) } },
    { type: 'page:scroll-to', payload: { handle: 7 } },
    { type: 'page:scroll-to', payload: { handle: 'a', selector: 'body' } },
    { type: 'contact:get', payload: {} },
  ])('refuses %j', (message) => {
    expect(isPageEnvelope(message)).toBe(false);
  });
});
