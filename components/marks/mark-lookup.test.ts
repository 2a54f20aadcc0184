import { describe, expect, it, vi } from 'vitest';
import type { MarkInfo } from '@/utils/db/on-page';
import { LIMITS } from '@/utils/limits';
import { createMarkLookup } from './mark-lookup';

const info = (handle: string): MarkInfo => ({ handle, name: handle, noteExcerpt: null, lastContactAt: null, nextDueAt: null, due: false });
/** A background that knows `known` and records every message. */
function background(known: string[]) {
  const sent: string[][] = [];
  const send = vi.fn(async (handles: string[]) => {
    sent.push(handles);
    return handles.filter((h) => known.includes(h)).map(info);
  });
  return { sent, send };
}

describe('mark lookup', () => {
  it('sends every wanted handle in one message, once, and caches contacts and strangers', async () => {
    const { sent, send } = background(['ayaka']);
    const lookup = createMarkLookup(send);
    for (const h of ['ayaka', 'stranger', 'ayaka', 'stranger']) lookup.want(h);
    expect(lookup.get('ayaka')).toBeUndefined();
    expect(await lookup.flush()).toEqual(['ayaka', 'stranger']);
    expect(sent).toEqual([['ayaka', 'stranger']]);
    expect(lookup.get('ayaka')).toEqual(info('ayaka'));
    expect(lookup.get('stranger')).toBeNull();
    // Asked once per page: wanting them again sends nothing.
    lookup.want('ayaka');
    lookup.want('stranger');
    expect(lookup.hasWanted).toBe(false);
    expect(lookup.flush()).toBeNull();
    expect(sent).toHaveLength(1);
  });

  it('does not ask again for a handle whose answer is on its way', async () => {
    const { sent, send } = background([]);
    const lookup = createMarkLookup(send);
    lookup.want('a');
    const first = lookup.flush();
    lookup.want('a');
    expect(lookup.flush()).toBeNull();
    await first;
    expect(sent).toEqual([['a']]);
  });

  it('keeps a message within the contract’s limit; the rest go with the next one', async () => {
    const { sent, send } = background([]);
    const lookup = createMarkLookup(send);
    for (let i = 0; i < LIMITS.pageHandles + 5; i++) lookup.want(`h${i}`);
    await lookup.flush();
    expect(lookup.hasWanted).toBe(true);
    await lookup.flush();
    expect(sent.map((s) => s.length)).toEqual([LIMITS.pageHandles, 5]);
  });

  it('drops a reply that arrives after clear (another page), and starts afresh', async () => {
    let answer: (marks: MarkInfo[]) => void = () => undefined;
    const lookup = createMarkLookup(() => new Promise((resolve) => (answer = resolve)));
    lookup.want('ayaka');
    const pending = lookup.flush();
    lookup.clear();
    answer([info('ayaka')]);
    expect(await pending).toBeNull();
    expect(lookup.get('ayaka')).toBeUndefined();
    lookup.want('ayaka');
    expect(lookup.hasWanted).toBe(true);
  });

  it('treats a failed lookup as no contacts, without asking again on this page', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const send = vi.fn(async () => Promise.reject(new Error('background restarting')));
    const lookup = createMarkLookup(send);
    lookup.want('ayaka');
    expect(await lookup.flush()).toEqual(['ayaka']);
    expect(lookup.get('ayaka')).toBeNull();
    lookup.want('ayaka');
    expect(lookup.flush()).toBeNull();
    expect(send).toHaveBeenCalledTimes(1);
  });
});
