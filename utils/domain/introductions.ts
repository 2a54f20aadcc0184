/**
 * Introduction suggestions (DESIGN.md, "The People page and Insights"): pairs of contacts from
 * DIFFERENT industries who share a RARE topic, and hometown ↔ current-city pairs. Pure, no browser.
 *
 * Why an inverted index and not all pairs: at 100,000 contacts there are 5·10⁹ pairs. A topic can
 * only join the people who mention it, so the index keeps, per term, the people who have it, and
 * only terms with a document frequency from 2 to a cap ("rare": high IDF) generate pairs, each at
 * most cap·(cap−1)/2 of them. Past the cap a term stops collecting people (it is common, and its
 * list would only cost memory). Terms are visited rarest first and the pair budget bounds the work,
 * so whatever the book, the cost is bounded; the index is built person by person (`add`), so the
 * caller can feed it in chunks between frames.
 *
 * Score of a pair: the sum of the IDF of the rare terms they share (a tag counts 1.5×). The reason is
 * the best shared topic as the user wrote it: a whole tag, a phrase, a word, or for Japanese the
 * longest run both people wrote (adjacent shared bigrams merged back into 日本酒, not 本酒).
 */
import { foldText } from './search-text';
import { tagKey, termKind, topicTerms, type DocTerms, type TopicText } from './topic-terms';

/** One person as the engine sees them. */
export interface TopicPerson extends TopicText {
  id: string;
  industry: string | null;
  /** Free-text region (福岡 / Fukuoka) for hometown bridges. */
  region?: string | null | undefined;
}

export type IntroductionKind = 'topic' | 'hometown';

export interface IntroductionSuggestion {
  /** Order-free key of the pair (`introPairKey`). */
  pair: string;
  a: string;
  b: string;
  kind: IntroductionKind;
  /** The shared topic as written (null: a hometown pair with no shared topic). */
  topic: string | null;
  score: number;
  /** Hometown pairs: which of the two is from the hometown (the other is in the current city). */
  fromHometown?: string;
}

export interface IntroductionOptions {
  hometown?: string | null | undefined;
  currentCity?: string | null | undefined;
  /** Pairs the user skipped, snoozed (still) or already introduced. */
  isDismissed?: (pair: string) => boolean;
  /** Suggestions to return. */
  limit?: number;
  /** The most suggestions one person appears in. */
  perPerson?: number;
}

/** Below this many people, IDF is computed as if the book had this many (a small book still has rare topics). */
const MIN_BOOK = 100;
/** A topic shared by more people than this is not rare (at least 3, at most 20; 5% of the book between). */
export function maxDocFrequency(people: number): number {
  return Math.max(3, Math.min(20, Math.round(people * 0.05)));
}
/** Pairs scored at most (rarest terms first). */
export const PAIR_BUDGET = 200_000;
/** The smallest score that is a suggestion: about one shared rare word. */
export const MIN_SCORE = 3;
/** Hometown pairs proposed without a shared topic. */
const HOMETOWN_FALLBACKS = 3;
const TAG_WEIGHT = 1.5;

/** The order-free key of a pair. */
export function introPairKey(a: string, b: string): string {
  return a < b ? `${a} ${b}` : `${b} ${a}`;
}

/** True when a person's region names the place (folded; 福岡県 matches 福岡, "Fukuoka, Japan" matches Fukuoka). */
export function isInPlace(region: string | null | undefined, place: string | null | undefined): boolean {
  const r = foldText(region ?? '').trim();
  const p = foldText(place ?? '').trim();
  if (!r || !p) return false;
  return r === p || r.includes(p) || p.includes(r);
}

const COMMON = null;

/**
 * The inverted index of rare terms, built one person at a time. Postings hold person numbers; a
 * term seen by more than the cap of people is marked common and forgets its list.
 */
export class TopicIndex {
  readonly people: TopicPerson[] = [];
  private readonly postings = new Map<string, number[] | typeof COMMON>();
  private readonly cap: number;

  /** `expectedPeople`: the book's size, which sets the cap of a rare term. */
  constructor(expectedPeople: number) {
    this.cap = maxDocFrequency(expectedPeople);
  }

