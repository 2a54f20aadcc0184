import { describe, expect, it, vi } from 'vitest';
import { onTrusted } from './trusted-event';

describe('onTrusted', () => {
  it('ignores an event a script dispatched', () => {
    const handler = vi.fn();
    const target = new EventTarget();
    target.addEventListener('click', onTrusted(handler));
    target.dispatchEvent(new Event('click'));
    expect(handler).not.toHaveBeenCalled();
  });

  it('passes an event the browser made for the user through', () => {
    const handler = vi.fn();
    const event = { isTrusted: true } as Event;
    onTrusted(handler)(event);
    expect(handler).toHaveBeenCalledWith(event);
  });
});
