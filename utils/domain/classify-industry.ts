/**
 * Suggests a contact's industry from their headline, company and bio with bilingual keyword rules
 * (DESIGN.md, "Industries"). The result is shown as "auto" and the user can always override it.
 *
 * How it scores: the literal patterns of `industry-rules.ts` are compiled once, lazily, into a trie;
 * each text is scanned once, taking the longest pattern at each position (so a phrase consumes the
 * words inside it). It runs on imports of 10,000 rows, hence no per-rule regexes. Each match adds its
 * tier weight × the weight of where it was found:
 *   company field ×2 · headline after "at"/"@" ×1.5 · rest of the headline ×1 · bio ×0.75.
 * A match marked as the past ("ex-", "former", 元, "…から転職", "…出身") counts ×0.4.
 * Within one segment (text between separators such as `|`, `,`, `・`), only the LAST organisation word
 * counts fully and earlier ones count half: organisation names put the kind of place last
 * ("Kyoto University Hospital", 東京大学医学部附属病院 are hospitals, not universities).
 * Below a total of 1 for the best industry, the answer is null: better no guess than a wrong one.
 */
import { INDUSTRIES, type IndustryId } from './industries';
import { INDUSTRY_RULES, NEUTRAL_PATTERNS, SUFFIX_RULES, TIER_WEIGHTS, type RuleTier } from './industry-rules';

export interface ClassifyInput {
  headline?: string | null;
  company?: string | null;
  bio?: string | null;
}

export interface IndustryGuess {
  industry: IndustryId;
  /** 0 < confidence ≤ 1: how far the winner is ahead of the runner-up, times how much evidence. */
  confidence: number;
}

const MIN_SCORE = 1;
/** A score at which the evidence counts as complete (an organisation word plus a role, say). */
const FULL_EVIDENCE_SCORE = 4;
const CONTEXT_WEIGHTS = { company: 2, employer: 1.5, headline: 1, bio: 0.75 } as const;
const EARLIER_ORG_FACTOR = 0.5;
/** A former employer or school ("ex-Google", 元銀行員, 銀行から転職) still says something, but less. */
const PAST_FACTOR = 0.4;
/** Right before a match: it is in the past. */
const PAST_PREFIX = /(?:\bex[- ]|\bformer(?:ly)?\s+(?:at\s+)?|\bpreviously\s+(?:at\s+)?|\balumn(?:us|a|i)\s+(?:of\s+)?|元|前職\s*[:：]?\s*)$/u;
/** Everything before this in a segment is in the past: "銀行から転職して…", "慶應出身". */
const PAST_SUFFIX = /(?:から|より)(?:転職|転身|独立|転向)|出身/u;

/** Splits a text into segments; an organisation's name never spans one of these. */
const SEGMENT_SEPARATORS = /[|/,;:、。，・()[\]（）「」【】<>\n]|\s[-–—]\s|\s\+\s/u;
/** "Engineer at Acme", "Engineer @ Acme", "Engineer@Acme": what follows names the employer. */
const EMPLOYER_MARKER = /\s+at\s+|\s*@\s*/iu;

interface Rule {
  /** Index into INDUSTRIES, or -1 for a neutral pattern. */
  industry: number;
  tier: RuleTier | null;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  rule: Rule | null;
  /** The pattern ends with an ASCII letter or digit, so the text must not continue with one. */
  guardEnd: boolean;
}

interface Match {
  start: number;
  end: number;
  rule: Rule;
}

const newNode = (): TrieNode => ({ next: new Map(), rule: null, guardEnd: false });
const isAsciiAlnum = (ch: string | undefined): boolean =>
  ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'));
/** Printable ASCII: patterns never contain control characters. */
const ASCII_ONLY = /^[ -~]+$/;

let trie: TrieNode | null = null;

function insert(root: TrieNode, literal: string, rule: Rule): void {
  let node = root;
  for (const ch of literal) {
    let child = node.next.get(ch);
    if (!child) node.next.set(ch, (child = newNode()));
    node = child;
  }
  // The first table (and highest tier) to claim a literal keeps it; the rules test forbids clashes.
  if (node.rule) return;
  node.rule = rule;
  node.guardEnd = isAsciiAlnum(literal[literal.length - 1]);
}

function compile(): TrieNode {
  const root = newNode();
  const add = (pattern: string, rule: Rule): void => {
    const literal = normalise(pattern);
    insert(root, literal, rule);
    if (ASCII_ONLY.test(literal) && isAsciiAlnum(literal[literal.length - 1])) {
      insert(root, `${literal}s`, rule);
      insert(root, `${literal}es`, rule);
    }
  };
  INDUSTRIES.forEach((industry, index) => {
    const table = INDUSTRY_RULES[industry.id];
    for (const tier of ['org', 'role', 'topic'] as const) {
      for (const pattern of table?.[tier] ?? []) add(pattern, { industry: index, tier });
    }
  });
  for (const pattern of NEUTRAL_PATTERNS) add(pattern, { industry: -1, tier: null });
  return root;
}

