import { describe, expect, it } from 'vitest';
import { PAIRS, PEOPLE } from './__fixtures__/introductions-labelled';
import { introPairKey, isInPlace, maxDocFrequency, scorePairs, sharedTopic, suggestIntroductions, TopicIndex, type TopicPerson } from './introductions';
import { stemWord, topicTerms } from './topic-terms';

const person = (id: string, industry: string | null, text: Partial<Pick<TopicPerson, 'tags' | 'headline' | 'texts' | 'region'>> = {}): TopicPerson => ({
  id,
  industry,
  tags: text.tags ?? [],
  headline: text.headline ?? null,
  texts: text.texts ?? [],
  region: text.region ?? null,
});

function indexOf(people: TopicPerson[]): TopicIndex {
  const index = new TopicIndex(people.length);
  for (const p of people) index.add(p);
  return index;
}

const labelledPeople = (): TopicPerson[] =>
  PEOPLE.map((p) => person(p.id, p.industry, { tags: p.tags ?? [], headline: p.headline ?? null, texts: p.notes ?? [], region: p.region ?? null }));

describe('topic terms', () => {
  it('keeps words, phrases, tags and Japanese bigrams, without stop words or hiragana', () => {
    const { terms } = topicTerms({ tags: ['Sake'], headline: 'Supply chain manager', texts: ['日本酒の勉強会について話した'] });
    expect([...terms.keys()].sort()).toEqual(['j:勉強', 'j:強会', 'j:本酒', 'p:supply chain', 't:sake', 'w:chain', 'w:sake', 'w:supply'].sort());
    expect(terms.get('p:supply chain')).toBe('Supply chain');
  });
  it('folds width and kana, stems plurals', () => {
    expect([...topicTerms({ tags: [], headline: 'ﾗｰﾒﾝ', texts: [] }).terms.keys()]).toEqual([...topicTerms({ tags: [], headline: 'ラーメン', texts: [] }).terms.keys()]);
    expect(stemWord('startups')).toBe('startup');
    expect(stemWord('companies')).toBe('company');
    expect(stemWord('business')).toBe('business');
  });
  it('keeps two-letter acronyms only in capitals', () => {
    expect(topicTerms({ tags: [], headline: 'EV ev', texts: [] }).terms.has('w:ev')).toBe(true);
    expect(topicTerms({ tags: [], headline: 'ev', texts: [] }).terms.has('w:ev')).toBe(false);
  });
});

