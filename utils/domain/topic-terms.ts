/**
 * Topic terms of a person's text (tags, headline, notes, touch notes) for introductions
 * (DESIGN.md, "The People page and Insights"). Pure, no browser.
 *
 * Terms are keyed by folded text (utils/domain/search-text.ts: NFKC, case, accents, katakana =
 * hiragana) so that forms a person would call the same meet, and carry the surface form the user
 * wrote, so a reason shows "Kubernetes" or "日本酒", never a stem or a bigram fragment:
 * - `t:` a whole tag;
 * - `w:` an English (Latin-script) word, lower-cased, minus stop words and generic job words, with a
 *   light plural stemming ("startups" = "startup");
 * - `p:` two adjacent words ("supply chain"), so a shared phrase outweighs two stray words;
 * - `j:` a character bigram of a Japanese run of kanji/katakana. Hiragana separates runs: in notes it
 *   is mostly particles and inflections (した, について), which would otherwise make every two people
 *   who write Japanese "share a topic".
 */
import { foldText } from './search-text';

export type TermKind = 't' | 'w' | 'p' | 'j';

/** One person's text, as the engine reads it. */
export interface TopicText {
  tags: readonly string[];
  headline: string | null;
  /** Note bodies and touch notes. */
  texts: readonly string[];
}

/** A Japanese run: folded (what is compared) and as written after NFKC (what is shown); same length. */
export interface JaRun {
  folded: string;
  surface: string;
}

export interface DocTerms {
  /** Term key → the surface form first seen. */
  terms: Map<string, string>;
  jaRuns: JaRun[];
}

/** Function words and words too generic to be a topic between two people. */
const EN_STOP = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each ' +
    'few for from further had has have having he her here hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or other our ' +
    'ours out over own same she should so some such than that the their them then there these they this those through to too under until up very was we were what when where ' +
    'which while who whom why will with would you your yours via per etc inc ltd llc corp co com www http https ' +
    'met meet meeting meetings talked talk talking chat chatted call called coffee lunch dinner event events conference week month year today yesterday tomorrow last next ' +
    'time times new good great nice interesting interested thanks thank said says asked told want wants wanted like likes really about lot lots people person friend ' +
    'work works working job jobs team teams company companies business role based working help helped helps looking know knows knew think thinks maybe much many ' +
    'manager management director engineer engineering senior junior lead head chief founder cofounder officer president vice ceo cto cfo coo partner associate ' +
    'consultant specialist analyst assistant staff member principal executive leader owner student professor researcher tokyo japan osaka'
  ).split(' '),
);

/**
 * Kanji/katakana words (folded) too common in notes and headlines to be a topic: workplace words,
 * dates, titles, and the big city everyone is in. Matched against whole runs and against bigrams.
 */
const JA_STOP = new Set(
  (
    '会社 仕事 今日 先日 最近 担当 紹介 関係 連絡 興味 予定 今度 以前 一緒 自分 情報 時間 来月 先月 今年 去年 来年 今月 今週 来週 先週 東京 日本 株式 株式会社 ' +
    '部長 課長 係長 代表 取締 取締役 社長 役員 会議 面談 話題 相談 経験 業界 事業 企業 大学 出身 在住 勤務 所属 担当者 本日 毎日 毎週 以上 ' +
    'みーてぃんぐ らんち いべんと ぷろじぇくと ちーむ まねーじゃー えんじにあ こーひー かふぇ おんらいん めーる'
  )
    .split(' ')
    .map(foldText),
);

/** Word runs, Japanese kanji/katakana runs (hiragana, punctuation and spaces between them). */
const PIECE = /[\p{Script=Han}\p{Script=Katakana}\u30FC\u3005\u3006]+|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC])[\p{L}\p{N}\p{M}])+/gu;
const ASCII = /^[\t\n\r\x20-\x7E]*$/;
const ASCII_WORD = /[A-Za-z0-9]+/g;
const JA_RUN = /^[\p{Script=Han}\p{Script=Katakana}\u30FC\u3005\u3006]/u;
/** Between two words of one phrase: spaces or a hyphen, nothing that ends a clause. */
const PHRASE_GAP = /^[ \t\-‐–]+$/;

/** Light English stemming: plurals only ("startups" → "startup", "companies" → "company"). */
export function stemWord(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith('sses')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is|os)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** The folded, stemmed key of a word, or null when it is not a topic (stop word, number, too short). */
function wordKey(surface: string): string | null {
  const folded = foldText(surface);
  if (/^\d+$/.test(folded)) return null;
  // Two letters only as an acronym the user wrote in capitals (AI, EV, UX).
  if (folded.length < 3 && !(folded.length === 2 && /^\p{Lu}{2}$/u.test(surface))) return null;
  if (EN_STOP.has(folded)) return null;
  const stem = stemWord(folded);
  return EN_STOP.has(stem) ? null : stem;
}

/** Bigrams of a folded run, by code point. */
function bigrams(run: string): string[] {
  const chars = Array.from(run);
  const grams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) grams.push(chars[i]! + chars[i + 1]!);
  return grams;
}

/** The folded form of a kanji/katakana run, the same length as the run (kana shift, nothing else). */
function foldRun(run: string): string {
  return run.replace(/[\u30A1-\u30F6]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));
}

function addText(out: DocTerms, text: string): void {
  // ASCII text (most headlines and English notes) needs neither NFKC nor the Unicode-aware pattern.
  const ascii = ASCII.test(text);
  const nfkc = ascii ? text : text.normalize('NFKC');
  let previous: { key: string; surface: string; end: number } | null = null;
  for (const match of nfkc.matchAll(ascii ? ASCII_WORD : PIECE)) {
    const piece = match[0];
    if (!ascii && JA_RUN.test(piece)) {
      previous = null;
      const folded = foldRun(piece);
      if (Array.from(folded).length < 2 || JA_STOP.has(folded)) continue;
      out.jaRuns.push({ folded, surface: piece });
      for (const gram of bigrams(folded)) if (!JA_STOP.has(gram)) setFirst(out.terms, `j:${gram}`, gram);
      continue;
    }
    const key = wordKey(piece);
    const end = match.index + piece.length;
    if (!key) {
      previous = null;
      continue;
    }
    setFirst(out.terms, `w:${key}`, piece);
    if (previous && PHRASE_GAP.test(nfkc.slice(previous.end, match.index))) {
      setFirst(out.terms, `p:${previous.key} ${key}`, `${previous.surface} ${piece}`);
    }
    previous = { key, surface: piece, end };
  }
}

function setFirst(map: Map<string, string>, key: string, surface: string): void {
  if (!map.has(key)) map.set(key, surface);
}

/** The folded key of a tag (`t:` terms), or null for a blank one. */
export function tagKey(tag: string): string | null {
  const folded = foldText(tag).trim().replace(/\s+/g, ' ');
  return folded ? `t:${folded}` : null;
}

/** Every topic term of one person's text, with surfaces and the Japanese runs for reasons. */
export function topicTerms(doc: TopicText): DocTerms {
  const out: DocTerms = { terms: new Map(), jaRuns: [] };
  for (const tag of doc.tags) {
    const key = tagKey(tag);
    if (key) setFirst(out.terms, key, tag.trim());
    addText(out, tag);
  }
  if (doc.headline) addText(out, doc.headline);
  for (const text of doc.texts) addText(out, text);
  return out;
}

/** The kind of a term key. */
export function termKind(key: string): TermKind {
  return key[0] as TermKind;
}
