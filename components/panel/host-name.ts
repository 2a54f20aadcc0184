/**
 * The name of the panel's host element, new on every page load.
 *
 * Why random: the host is the one element of ours in the site's DOM, and LinkedIn is known to
 * scan pages for installed extensions. A fixed tag (`kakehashi-panel`, or any constant) is a
 * fingerprint that names the product to every script on the page. A built-in tag such as <div>
 * would instead pick up the site's own CSS and be walked by its frameworks. So the host is a
 * custom-element-like name (never defined, so nothing upgrades it) made of random letters, with
 * nothing constant to match on.
 */

/** Names the HTML spec reserves; attachShadow refuses them. */
const RESERVED = new Set(['annotation-xml', 'color-profile', 'font-face', 'font-face-src', 'font-face-uri', 'font-face-format', 'font-face-name', 'missing-glyph']);
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function word(bytes: Uint8Array): string {
  // 4 to 8 letters; the first byte picks the length. The modulo bias is irrelevant here.
  const length = 4 + (bytes[0]! % 5);
  return Array.from(bytes.subarray(1, 1 + length), (b) => LETTERS[b % LETTERS.length]).join('');
}

/** A valid custom element name of two random words, not reserved and not already in `doc`. */
export function randomHostName(doc: Document = document, fill: (bytes: Uint8Array<ArrayBuffer>) => void = (b) => void crypto.getRandomValues(b)): string {
  for (;;) {
    const bytes = new Uint8Array(18);
    fill(bytes);
    const name = `${word(bytes.subarray(0, 9))}-${word(bytes.subarray(9))}`;
    if (!RESERVED.has(name) && doc.getElementsByTagName(name).length === 0) return name;
  }
}
