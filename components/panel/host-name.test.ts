import { describe, expect, it } from 'vitest';
import { randomHostName } from './host-name';

const emptyDoc = { getElementsByTagName: () => ({ length: 0 }) } as unknown as Document;

describe('randomHostName', () => {
  it('is a valid custom element name that names no product, and differs every time', () => {
    const names = new Set(Array.from({ length: 200 }, () => randomHostName(emptyDoc)));
    expect(names.size).toBe(200);
    for (const name of names) {
      expect(name).toMatch(/^[a-z]{4,8}-[a-z]{4,8}$/);
      expect(name).not.toMatch(/kakehashi/);
    }
  });

  it('never returns a name already used in the page', () => {
    let calls = 0;
    const taken = 'aaaa-aaaa';
    const doc = { getElementsByTagName: (n: string) => ({ length: n === taken ? 1 : 0 }) } as unknown as Document;
    // The first draw gives the taken name (all-zero bytes), the second something else.
    const fill = (b: Uint8Array<ArrayBuffer>) => void (calls++ === 0 ? b.fill(0) : crypto.getRandomValues(b));
    expect(randomHostName(doc, fill)).not.toBe(taken);
    expect(calls).toBe(2);
  });
});