/** The longest pattern starting at `start`, or null. */
function longestAt(root: TrieNode, text: string, start: number): Match | null {
  // Patterns that begin with an ASCII letter or digit never start inside an English word.
  if (isAsciiAlnum(text[start]) && isAsciiAlnum(text[start - 1])) return null;
  let node: TrieNode | undefined = root;
  let found: Match | null = null;
  for (let i = start; i < text.length; i++) {
    node = node.next.get(text[i]!);
    if (!node) break;
    if (node.rule && !(node.guardEnd && isAsciiAlnum(text[i + 1]))) found = { start, end: i + 1, rule: node.rule };
  }
  return found;
}

function findMatches(root: TrieNode, segment: string): Match[] {
  const matches: Match[] = [];
  let i = 0;
  while (i < segment.length) {
    const m = longestAt(root, segment, i);
    if (m) {
      matches.push(m);
      i = m.end;
    } else {
      i++;
    }
  }
  for (const suffix of SUFFIX_RULES) {
    const industry = INDUSTRIES.findIndex((x) => x.id === suffix.industry);
    for (const m of segment.matchAll(suffix.regex)) {
      const start = m.index;
      const end = start + m[0].length;
      // Explicit patterns win where they overlap (they may name the same office more precisely).
      if (matches.some((x) => x.start < end && start < x.end)) continue;
      matches.push({ start, end, rule: { industry, tier: suffix.tier } });
    }
  }
  return matches.sort((a, b) => a.start - b.start);
}

function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function scoreSegment(segment: string, contextWeight: number, scores: Float64Array, root: TrieNode): void {
  let lastOrg: { industry: number; weight: number } | null = null;
  const pastEnd = PAST_SUFFIX.exec(segment)?.index ?? 0;
  for (const { rule, start } of findMatches(root, segment)) {
    if (rule.tier === null) continue;
    const past = start < pastEnd || PAST_PREFIX.test(segment.slice(Math.max(0, start - 16), start));
    const weight = TIER_WEIGHTS[rule.tier] * contextWeight * (past ? PAST_FACTOR : 1);
    if (rule.tier === 'org') {
      // Demote the previous organisation word: only the segment's last one is the head noun.
      if (lastOrg) scores[lastOrg.industry] = (scores[lastOrg.industry] ?? 0) - lastOrg.weight * (1 - EARLIER_ORG_FACTOR);
      lastOrg = { industry: rule.industry, weight };
    }
    scores[rule.industry] = (scores[rule.industry] ?? 0) + weight;
  }
}

function scoreText(text: string | null | undefined, contextWeight: number, scores: Float64Array, root: TrieNode): void {
  if (!text) return;
  for (const segment of normalise(text).split(SEGMENT_SEPARATORS)) {
    if (segment.trim()) scoreSegment(segment, contextWeight, scores, root);
  }
}

/**
 * Guesses the industry of a person from what their profile says, or null when nothing in it points
 * to an industry. Pure and fast (one trie scan per field); safe on any input.
 */
export function classifyIndustry(input: ClassifyInput): IndustryGuess | null {
  trie ??= compile();
  const c = trie;
  const scores = new Float64Array(INDUSTRIES.length);

  const headline = input.headline ?? '';
  const marker = EMPLOYER_MARKER.exec(headline);
  if (marker) {
    scoreText(headline.slice(0, marker.index), CONTEXT_WEIGHTS.headline, scores, c);
    scoreText(headline.slice(marker.index + marker[0].length), CONTEXT_WEIGHTS.employer, scores, c);
  } else {
    scoreText(headline, CONTEXT_WEIGHTS.headline, scores, c);
  }
  scoreText(input.company, CONTEXT_WEIGHTS.company, scores, c);
  scoreText(input.bio, CONTEXT_WEIGHTS.bio, scores, c);

  let best = -1;
  let bestScore = 0;
  let runnerUp = 0;
  scores.forEach((score, i) => {
    if (score > bestScore) {
      runnerUp = bestScore;
      bestScore = score;
      best = i;
    } else if (score > runnerUp) {
      runnerUp = score;
    }
  });
  const industry = INDUSTRIES[best];
  if (!industry || bestScore < MIN_SCORE) return null;
  const lead = bestScore / (bestScore + runnerUp);
  const evidence = Math.min(1, bestScore / FULL_EVIDENCE_SCORE);
  return { industry: industry.id, confidence: Math.round(lead * evidence * 100) / 100 };
}
