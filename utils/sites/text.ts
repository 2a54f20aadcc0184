/**
 * Turning untrusted page text into the plain, bounded strings a ProfileSnapshot carries.
 *
 * Page text is hostile: it can hold bidi overrides that reorder what the user reads, control
 * characters, zero-width spaces that make equal names compare unequal, and megabytes of text.
 * Every field goes through `cleanText`, which strips those, collapses whitespace and clamps to the
 * field's limit in `utils/limits.ts` (the same limits the background enforces on every message).
 */

/**
 * Removed outright: C0 controls except \t \n \r (those become whitespace below), DEL, bidi
 * embeddings/overrides U+202A–U+202E and isolates U+2066–U+2069, zero-width space U+200B, word
 * joiner U+2060 and BOM U+FEFF. ZWJ/ZWNJ (U+200D/U+200C) are kept: emoji sequences and Persian
 * or Indic names need them.
 */
// eslint-disable-next-line no-control-regex -- rejecting control characters is the point
const STRIPPED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;
/** C1 controls become a space: LinkedIn uses U+0095 as a bullet between words. */
const C1 = /[\u0080-\u009F]/g;
const ANY_SPACE_RUN = /\s+/g;
/** Horizontal whitespace only: \s without \n, \r (U+2028/2029 count as line breaks). */
const HORIZONTAL_SPACE_RUN = /[^\S\n]+/g;

/**
 * Cleans and clamps one piece of page text. Returns null for nothing left (so an empty bio is
 * `null`, never `''`).
 * @param multiline keep line breaks (X bios), as single newlines; otherwise one line.
 */
export function cleanText(raw: string | null | undefined, limit: number, multiline = false): string | null {
  if (raw == null) return null;
  // Pre-cut far above the limit so a 1 MB headline costs no more than a long one; the slack covers
  // the whitespace and invisible characters that cleaning removes.
  let text = raw.length > limit * 4 + 256 ? raw.slice(0, limit * 4 + 256) : raw;
  text = text.replace(STRIPPED, '').replace(C1, ' ');
  if (multiline) {
    text = text
      .replace(/\r\n?|[\u2028\u2029]/g, '\n')
      .replace(HORIZONTAL_SPACE_RUN, ' ')
      .replace(/ ?\n[\n ]*/g, '\n')
      .trim();
  } else {
    text = text.replace(ANY_SPACE_RUN, ' ').trim();
  }
  return text ? clamp(text, limit) : null;
}

/** Cuts to `limit` code units with a trailing ellipsis, never splitting a surrogate pair. */
export function clamp(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let end = limit - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end).trimEnd()}…`;
}

/** Elements whose content is never visible profile text. */
const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'noscript', 'svg', 'iframe']);

export interface TextOfOptions {
  /** Include `img[alt]` for images that stand for characters (X renders emoji as images). */
  isTextImage?: (img: Element) => boolean;
  /** Extra elements to leave out, e.g. LinkedIn's `.visually-hidden` duplicates. */
  skip?: (el: Element) => boolean;
  /** Stop collecting after this many characters (the caller clamps anyway). */
  budget?: number;
}

/**
 * The visible text of `root`: text nodes in order, `<br>` as a newline, character images as their
 * alt text. Walks only `root`'s own subtree (a header field, never the document).
 */
export function textOf(root: Element | null | undefined, options: TextOfOptions = {}): string | null {
  if (!root) return null;
  const budget = options.budget ?? 10_000;
  const parts: string[] = [];
  let length = 0;
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child && length < budget; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        parts.push(data);
        length += data.length;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const tag = el.localName;
        if (tag === 'br') {
          parts.push('\n');
        } else if (tag === 'img') {
          const alt = el.getAttribute('alt');
          if (alt && options.isTextImage?.(el)) parts.push(alt);
        } else if (!SKIPPED_TAGS.has(tag) && !options.skip?.(el)) {
          visit(el);
        }
      }
    }
  };
  visit(root);
  return parts.join('');
}