  add(person: TopicPerson): void {
    const n = this.people.push(person) - 1;
    if (!person.industry) return; // "different industries" needs an industry on both sides
    for (const key of topicTerms(person).terms.keys()) {
      const list = this.postings.get(key);
      if (list === COMMON) continue;
      if (!list) this.postings.set(key, [n]);
      else if (list.length >= this.cap) this.postings.set(key, COMMON);
      else list.push(n);
    }
  }

  /** IDF of a term with `df` people. */
  idf(df: number): number {
    return Math.log(Math.max(this.people.length, MIN_BOOK) / df);
  }

  /** People who have the term (undefined: nobody or too many). */
  holders(key: string): readonly number[] | undefined {
    return this.postings.get(key) ?? undefined;
  }

  /** Rare terms (2..cap people), rarest first, ties by key (deterministic). */
  rareTerms(): Array<[string, readonly number[]]> {
    const out: Array<[string, number[]]> = [];
    for (const [key, list] of this.postings) if (list && list.length >= 2) out.push([key, list]);
    return out.sort((x, y) => x[1].length - y[1].length || (x[0] < y[0] ? -1 : 1));
  }
}

const weightOf = (key: string) => (termKind(key) === 't' ? TAG_WEIGHT : 1);

/** Scores every pair of people of different industries joined by a rare term, within the budget. */
export function scorePairs(index: TopicIndex, budget = PAIR_BUDGET): Map<string, { a: number; b: number; score: number }> {
  const pairs = new Map<string, { a: number; b: number; score: number }>();
  const { people } = index;
  for (const [key, list] of index.rareTerms()) {
    const w = index.idf(list.length) * weightOf(key);
    for (let i = 0; i < list.length; i++) {
      const a = people[list[i]!]!;
      for (let j = i + 1; j < list.length; j++) {
        const b = people[list[j]!]!;
        if (a.industry === b.industry) continue;
        const k = introPairKey(a.id, b.id);
        const entry = pairs.get(k);
        if (entry) entry.score += w;
        else if (pairs.size < budget) pairs.set(k, { a: list[i]!, b: list[j]!, score: w });
      }
    }
    if (pairs.size >= budget) break;
  }
  return pairs;
}

/** Longest runs (≥ 2 characters) of `a`'s Japanese text that `b` also wrote, as `a` wrote them. */
function sharedJaRuns(a: DocTerms, b: DocTerms): Array<{ folded: string; surface: string }> {
  const found = new Map<string, string>();
  for (const run of a.jaRuns) {
    const chars = Array.from(run.folded);
    const shown = Array.from(run.surface);
    let i = 0;
    while (i < chars.length - 1) {
      let best = 0;
      for (let end = chars.length; end >= i + 2; end--) {
        const piece = chars.slice(i, end).join('');
        if (b.jaRuns.some((r) => r.folded.includes(piece))) {
          best = end;
          break;
        }
      }
      if (best) {
        const folded = chars.slice(i, best).join('');
        if (!found.has(folded)) found.set(folded, shown.slice(i, best).join(''));
        i = best;
      } else i++;
    }
  }
  return [...found].map(([folded, surface]) => ({ folded, surface }));
}

interface Candidate {
  surface: string;
  /** Rare shared term keys this topic covers. */
  covers: string[];
}

/**
 * The shared topic of two people, as `a` wrote it: the candidate (tag, phrase, word, Japanese run)
 * covering the most IDF of their shared rare terms; ties go to the longer surface. Null when they
 * share no rare term.
 */
export function sharedTopic(index: TopicIndex, a: TopicPerson, b: TopicPerson): string | null {
  const ta = topicTerms(a);
  const tb = topicTerms(b);
  const rare = new Map<string, number>();
  for (const key of ta.terms.keys()) {
    const list = tb.terms.has(key) ? index.holders(key) : undefined;
    if (list && list.length >= 2) rare.set(key, index.idf(list.length) * weightOf(key));
  }
  if (!rare.size) return null;
  const candidates: Candidate[] = [];
  const wordsOf = (surface: string) => [...topicTerms({ tags: [], headline: surface, texts: [] }).terms.keys()];
  for (const [key] of rare) {
    const kind = termKind(key);
    if (kind === 'j') continue;
    const surface = ta.terms.get(key)!;
    candidates.push({ surface, covers: [key, ...(kind === 'w' ? [] : wordsOf(surface))] });
  }
  for (const run of sharedJaRuns(ta, tb)) {
    const grams = wordsOf(run.surface).filter((k) => rare.has(k));
    const tag = tagKey(run.surface);
    if (grams.length) candidates.push({ surface: run.surface, covers: tag && rare.has(tag) ? [tag, ...grams] : grams });
  }
  let best: { surface: string; value: number } | null = null;
  for (const c of candidates) {
    const value = [...new Set(c.covers)].reduce((sum, k) => sum + (rare.get(k) ?? 0), 0);
    if (value <= 0) continue;
    if (!best || value > best.value + 1e-9 || (Math.abs(value - best.value) <= 1e-9 && c.surface.length > best.surface.length)) best = { surface: c.surface, value };
  }
  return best?.surface ?? null;
}

