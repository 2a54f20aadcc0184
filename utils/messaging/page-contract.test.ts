import { describe, expect, it } from 'vitest';
import { handlesToLookUp, isPageEnvelope } from './page-contract';

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
    { type: 'page:scroll-to', payload: { handle: 'x'.repeat(201) } },
    { type: 'page:scroll-to', payload: { handle: 7 } },
    { type: 'page:scroll-to', payload: { handle: 'a', selector: 'body' } },
    { type: 'contact:get', payload: {} },
  ])('refuses %j', (message) => {
    expect(isPageEnvelope(message)).toBe(false);
  });
});

describe('handlesToLookUp', () => {
  it('keeps what a contact handle can be, drops the rest, and caps the count', () => {
    expect(handlesToLookUp({ site: 'linkedin', handles: ['ethanohara', 'x'.repeat(201), 'Upper-Case', '', 7, '田中-美和-12345'] })).toEqual(['ethanohara', '田中-美和-12345']);
    expect(handlesToLookUp({ site: 'x', handles: Array.from({ length: 2500 }, (_, i) => `u${i}`) })).toHaveLength(2000);
    expect(handlesToLookUp(null)).toEqual([]);
    expect(handlesToLookUp({ handles: 'ethanohara' })).toEqual([]);
  });
});
