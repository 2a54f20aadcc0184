import { describe, expect, it } from 'vitest';
import { DAY_MS, type ContactId, type SuggestionLogEntry } from '../model';
import { needsUserIndustry, rankSuggestions, resolveUserIndustry, type SuggestionCandidate, type SuggestionInput } from './suggest';

const now = Date.parse('2025-06-01T12:00:00Z');
const daysAgo = (n: number): number => now - n * DAY_MS;
const FIN = 'financial-services';
const HEALTH = 'hospitals-health-care';
const EDU = 'education';
const TECH = 'technology-information-media';

/** A contact last touched 30 days ago on the default 90-day cadence: known, not due, not warm. */
function contact(id: string, overrides: Partial<SuggestionCandidate> = {}): SuggestionCandidate {
  const lastContactAt = overrides.lastContactAt === undefined ? daysAgo(30) : overrides.lastContactAt;
  return {
    id: id as ContactId,
    industry: HEALTH,
    cadenceDays: null,
    lastContactAt,
    nextDueAt: (lastContactAt ?? daysAgo(10)) + 90 * DAY_MS,
    snoozedUntil: null,
    createdAt: daysAgo(10),
    lastVisitedAt: null,
    personId: null,
    ...overrides,
  };
}

function input(overrides: Partial<SuggestionInput>): SuggestionInput {
  return {
    candidates: [],
    recentTouches: [],
    industryByContact: {},
    userIndustry: TECH,
    suggestionLog: [],
    defaultCadenceDays: 90,
    now,
    ...overrides,
  };
}

const ids = (i: SuggestionInput): string[] => rankSuggestions(i).map((s) => s.contactId);
const log = (contactId: string, at: number, outcome: SuggestionLogEntry['outcome']): SuggestionLogEntry => ({
  contactId: contactId as ContactId,
  at,
  outcome,
});

