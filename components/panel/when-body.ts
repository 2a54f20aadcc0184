/**
 * The panel's script starts at `document_start`, before the page has a `<body>`, so that it can ask
 * for the person while the page is still parsing. The panel mounts once `<body>` exists: the site's
 * theme (the colour of `<body>`) can be read from then on, and the header comes later still.
 */

/** Resolves as soon as `doc.body` exists (at once when it does), or at the latest when parsing ends. */
export function whenBody(doc: Document = document): Promise<void> {
  if (doc.body || doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      doc.removeEventListener('DOMContentLoaded', done);
      resolve();
    };
    // Only the parser's first insertions (<html>, <head> and its children) happen before <body>.
    const observer = new MutationObserver(() => doc.body && done());
    observer.observe(doc, { childList: true, subtree: true });
    doc.addEventListener('DOMContentLoaded', done);
  });
}
