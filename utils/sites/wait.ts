/**
 * Waiting for a profile header that the site renders late (both sites are single-page apps).
 *
 * Extraction is retried only when the page changes, and at most once per `throttleMs`: mutation
 * callbacks just schedule one check. The observer sits on the narrowest container that exists
 * (re-targeted when a narrower one appears or the observed one is detached), and a slow safety
 * poll covers changes an observer can miss (a replaced container). Where MutationObserver does not
 * exist, polling alone does the job. Every exit path disconnects, clears timers and unhooks the
 * abort listener.
 */

export interface WaitOptions {
  /** Give up after this long; default 10 s. */
  timeoutMs?: number;
  /** Aborting resolves null at once. */
  signal?: AbortSignal;
}

export interface WaitForOptions<T> extends WaitOptions {
  /** Returns the result once the page shows it, else null. Must be cheap. */
  find: () => T | null;
  /** Candidate containers to observe, narrowest first; `body` is the last resort. */
  containers: readonly string[];
  /** One line saying what never appeared, logged on timeout. */
  describeMissing: () => string;
  /** Injected for tests; defaults to the global one, then the document's window's. */
  MutationObserver?: typeof MutationObserver | null;
  /** Delay that coalesces bursts of mutations into one check. */
  throttleMs?: number;
  /** Interval of the safety poll (with an observer) or the only poll (without). */
  pollMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_THROTTLE_MS = 50;
const POLL_WITH_OBSERVER_MS = 1_000;
const POLL_WITHOUT_OBSERVER_MS = 250;

function observerClass(doc: Document, injected: WaitForOptions<unknown>['MutationObserver']) {
  if (injected !== undefined) return injected;
  const fromGlobal = (globalThis as { MutationObserver?: typeof MutationObserver }).MutationObserver;
  const fromWindow = (doc.defaultView as { MutationObserver?: typeof MutationObserver } | null)?.MutationObserver;
  return fromGlobal ?? fromWindow ?? null;
}

/**
 * Resolves with `find()`'s first non-null result, or null on timeout (logging one line) or abort.
 * Never rejects.
 */
export function waitFor<T>(doc: Document, options: WaitForOptions<T>): Promise<T | null> {
  const { find, signal } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const throttleMs = options.throttleMs ?? DEFAULT_THROTTLE_MS;
  const Observer = observerClass(doc, options.MutationObserver);
  const pollMs = options.pollMs ?? (Observer ? POLL_WITH_OBSERVER_MS : POLL_WITHOUT_OBSERVER_MS);

  if (signal?.aborted) return Promise.resolve(null);
  const first = safeFind(find);
  if (first !== null) return Promise.resolve(first);

  return new Promise<T | null>((resolve) => {
    let done = false;
    let observer: MutationObserver | null = null;
    let observed: Node | null = null;
    let pending: ReturnType<typeof setTimeout> | undefined;

    const finish = (result: T | null): void => {
      if (done) return;
      done = true;
      observer?.disconnect();
      clearTimeout(pending);
      clearTimeout(deadline);
      clearInterval(poll);
      signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const check = (): void => {
      pending = undefined;
      if (done) return;
      const result = safeFind(find);
      if (result !== null) finish(result);
      else observeNarrowest();
    };
    const schedule = (): void => {
      if (pending === undefined && !done) pending = setTimeout(check, throttleMs);
    };
    const observeNarrowest = (): void => {
      if (!Observer) return;
      const target = narrowest(doc, options.containers);
      if (!target || (target === observed && target.isConnected)) return;
      observer ??= new Observer(schedule);
      observer.disconnect();
      observer.observe(target, {
        childList: true,
        subtree: true,
        characterData: true,
        // In-place re-renders (X reuses the header when moving between profiles) change these.
        attributes: true,
        attributeFilter: ['data-testid', 'href', 'src', 'aria-label', 'componentkey'],
      });
      observed = target;
    };
    const onAbort = (): void => finish(null);

    const deadline = setTimeout(() => {
      // One line naming what never appeared, so a markup change shows up in bug reports.
      console.info(`[Kakehashi] ${options.describeMissing()}`);
      finish(null);
    }, timeoutMs);
    const poll = setInterval(check, pollMs);
    signal?.addEventListener('abort', onAbort, { once: true });
    observeNarrowest();
  });
}

function narrowest(doc: Document, selectors: readonly string[]): Node | null {
  for (const selector of selectors) {
    const el = doc.querySelector(selector);
    if (el) return el;
  }
  return doc.body ?? doc.documentElement;
}

/** A throwing extractor (unexpected markup) counts as "not yet", never as a crash of the page. */
function safeFind<T>(find: () => T | null): T | null {
  try {
    return find();
  } catch {
    return null;
  }
}