describe('introductions', () => {
  it('pairs different industries sharing a rare topic, never the same industry or an unknown one', () => {
    const people = [
      person('linkedin:a', 'education', { texts: ['Teaches kids robotics'] }),
      person('linkedin:b', 'manufacturing', { tags: ['robotics'] }),
      person('linkedin:c', 'manufacturing', { headline: 'Robotics engineer' }),
      person('linkedin:d', null, { headline: 'Robotics fan' }),
    ];
    const out = suggestIntroductions(indexOf(people), { perPerson: 5 });
    expect(out.map((s) => s.pair).sort()).toEqual([introPairKey('linkedin:a', 'linkedin:b'), introPairKey('linkedin:a', 'linkedin:c')].sort());
    expect(out[0]!.topic).toBe('robotics');
  });

  it('a common term (more people than the cap) joins nobody', () => {
    const cap = maxDocFrequency(30);
    const people = Array.from({ length: 30 }, (_, i) => person(`x:p${i}`, i % 2 ? 'education' : 'retail', { texts: [i <= cap ? 'loves karaoke' : `hobby${i}`] }));
    expect(scorePairs(indexOf(people)).size).toBe(0);
    const fewer = people.map((p, i) => (i > 1 ? { ...p, texts: [`hobby${i}`] } : p));
    expect(scorePairs(indexOf(fewer)).size).toBe(1);
  });

  it('the reason is the longest Japanese run both wrote, as written, not a bigram', () => {
    const index = indexOf([
      person('x:a', 'hospitals-health-care', { texts: ['介護ロボットの導入を検討中'] }),
      person('x:b', 'manufacturing', { texts: ['かいごロボットではなく介護ロボットを開発している'] }),
    ]);
    expect(sharedTopic(index, index.people[0]!, index.people[1]!)).toBe('介護ロボット');
    const sake = indexOf([person('x:c', 'retail', { texts: ['日本酒が好き'] }), person('x:d', 'education', { texts: ['日本酒の会'] })]);
    expect(sharedTopic(sake, sake.people[0]!, sake.people[1]!)).toBe('日本酒');
  });

  it('prefers a whole tag or phrase over one of its words', () => {
    const index = indexOf([person('x:a', 'retail', { tags: ['supply chain'] }), person('x:b', 'manufacturing', { texts: ['Our supply chain after the strike'] })]);
    expect(sharedTopic(index, index.people[0]!, index.people[1]!)).toBe('supply chain');
  });

  it('leaves out dismissed pairs and shows each person once', () => {
    const people = [
      person('x:a', 'retail', { tags: ['origami'] }),
      person('x:b', 'education', { tags: ['origami'] }),
      person('x:c', 'utilities', { tags: ['origami'] }),
    ];
    const all = suggestIntroductions(indexOf(people), { perPerson: 5 });
    expect(all).toHaveLength(3);
    expect(suggestIntroductions(indexOf(people))).toHaveLength(1);
    const first = suggestIntroductions(indexOf(people))[0]!.pair;
    expect(suggestIntroductions(indexOf(people), { isDismissed: (p) => p === first })[0]!.pair).not.toBe(first);
  });

  it('is deterministic', () => {
    const a = suggestIntroductions(indexOf(labelledPeople()), { limit: 50 });
    const b = suggestIntroductions(indexOf(labelledPeople()), { limit: 50 });
    expect(a).toEqual(b);
  });

  it('proposes hometown ↔ city pairs, with a shared topic first, else the hometown link', () => {
    const people = [
      person('x:home-topic', 'farming-ranching-forestry', { region: '福岡県', texts: ['ドローンで農薬散布'] }),
      person('x:city-topic', 'technology-information-media', { region: '東京', headline: 'ドローン開発' }),
      person('x:home-plain', 'education', { region: '福岡市' }),
      person('x:city-plain', 'retail', { region: '東京都' }),
      person('x:other', 'retail', { region: 'Osaka', tags: ['drone'] }),
    ];
    const out = suggestIntroductions(indexOf(people), { hometown: '福岡', currentCity: '東京' });
    expect(out).toEqual([
      expect.objectContaining({ a: 'x:home-topic', b: 'x:city-topic', kind: 'hometown', topic: 'ドローン', fromHometown: 'x:home-topic' }),
      expect.objectContaining({ a: 'x:home-plain', b: 'x:city-plain', kind: 'hometown', topic: null, fromHometown: 'x:home-plain' }),
    ]);
  });

  it('matches places by folded text and containment', () => {
    expect(isInPlace('福岡県', '福岡')).toBe(true);
    expect(isInPlace('Fukuoka, Japan', 'fukuoka')).toBe(true);
    expect(isInPlace('', '福岡')).toBe(false);
    expect(isInPlace('大阪', '福岡')).toBe(false);
  });

  it('stays within its pair budget and is fast at 100,000 people', () => {
    const hobbies = Array.from({ length: 40_000 }, (_, i) => `hobby${i.toString(36)}`);
    const industries = ['retail', 'education', 'manufacturing', 'utilities', 'construction'];
    const index = new TopicIndex(100_000);
    const start = performance.now();
    for (let i = 0; i < 100_000; i++) {
      index.add(person(`x:p${i}`, industries[i % 5]!, { headline: 'Engineer at Example', tags: [hobbies[(i * 7919) % hobbies.length]!], texts: [`Talked about ${hobbies[(i * 104729) % hobbies.length]}`] }));
    }
    const built = performance.now() - start;
    expect(scorePairs(index, 50_000).size).toBeLessThanOrEqual(50_000);
    const out = suggestIntroductions(index, { limit: 10 }, 50_000);
    const total = performance.now() - start;
    expect(out).toHaveLength(10);
    console.info(`introductions at 100k: index ${Math.round(built)} ms, total ${Math.round(total)} ms`);
    // Generous: this machine is shared; the page builds the index in chunks between frames anyway.
    expect(total).toBeLessThan(30_000);
  }, 60_000);
});

describe('the labelled set', () => {
  it('precision and recall on the labelled pairs are above their floors', () => {
    const suggested = new Set(suggestIntroductions(indexOf(labelledPeople()), { limit: Infinity, perPerson: Infinity }).map((s) => s.pair));
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const wrong: string[] = [];
    for (const pair of PAIRS) {
      const got = suggested.has(introPairKey(pair.a, pair.b));
      if (got && pair.meet) tp++;
      if (got && !pair.meet) fp++;
      if (!got && pair.meet) fn++;
      if (got !== pair.meet) wrong.push(`${pair.a} ↔ ${pair.b} (${pair.why})`);
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.info(`introductions labelled set: ${PAIRS.length} pairs, precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)}; wrong: ${wrong.join('; ') || 'none'}`);
    expect(PAIRS.length).toBeGreaterThanOrEqual(30);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.85);
  });

  it('each should-meet pair gets a readable reason', () => {
    const index = indexOf(labelledPeople());
    const byId = new Map(index.people.map((p) => [p.id, p]));
    const reasons = Object.fromEntries(PAIRS.filter((p) => p.meet).map((p) => [p.why, sharedTopic(index, byId.get(p.a)!, byId.get(p.b)!)]));
    expect(reasons).toMatchObject({ '日本酒': '日本酒', '介護ロボット': '介護ロボット', '地方創生': '地方創生', 'supply chain': expect.stringMatching(/^supply chain$/i), 'carbon accounting': 'carbon accounting' });
  });
});
