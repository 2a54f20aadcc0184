import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

/** How long to keep the target in view while the sections above it finish loading. */
const SETTLE_MS = 2_000;

/**
 * When the page's hash is `hash` (e.g. the popup links to `options.html#data`), or becomes it, focuses
 * `target` (give it `tabIndex={-1}`) and scrolls it to the top. Sections above it render asynchronously
 * and push it down, so for a moment the scroll is repeated whenever the page's height changes, until
 * the user scrolls, clicks or types themselves. Pass `ready` false while the target is not rendered yet
 * (settings still loading); the hook tries again when it turns true.
 */
export function useHashFocus(hash: string, target: RefObject<HTMLElement | null>, ready = true): void {
  useEffect(() => {
    let stop = () => {};
    const go = () => {
      stop();
      const element = target.current;
      if (location.hash !== hash || !element) return;
      element.focus({ preventScroll: true });
      const scroll = () => element.scrollIntoView({ block: 'start' });
      scroll();
      const observer = new ResizeObserver(scroll);
      observer.observe(document.body);
      const userActs = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
      const timer = setTimeout(() => stop(), SETTLE_MS);
      stop = () => {
        observer.disconnect();
        clearTimeout(timer);
        for (const type of userActs) removeEventListener(type, stop, true);
        stop = () => {};
      };
      for (const type of userActs) addEventListener(type, stop, { capture: true, passive: true });
    };
    go();
    addEventListener('hashchange', go);
    return () => {
      removeEventListener('hashchange', go);
      stop();
    };
  }, [hash, target, ready]);
}