describe('rankSuggestions filters', () => {
  it("never suggests someone in the user's own industry", () => {
    const candidates = [contact('x:same', { industry: TECH }), contact('x:other', { industry: HEALTH })];
    expect(ids(input({ candidates }))).toEqual(['x:other']);
  });

  it('uses the most-touched industry of the last 90 days as a stand-in when the user has none', () => {
    const candidates = [contact('x:fin', { industry: FIN }), contact('x:health', { industry: HEALTH })];
    const recentTouches = [
      { contactId: 'x:a' as ContactId, at: daysAgo(5) },
      { contactId: 'x:b' as ContactId, at: daysAgo(6) },
      { contactId: 'x:c' as ContactId, at: daysAgo(7) },
      { contactId: 'x:old' as ContactId, at: daysAgo(91) },
      { contactId: 'x:old2' as ContactId, at: daysAgo(95) },
      { contactId: 'x:old3' as ContactId, at: daysAgo(99) },
    ];
    const industryByContact = {
      'x:a': FIN, 'x:b': FIN, 'x:c': HEALTH, 'x:old': HEALTH, 'x:old2': HEALTH, 'x:old3': HEALTH,
    } as Record<ContactId, string>;
    const i = input({ candidates, recentTouches, industryByContact, userIndustry: null });
    expect(resolveUserIndustry(i)).toBe(FIN);
    expect(ids(i)).toEqual(['x:health']);
    expect(needsUserIndustry(i)).toBe(false);
  });

  it('suggests nobody when the user has no industry and no touch of the last 90 days stands in: it asks instead', () => {
    const candidates = [contact('x:fin', { industry: FIN }), contact('x:health', { industry: HEALTH }), contact('x:unknown', { industry: null })];
    // Touches older than 90 days, or of people of unknown industry, stand in for nothing.
    const recentTouches = [
      { contactId: 'x:fin' as ContactId, at: daysAgo(91) },
      { contactId: 'x:unknown' as ContactId, at: daysAgo(3) },
    ];
    const i = input({ candidates, recentTouches, userIndustry: null });
    expect(ids(i)).toEqual([]);
    expect(needsUserIndustry(i)).toBe(true);
    expect(needsUserIndustry({ ...i, userIndustry: TECH })).toBe(false);
    expect(ids({ ...i, userIndustry: TECH }).sort()).toEqual(['x:fin', 'x:health', 'x:unknown']);
  });

  it('breaks stand-in ties by the more recent touch, then by id', () => {
    const touches = (a: number, b: number) => [
      { contactId: 'x:a' as ContactId, at: daysAgo(a) },
      { contactId: 'x:b' as ContactId, at: daysAgo(b) },
    ];
    const industryByContact = { 'x:a': FIN, 'x:b': HEALTH } as Record<ContactId, string>;
    const base = { industryByContact, userIndustry: null, now };
    expect(resolveUserIndustry({ ...base, recentTouches: touches(3, 9) })).toBe(FIN);
    expect(resolveUserIndustry({ ...base, recentTouches: touches(9, 3) })).toBe(HEALTH);
    expect(resolveUserIndustry({ ...base, recentTouches: touches(4, 4) })).toBe(FIN); // 'financial…' < 'hospitals…'
    expect(resolveUserIndustry({ ...base, recentTouches: touches(4, 4).reverse() })).toBe(FIN);
  });

  it('never suggests someone snoozed', () => {
    const candidates = [contact('x:snoozed', { snoozedUntil: now + 1 }), contact('x:woke', { snoozedUntil: now - 1 })];
    expect(ids(input({ candidates }))).toEqual(['x:woke']);
  });

  it('never suggests someone skipped in the last 7 days', () => {
    const candidates = [contact('x:recent'), contact('x:old')];
    const suggestionLog = [log('x:recent', daysAgo(6.9), 'skipped'), log('x:old', daysAgo(7.1), 'skipped')];
    expect(ids(input({ candidates, suggestionLog }))).toEqual(['x:old']);
  });

  it('never suggests someone whose cadence is "none"', () => {
    const candidates = [contact('x:none', { cadenceDays: 0, nextDueAt: null }), contact('x:some')];
    expect(ids(input({ candidates }))).toEqual(['x:some']);
  });

  it("suggests one record per person (LinkedIn and X of the same person)", () => {
    const candidates = [
      contact('linkedin:mori', { personId: 'p1', lastContactAt: daysAgo(200) }),
      contact('x:mori', { personId: 'p1' }),
      contact('x:else'),
    ];
    const out = ids(input({ candidates }));
    expect(out).toContain('linkedin:mori');
    expect(out).not.toContain('x:mori');
    expect(out).toHaveLength(2);
  });
});

