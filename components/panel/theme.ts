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
