/**
 * The content script's cache of who is a contact, for inline marks: each handle is asked about at
 * most once per page (an in-app navigation or a settings change starts afresh with `clear`), and
 * all the handles wanted in one frame go out in one `marks:lookup` message. Unknown people are
 * cached as null, so a feed that shows the same stranger a hundred times asks once.
 */
import { LIMITS } from '@/utils/limits';
import type { MarkInfo } from '@/utils/db/on-page';

export type LookupSend = (handles: string[]) => Promise<MarkInfo[]>;

export interface MarkLookup {
  /** The answer for a handle: its mark, null (not a contact), or undefined (not answered yet). */
  get(handle: string): MarkInfo | null | undefined;
  /** Asks about `handle` with the next `flush`, unless it was asked already. */
  want(handle: string): void;
  /** Whether some wanted handle has not been sent yet. */
  readonly hasWanted: boolean;
  /**
   * Sends one message with the wanted handles (at most `LIMITS.pageHandles`; the rest wait for the
   * next flush) and resolves with the handles it asked about, each now answered (`get`); null
   * when nothing was wanted, or resolves null when `clear` ran while the reply was on its way
   * (the reply is then dropped).
   */
  flush(): Promise<string[] | null> | null;
  /** Forgets every answer and every pending question. */
  clear(): void;
}

export function createMarkLookup(send: LookupSend): MarkLookup {
  let answers = new Map<string, MarkInfo | null>();
  let asked = new Set<string>();
  let wanted = new Set<string>();
  let generation = 0;

  return {
    get: (handle) => answers.get(handle),
    want(handle) {
      if (!answers.has(handle) && !asked.has(handle)) wanted.add(handle);
    },
    get hasWanted() {
      return wanted.size > 0;
    },
    flush() {
      if (wanted.size === 0) return null;
      const handles = [...wanted].slice(0, LIMITS.pageHandles);
      for (const h of handles) {
        wanted.delete(h);
        asked.add(h);
      }
      const mine = generation;
      return send(handles).then(
        (marks) => {
          if (mine !== generation) return null;
          const found = new Map(marks.map((m) => [m.handle, m]));
          for (const h of handles) {
            answers.set(h, found.get(h) ?? null);
            asked.delete(h);
          }
          return handles;
        },
        (error: unknown) => {
          // The background may be restarting: these handles get no mark on this page rather than a retry loop.
          console.warn('[Kakehashi] inline marks: lookup failed', error);
          if (mine !== generation) return null;
          for (const h of handles) answers.set(h, null);
          return handles;
        },
      );
    },
    clear() {
      generation++;
      answers = new Map();
      asked = new Set();
      wanted = new Set();
    },
  };
}