describe('rankSuggestions ordering', () => {
  it('ranks contacts with an unknown industry below every known different industry', () => {
    const candidates = [
      // Unknown, but otherwise very strong: never contacted and recently visited.
      contact('x:unknown', { industry: null, lastContactAt: null, lastVisitedAt: daysAgo(1) }),
      contact('x:known', { industry: HEALTH }),
    ];
    const out = rankSuggestions(input({ candidates }));
    expect(out.map((s) => s.contactId)).toEqual(['x:known', 'x:unknown']);
    expect(out[1]!.reasons).toContainEqual({ code: 'unknown-industry' });
  });

  it('puts overdue before not due', () => {
    const candidates = [
      contact('x:a-not-due', { lastContactAt: daysAgo(80), nextDueAt: daysAgo(80) + 90 * DAY_MS }),
      contact('x:b-due', { lastContactAt: daysAgo(100), nextDueAt: daysAgo(10) }),
    ];
    const out = rankSuggestions(input({ candidates }));
    expect(out.map((s) => s.contactId)).toEqual(['x:b-due', 'x:a-not-due']);
    expect(out[0]!.reasons).toContainEqual({ code: 'overdue', days: 10 });
  });

  it('puts a rarer industry (among recent touches) before a common one', () => {
    const candidates = [contact('x:a-common', { industry: FIN }), contact('x:b-rare', { industry: EDU })];
    const recentTouches = [
      { contactId: 'x:f1' as ContactId, at: daysAgo(3) },
      { contactId: 'x:f2' as ContactId, at: daysAgo(4) },
      { contactId: 'x:e1' as ContactId, at: daysAgo(62) },
    ];
    const industryByContact = { 'x:f1': FIN, 'x:f2': FIN, 'x:e1': EDU } as Record<ContactId, string>;
    const out = rankSuggestions(input({ candidates, recentTouches, industryByContact }));
    expect(out.map((s) => s.contactId)).toEqual(['x:b-rare', 'x:a-common']);
    expect(out[0]!.reasons[0]).toEqual({ code: 'industry-gap', industry: EDU, days: 62 });
    expect(out[0]!.reasons).toContainEqual({ code: 'rare-industry', industry: EDU, touches: 1 });
    expect(out[1]!.reasons).not.toContainEqual(expect.objectContaining({ code: 'rare-industry' }));
  });

  it('boosts people never contacted', () => {
    const candidates = [
      contact('x:a-met', { lastContactAt: daysAgo(10) }),
      contact('x:b-never', { lastContactAt: null, createdAt: daysAgo(10), nextDueAt: daysAgo(10) + 90 * DAY_MS }),
    ];
    const out = rankSuggestions(input({ candidates }));
    expect(out.map((s) => s.contactId)).toEqual(['x:b-never', 'x:a-met']);
    expect(out[0]!.reasons).toContainEqual({ code: 'never-contacted' });
  });

  it('adds warmth for a profile visited in the last 14 days, not earlier', () => {
    const candidates = [
      contact('x:a-cold', { lastVisitedAt: daysAgo(15) }),
      contact('x:b-warm', { lastVisitedAt: daysAgo(2) }),
    ];
    const out = rankSuggestions(input({ candidates }));
    expect(out.map((s) => s.contactId)).toEqual(['x:b-warm', 'x:a-cold']);
    expect(out[0]!.reasons).toContainEqual({ code: 'recently-visited', days: 2 });
    expect(out[1]!.reasons).not.toContainEqual(expect.objectContaining({ code: 'recently-visited' }));
  });

  it('damps someone shown on several recent days without any action, until the user acts', () => {
    const candidates = [contact('x:a-nagged'), contact('x:b-fresh')];
    const shown = [log('x:a-nagged', daysAgo(1), 'shown'), log('x:a-nagged', daysAgo(2), 'shown'), log('x:a-nagged', daysAgo(3), 'shown')];
    expect(ids(input({ candidates }))).toEqual(['x:a-nagged', 'x:b-fresh']);
    expect(ids(input({ candidates, suggestionLog: shown }))).toEqual(['x:b-fresh', 'x:a-nagged']);
    // Shown many times on ONE day (the popup reopened) is not nagging.
    const sameDay = [0.1, 0.2, 0.3].map((d) => log('x:a-nagged', daysAgo(d), 'shown'));
    expect(ids(input({ candidates, suggestionLog: sameDay }))).toEqual(['x:a-nagged', 'x:b-fresh']);
    // Acting on it (done) resets the count.
    const acted = [...shown, log('x:a-nagged', daysAgo(0.5), 'done')];
    expect(ids(input({ candidates, suggestionLog: acted }))).toEqual(['x:a-nagged', 'x:b-fresh']);
  });

  it('breaks exact ties by contact id', () => {
    const candidates = [contact('x:c'), contact('linkedin:z'), contact('x:a')];
    const out = rankSuggestions(input({ candidates }));
    expect(new Set(out.map((s) => s.score)).size).toBe(1);
    expect(out.map((s) => s.contactId)).toEqual(['linkedin:z', 'x:a', 'x:c']);
  });

  it('is deterministic: shuffled inputs give the same output', () => {
    const industries = [FIN, HEALTH, EDU, TECH, null, 'retail', 'construction'];
    const candidates = Array.from({ length: 60 }, (_, i) =>
      contact(`x:p${String(i).padStart(2, '0')}`, {
        industry: industries[i % industries.length]!,
        lastContactAt: i % 5 === 0 ? null : daysAgo((i * 7) % 200),
        nextDueAt: i % 5 === 0 ? daysAgo(10) + 90 * DAY_MS : daysAgo((i * 7) % 200) + 90 * DAY_MS,
        lastVisitedAt: i % 4 === 0 ? daysAgo(i % 20) : null,
        personId: i % 9 === 0 ? `person${i % 18}` : null,
      }),
    );
    const recentTouches = candidates.slice(0, 30).map((c, i) => ({ contactId: c.id, at: daysAgo(i * 3) }));
    const suggestionLog = candidates.slice(0, 20).map((c, i) => log(c.id, daysAgo(i % 10), i % 3 ? 'shown' : 'skipped'));
    const base = input({ candidates, recentTouches, suggestionLog, userIndustry: null });
    const expected = rankSuggestions(base);
    expect(expected.length).toBeGreaterThan(10);
    let seed = 42;
    const random = (): number => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const shuffle = <T>(xs: readonly T[]): T[] => {
      const a = [...xs];
      for (let i = a.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [a[i], a[j]] = [a[j]!, a[i]!];
      }
      return a;
    };
    for (let round = 0; round < 5; round++) {
      const shuffled = { ...base, candidates: shuffle(candidates), recentTouches: shuffle(recentTouches), suggestionLog: shuffle(suggestionLog) };
      expect(rankSuggestions(shuffled)).toEqual(expected);
    }
  });

  it('honours the limit', () => {
    const candidates = [contact('x:a'), contact('x:b'), contact('x:c')];
    expect(ids(input({ candidates, limit: 2 }))).toEqual(['x:a', 'x:b']);
  });
});