/**
 * The introductions to suggest, best first: topic pairs scoring at least MIN_SCORE (a hometown ↔
 * city pair among them is labelled so and ranked first), then a few hometown ↔ city pairs without a
 * shared topic. Each person appears in at most `perPerson` suggestions; dismissed pairs are left out.
 * Deterministic for a given index and options.
 */
export function suggestIntroductions(index: TopicIndex, options: IntroductionOptions = {}, budget = PAIR_BUDGET): IntroductionSuggestion[] {
  const { limit = 10, perPerson = 1, isDismissed = () => false } = options;
  const { people } = index;
  const placeOf = (p: TopicPerson): 'home' | 'city' | null =>
    isInPlace(p.region, options.hometown) ? 'home' : isInPlace(p.region, options.currentCity) ? 'city' : null;
  const bridges = (a: TopicPerson, b: TopicPerson): string | undefined => {
    const pa = placeOf(a);
    const pb = placeOf(b);
    if (pa === 'home' && pb === 'city') return a.id;
    if (pa === 'city' && pb === 'home') return b.id;
    return undefined;
  };
  const scored = [...scorePairs(index, budget)]
    .filter(([pair, s]) => s.score >= MIN_SCORE && !isDismissed(pair))
    .map(([pair, s]) => ({ pair, ...s, home: bridges(people[s.a]!, people[s.b]!) }))
    .sort((x, y) => Number(!!y.home) - Number(!!x.home) || y.score - x.score || (x.pair < y.pair ? -1 : 1));
  const uses = new Map<string, number>();
  const free = (id: string) => (uses.get(id) ?? 0) < perPerson;
  const take = (id: string) => uses.set(id, (uses.get(id) ?? 0) + 1);
  const out: IntroductionSuggestion[] = [];
  for (const s of scored) {
    if (out.length >= limit) break;
    const a = people[s.a]!;
    const b = people[s.b]!;
    if (!free(a.id) || !free(b.id)) continue;
    const topic = sharedTopic(index, a, b);
    if (!topic) continue;
    take(a.id);
    take(b.id);
    out.push({ pair: s.pair, a: a.id, b: b.id, kind: s.home ? 'hometown' : 'topic', topic, score: s.score, ...(s.home ? { fromHometown: s.home } : {}) });
  }
  out.push(...hometownFallbacks(people, placeOf, options, free, take, Math.min(HOMETOWN_FALLBACKS, limit - out.length)));
  return out;
}

/** Hometown ↔ city pairs with no shared topic: the hometown link is the reason. */
function hometownFallbacks(
  people: readonly TopicPerson[],
  placeOf: (p: TopicPerson) => 'home' | 'city' | null,
  options: IntroductionOptions,
  free: (id: string) => boolean,
  take: (id: string) => void,
  count: number,
): IntroductionSuggestion[] {
  if (count <= 0 || !options.hometown || !options.currentCity) return [];
  const home = people.filter((p) => p.industry && placeOf(p) === 'home');
  const city = people.filter((p) => p.industry && placeOf(p) === 'city');
  const out: IntroductionSuggestion[] = [];
  for (const h of home) {
    if (out.length >= count) break;
    if (!free(h.id)) continue;
    const c = city.find((p) => p.industry !== h.industry && free(p.id) && !options.isDismissed?.(introPairKey(h.id, p.id)));
    if (!c) continue;
    take(h.id);
    take(c.id);
    out.push({ pair: introPairKey(h.id, c.id), a: h.id, b: c.id, kind: 'hometown', topic: null, score: 0, fromHometown: h.id });
  }
  return out;
}
