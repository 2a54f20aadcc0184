/**
 * "Copy a report" (DESIGN.md, "The panel"): when a profile cannot be read, the user can hand us the
 * structure of the page's top card without anything the page says. The report lists tag names,
 * class names, ARIA roles and the names of the attributes adapters look at, with every text,
 * URL, label and id replaced by its shape (shape.ts). It is built in the content script, copied to
 * the clipboard by the user's own click, and never sent anywhere by us.
 *
 * The walk starts at the top card when one is found (the part that could not be read), else at
 * `<main>`, and stops after `MAX_ELEMENTS` elements or `MAX_DEPTH` levels, so a report stays small
 * enough to paste into an issue. Script and style contents are never read, only their shape.
 */
import type { Site } from '../model';
import { shapeOf, shapeOfKey, shapeOfUrl } from './shape';

export const REPORT_FORMAT = 1;
const MAX_ELEMENTS = 1500;
const MAX_DEPTH = 40;

/** Attributes whose value is a URL. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'poster', 'data-src']);
/** Attributes whose value is a key adapters match on: shaped around its structural prefix. */
const KEY_ATTRIBUTES = new Set(['data-testid', 'componentkey', 'id', 'data-view-name']);
/** Attributes whose value is a small vocabulary (ARIA roles, directions, types), kept when it looks like one. */
const WORD_ATTRIBUTES = new Set(['role', 'dir', 'type', 'rel', 'lang', 'aria-hidden', 'aria-level', 'aria-expanded', 'aria-current', 'tabindex', 'loading']);
const WORD = /^[a-z][a-z-]{0,30}$|^-?\d{1,2}$/;
const CLASS_TOKEN = /^[A-Za-z_-][A-Za-z0-9_-]{0,59}$/;

function shapeAttribute(name: string, value: string, base: string): string {
  if (name === 'class') {
    return value.split(/\s+/).filter(Boolean).map((token) => (CLASS_TOKEN.test(token) ? token : `{${shapeOf(token)}}`)).join(' ');
  }
  if (URL_ATTRIBUTES.has(name)) {
    if (name === 'srcset') return value.split(',').map((part) => shapeOfUrl(part.trim().split(/\s+/)[0] ?? '', base)).join(', ');
    return shapeOfUrl(value, base);
  }
  if (KEY_ATTRIBUTES.has(name)) return shapeOfKey(value);
  if (WORD_ATTRIBUTES.has(name) && WORD.test(value)) return value;
  return `{${shapeOf(value)}}`;
}

/** Where a site's report starts: the part of the page its adapter could not read (null: not found). */
export type ReportRoot = (doc: Document) => { root: Element; found: string } | null;

function reportRoot(doc: Document, siteRoot: ReportRoot): { root: Element | null; found: string } {
  const own = siteRoot(doc);
  if (own) return own;
  const main = doc.querySelector('main');
  return main ? { root: main, found: 'no top card: <main>' } : { root: doc.body, found: 'no <main>: <body>' };
}

/**
 * The report for the page at `url`: plain text, one element per line, indented by depth. Pure: it
 * reads the `Document` it is given and nothing else (not the panel, which lives in a closed
 * shadow root the walk never enters).
 */
export function buildPageReport(doc: Document, url: URL, site: Site, now: Date, siteRoot: ReportRoot): string {
  const base = url.href;
  const { root, found } = reportRoot(doc, siteRoot);
  const lines: string[] = [];
  let elements = 0;
  let truncated = false;

  const walk = (el: Element, depth: number) => {
    if (elements >= MAX_ELEMENTS || depth > MAX_DEPTH) {
      truncated = true;
      return;
    }
    elements += 1;
    const attrs = [...el.attributes]
      .filter((a) => a.name !== 'style')
      .map((a) => `${a.name}=${JSON.stringify(shapeAttribute(a.name, a.value, base))}`);
    const pad = '  '.repeat(depth);
    lines.push(`${pad}<${el.localName}${attrs.length ? ` ${attrs.join(' ')}` : ''}>`);
    const opaque = el.localName === 'script' || el.localName === 'style' || el.localName === 'template';
    for (const child of el.childNodes) {
      if (child.nodeType === 3 /* text */ || (opaque && child.nodeType !== 1)) {
        const text = (child.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (text) lines.push(`${pad}  "${shapeOf(text)}"`);
      } else if (child.nodeType === 1 /* element */ && !opaque) {
        walk(child as Element, depth + 1);
      }
    }
  };
  if (root) walk(root, 0);

  const header = [
    `Kakehashi page report (format ${REPORT_FORMAT})`,
    `made: ${now.toISOString().slice(0, 10)}`,
    `site: ${site}`,
    `page: ${shapeOfUrl(url.href, base)}`,
    `language: ${shapeAttribute('lang', doc.documentElement.getAttribute('lang') ?? '', base)}`,
    `start: ${found}`,
    `elements: ${elements}${truncated ? ' (cut short)' : ''}`,
    'Every text, URL, label and id below is replaced by its shape: A upper-case, a other letters, 9 digits, - other characters, x<length>.',
    '',
  ];
  return [...header, ...lines].join('\n');
}
