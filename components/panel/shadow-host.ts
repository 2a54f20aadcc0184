/**
 * The panel's one element in the site's DOM: a host with a CLOSED shadow root holding
 * `<html><head><style/></head><body/></html>`, appended last to `<html>`.
 *
 * This is what WXT's `createShadowRootUi` (with @webext-core/isolated-element) did for the panel,
 * written out because the content script loads on every LinkedIn and X page and those libraries
 * (custom-element name checks, auto-mount, anchor resolution) were about a third of its size.
 * Same structure, same reset (`:host { all: initial }`, so the site's CSS does not reach in), same
 * isolation (the listed events stop at the shadow `<body>`, so the site's bubbling listeners never
 * see them).
 */

export interface ShadowHostOptions {
  /** A valid custom element name (host-name.ts). */
  name: string;
  css: string;
  /** Events stopped at the shadow `<body>` (bubbling listeners of the page never see them). */
  isolateEvents: readonly string[];
  /** Renders into the shadow `<body>` once the host is in the document. */
  onMount: (container: HTMLElement) => void;
  onRemove: (container: HTMLElement) => void;
}

export interface ShadowHost {
  mount: () => void;
  /** Adds a stylesheet to the root (parts of the panel that load later bring their own). */
  addCss: (css: string) => void;
  remove: () => void;
}

export function createShadowHost(options: ShadowHostOptions): ShadowHost {
  const host = document.createElement(options.name);
  // Closed: `host.shadowRoot` is null for the site's scripts, so they cannot read the notes or reach
  // the buttons. Only this content script holds the root.
  const shadow = host.attachShadow({ mode: 'closed' });
  const html = document.createElement('html');
  const head = document.createElement('head');
  const body = document.createElement('body');
  const style = document.createElement('style');
  style.textContent = `:host{all:initial !important;}\n${options.css}`;
  head.append(style);
  html.append(head, body);
  shadow.append(html);
  for (const type of options.isolateEvents) body.addEventListener(type, (event) => event.stopPropagation());
  let mounted = false;
  return {
    addCss: (css) => {
      const more = document.createElement('style');
      more.textContent = css;
      head.append(more);
    },
    mount: () => {
      if (mounted) return;
      mounted = true;
      // On <html>, not <body>: single-page apps re-render or replace <body> content, and the panel
      // must not vanish with it. The card is position: fixed, so the anchor never shows.
      document.documentElement.append(host);
      options.onMount(body);
    },
    remove: () => {
      if (!mounted) return;
      mounted = false;
      options.onRemove(body);
      host.remove();
      body.replaceChildren();
    },
  };
}
