/**
 * Search normalisation for the People page (DESIGN.md, "The People page"): pure, no browser.
 *
 * Text is *folded* so that forms a person would call the same compare equal: NFKC width forms
 * (ｻﾌﾟﾗｲ = サプライ, ＡＢＣ = abc), katakana = hiragana, case, Latin diacritics (Café = cafe), and
 * invisible controls (bidi overrides, zero-width characters) dropped. Folded text splits into runs:
 * Japanese/Chinese script runs, which have no spaces and are indexed as character bigrams (plus the
 * run's last character, so a one-character query finds every occurrence), and word runs (Latin,
 * digits, other scripts), indexed as whole words and matched by prefix. The same folding and the same
 * runs serve the stored index (utils/db/search-index.ts), the query, the check of candidates and
 * the highlighting, so what is highlighted is exactly what matched.
 */

/** Longest stored word token; longer query words are looked up by this prefix, then checked. */
export const MAX_WORD_TOKEN = 40;
/** Words in one query beyond this are ignored (a pasted paragraph is not a search). */
export const MAX_QUERY_PIECES = 8;

export interface QueryPiece {
  /** Folded text of the piece. */
  text: string;
  /** A Japanese/Chinese run: matches anywhere; otherwise a word prefix. */
  cjk: boolean;
}

// Variation selectors are listed on their own on purpose (to drop them), which this rule warns about.
// eslint-disable-next-line no-misleading-character-class
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFE00-\uFE0F\uFEFF]/gu;
const LATIN_MARKS = /[\u0300-\u036F]/g;
/** A character with the marks that belong to it (combining marks, half-width voicing marks). */
const CLUSTER = /[^\p{M}\uFF9E\uFF9F][\p{M}\uFF9E\uFF9F]*|[\p{M}\uFF9E\uFF9F]+/gsu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC\u3005\u3006]/u;
const WORD = /[\p{L}\p{N}\p{M}]/u;

function kanaToHiragana(text: string): string {
  return text.replace(/[\u30A1-\u30F6\u30FD\u30FE]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));
}

function foldCluster(cluster: string): string {
  const folded = cluster.normalize('NFKD').toLowerCase().replace(LATIN_MARKS, '').normalize('NFC').replace(INVISIBLE, '');
  return kanaToHiragana(folded);
}

/**
 * Text every character of which folds to one code unit by case and kana alone: printable ASCII,
 * tab and newlines, hiragana and katakana (without the separate voicing marks), unified kanji, and
 * 、。「」. For these, NFKD then NFC gives the character back and there are no marks or invisibles to
 * drop, so the per-character normalisation below (the slow part of building the index, checking
 * candidates and highlighting) can be skipped with the same result; search-text.test.ts checks it
 * character by character.
 */
const PLAIN = /^[\t\n\r\x20-\x7E\u3001\u3002\u300C\u300D\u3041-\u3096\u30A1-\u30FA\u30FC\u4E00-\u9FFF]*$/;

const foldPlain = (text: string) => kanaToHiragana(text.toLowerCase());

/** Folded text: what the index stores and what queries are compared with. */
export function foldText(text: string): string {
  if (PLAIN.test(text)) return foldPlain(text);
  let out = '';
  for (const [cluster] of text.matchAll(CLUSTER)) out += foldCluster(cluster);
  return out;
}

interface FoldedMap {
  folded: string;
  /** For each code unit of `folded`, the start and end (code units) of its source in the original. */
  from: number[];
  to: number[];
}

function foldWithMap(text: string): FoldedMap {
  if (PLAIN.test(text)) {
    const from = Array.from({ length: text.length }, (_, k) => k);
    return { folded: foldPlain(text), from, to: from.map((k) => k + 1) };
  }
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  for (const match of text.matchAll(CLUSTER)) {
    const f = foldCluster(match[0]);
    folded += f;
    for (let k = 0; k < f.length; k++) {
      from.push(match.index);
      to.push(match.index + match[0].length);
    }
  }
  return { folded, from, to };
}

type CharClass = 'cjk' | 'word' | 'sep';

function classOf(ch: string): CharClass {
  if (CJK.test(ch)) return 'cjk';
  return WORD.test(ch) ? 'word' : 'sep';
}

interface Run {
  text: string;
  cjk: boolean;
}

/** Runs of one class in folded text (separators dropped). */
function runsOf(folded: string): Run[] {
  const runs: Run[] = [];
  let current = '';
  let currentClass: CharClass = 'sep';
  for (const ch of folded) {
    const cls = classOf(ch);
    if (cls !== currentClass) {
      if (currentClass !== 'sep' && current) runs.push({ text: current, cjk: currentClass === 'cjk' });
      current = '';
      currentClass = cls;
    }
    if (cls !== 'sep') current += ch;
  }
  if (currentClass !== 'sep' && current) runs.push({ text: current, cjk: currentClass === 'cjk' });
  return runs;
}

/** The bigrams of a Japanese/Chinese run, by code point. */
export function bigramsOf(run: string): string[] {
  const chars = Array.from(run);
  const grams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) grams.push(chars[i]! + chars[i + 1]!);
  return grams;
}

/** The index tokens of some texts (deduplicated): words, and bigrams plus last character of CJK runs. */
export function searchTokens(...texts: Array<string | null | undefined>): string[] {
  const tokens = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const run of runsOf(foldText(text))) {
      if (!run.cjk) {
        tokens.add(run.text.slice(0, MAX_WORD_TOKEN));
        continue;
      }
      for (const gram of bigramsOf(run.text)) tokens.add(gram);
      tokens.add(Array.from(run.text).at(-1)!);
    }
  }
  return [...tokens];
}

/** A query as pieces that must all match ("several words must all match"). */
export function parseQuery(query: string): QueryPiece[] {
  const seen = new Set<string>();
  const pieces: QueryPiece[] = [];
  for (const run of runsOf(foldText(query))) {
    const key = `${run.cjk}:${run.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    pieces.push(run);
    if (pieces.length === MAX_QUERY_PIECES) break;
  }
  return pieces;
}

/** The code point that ends just before `at`. */
function charBefore(text: string, at: number): string {
  const start = at > 1 && /[\uDC00-\uDFFF]/.test(text[at - 1]!) ? at - 2 : at - 1;
  return String.fromCodePoint(text.codePointAt(start)!);
}

/** Where `piece` occurs in folded text: anywhere for CJK, at the start of a word otherwise. */
function foldedMatches(folded: string, piece: QueryPiece): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  let at = folded.indexOf(piece.text);
  while (at !== -1) {
    if (piece.cjk || at === 0 || classOf(charBefore(folded, at)) !== 'word') found.push([at, at + piece.text.length]);
    at = folded.indexOf(piece.text, at + 1);
  }
  return found;
}

/** Whether a text contains the piece (the exact check behind the index's candidates). */
export function textMatchesPiece(text: string, piece: QueryPiece): boolean {
  return foldedMatches(foldText(text), piece).length > 0;
}

/**
 * Ranges `[start, end)` of the original text to highlight for these pieces, sorted and merged.
 * Offsets are in code units of the original, so slicing it gives the text the user typed against.
 */
export function highlightRanges(text: string, pieces: readonly QueryPiece[]): Array<[number, number]> {
  if (!pieces.length || !text) return [];
  const map = foldWithMap(text);
  const ranges: Array<[number, number]> = [];
  for (const piece of pieces) {
    for (const [s, e] of foldedMatches(map.folded, piece)) ranges.push([map.from[s]!, map.to[e - 1]!]);
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