describe('rankSuggestions action and reasons', () => {
  it("suggests 'comment' for people never contacted or not contacted for 180+ days, else 'reach-out'", () => {
    const candidates = [
      contact('x:never', { lastContactAt: null }),
      contact('x:long', { lastContactAt: daysAgo(180) }),
      contact('x:recent', { lastContactAt: daysAgo(179) }),
    ];
    const action = Object.fromEntries(rankSuggestions(input({ candidates })).map((s) => [s.contactId, s.action]));
    expect(action).toEqual({ 'x:never': 'comment', 'x:long': 'comment', 'x:recent': 'reach-out' });
  });

  it('says "not in the last 90 days" (days null) when the industry has no recent touch', () => {
    const out = rankSuggestions(input({ candidates: [contact('x:a', { industry: EDU })] }));
    expect(out[0]!.reasons[0]).toEqual({ code: 'industry-gap', industry: EDU, days: null });
    expect(out[0]!.reasons).toContainEqual({ code: 'rare-industry', industry: EDU, touches: 0 });
    expect(out[0]!.industry).toBe(EDU);
  });
});

describe('rankSuggestions performance', () => {
  it('ranks 100,000 contacts (prints the time; no timed assertion)', () => {
    const industries = [FIN, HEALTH, EDU, TECH, null, 'retail', 'construction', 'utilities'];
    const candidates = Array.from({ length: 100_000 }, (_, i) =>
      contact(`linkedin:p${i}`, {
        industry: industries[i % industries.length]!,
        lastContactAt: i % 7 === 0 ? null : daysAgo(i % 400),
        lastVisitedAt: i % 11 === 0 ? daysAgo(i % 30) : null,
      }),
    );
    const recentTouches = candidates.slice(0, 2_000).map((c, i) => ({ contactId: c.id, at: daysAgo(i % 90) }));
    const start = performance.now();
    const out = rankSuggestions(input({ candidates, recentTouches, limit: 5 }));
    console.log(`ranked 100,000 contacts in ${(performance.now() - start).toFixed(0)} ms`);
    expect(out).toHaveLength(5);
  });
});

