/**
 * Follows the site's light or dark theme: both sites paint their background on <body> or <html>,
 * so the perceived brightness of that colour decides. Falls back to the OS preference.
 */
export function isPageDark(doc: Document = document): boolean {
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const match = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)/.exec(getComputedStyle(el).backgroundColor);
    if (!match || match[4] === '0') continue;
    const [r, g, b] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
  }
  return matchMedia('(prefers-color-scheme: dark)').matches;
}

/** Marks `el` (the container inside the panel's shadow root) `data-theme="dark"` or `"light"`. */
export function applyTheme(el: HTMLElement, doc: Document = document): void {
  el.dataset.theme = isPageDark(doc) ? 'dark' : 'light';
}

/** Longer than the sites' background fades. */
const SETTLE_MS = 600;

/**
 * The site's theme switch, observed: LinkedIn toggles a class on <html>, X rewrites the inline
 * background colour of <body>. Only the attributes of those two elements are watched (never the
 * subtree), plus the OS preference the fallback reads. Checks are coalesced to one per frame,
 * and repeated once a moment later because a site may fade its background (a CSS transition
 * still reports the old colour at first). Returns the function that stops watching.
 */
export function watchTheme(el: HTMLElement, doc: Document = document): () => void {
  return watchPageTheme(() => applyTheme(el, doc), doc);
}

/**
 * The observer behind `watchTheme`, for UI with more than one root (inline marks): calls `check`
 * now and whenever the site's theme may have changed.
 */
export function watchPageTheme(check: () => void, doc: Document = document): () => void {
  const win = doc.defaultView ?? window;
  let frame = 0;
  let settle = 0;
  const update = () => {
    if (!frame) {
      frame = win.requestAnimationFrame(() => {
        frame = 0;
        check();
      });
    }
    win.clearTimeout(settle);
    settle = win.setTimeout(check, SETTLE_MS);
  };
  const observer = new MutationObserver(update);
  const options: MutationObserverInit = { attributes: true, attributeFilter: ['class', 'style', 'data-theme', 'data-color-mode'] };
  observer.observe(doc.documentElement, options);
  if (doc.body) observer.observe(doc.body, options);
  const scheme = win.matchMedia('(prefers-color-scheme: dark)');
  scheme.addEventListener('change', update);
  // Mounted while the page still parses (document_start): its stylesheets, and so the colour of
  // <body>, may arrive after the first check.
  const loading = doc.readyState !== 'complete';
  if (loading) {
    doc.addEventListener('DOMContentLoaded', update);
    win.addEventListener('load', update);
  }
  check();
  return () => {
    observer.disconnect();
    scheme.removeEventListener('change', update);
    if (loading) {
      doc.removeEventListener('DOMContentLoaded', update);
      win.removeEventListener('load', update);
    }
    win.cancelAnimationFrame(frame);
    win.clearTimeout(settle);
  };
}
