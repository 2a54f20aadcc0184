import { describe, expect, it } from 'vitest';
import { blankContact, DAY_MS, type Contact } from '../model';
import { filterCount, filtersToSearch, matchesFilters, MAX_FILTER_TAGS, NO_FILTERS, parseFilters } from './people-filter';

const NOW = Date.UTC(2026, 10, 23, 3);
const person = (patch: Partial<Contact>): Contact => ({ ...blankContact({ site: 'linkedin', handle: 'p' }, NOW - 400 * DAY_MS), ...patch });

describe('filters in the query string', () => {
  it('round-trips every filter in a fixed order and leaves the hash alone', () => {
    const f = { industry: 'education', tags: ['勉強会 & co'], site: 'x' as const, status: 'overdue' as const, within: null, notFor: 30, imported: true, cadence: 14, region: '福岡' };
    const search = filtersToSearch(f);
    expect(search).toBe('?industry=education&tag=%E5%8B%89%E5%BC%B7%E4%BC%9A+%26+co&site=x&status=overdue&notfor=30&imported=1&cadence=14&region=%E7%A6%8F%E5%B2%A1');
    expect(parseFilters(search)).toEqual(f);
    expect(filterCount(f)).toBe(8);
    expect(filtersToSearch(NO_FILTERS)).toBe('');
  });

  it('keeps several tags, in order, each once (all must match)', () => {
    const f = { ...NO_FILTERS, tags: ['mentor', 'tokyo'] };
    expect(filtersToSearch(f)).toBe('?tag=mentor&tag=tokyo');
    expect(parseFilters('?tag=mentor&tag=%20tokyo%20&tag=mentor&tag=').tags).toEqual(['mentor', 'tokyo']);
    expect(filterCount(f)).toBe(2);
    expect(parseFilters(Array.from({ length: 20 }, (_, i) => `tag=t${i}`).join('&')).tags).toHaveLength(MAX_FILTER_TAGS);
  });

  it('ignores what it cannot read instead of failing', () => {
    expect(parseFilters('?industry=astrology&site=facebook&status=later&within=-3&notfor=99999&cadence=abc&imported=yes&tag=')).toEqual(NO_FILTERS);
    expect(parseFilters(`?tag=${'x'.repeat(201)}`).tags).toEqual([]);
    expect(parseFilters(`?region=${'x'.repeat(201)}`).region).toBeNull();
    expect(parseFilters('?region=%20%20').region).toBeNull();
    expect(parseFilters('?industry=none&cadence=default').industry).toBe('none');
  });
});

describe('matchesFilters', () => {
  it('combines every filter that is set', () => {
    const c = person({ industry: 'education', tags: ['mentor'], lastContactAt: NOW - 10 * DAY_MS, nextDueAt: NOW + DAY_MS });
    expect(matchesFilters(c, NO_FILTERS, NOW)).toBe(true);
    expect(matchesFilters(c, { ...NO_FILTERS, industry: 'education', tags: ['mentor'], site: 'linkedin', within: 30 }, NOW)).toBe(true);
    expect(matchesFilters(c, { ...NO_FILTERS, industry: 'education', tags: ['client'] }, NOW)).toBe(false);
    expect(matchesFilters({ ...c, tags: ['mentor', 'client'] }, { ...NO_FILTERS, tags: ['mentor', 'client'] }, NOW)).toBe(true);
    expect(matchesFilters(c, { ...NO_FILTERS, tags: ['mentor', 'client'] }, NOW)).toBe(false);
    expect(matchesFilters(c, { ...NO_FILTERS, industry: 'none' }, NOW)).toBe(false);
    expect(matchesFilters(c, { ...NO_FILTERS, site: 'x' }, NOW)).toBe(false);
    expect(matchesFilters(c, { ...NO_FILTERS, within: 5 }, NOW)).toBe(false);
    expect(matchesFilters(c, { ...NO_FILTERS, notFor: 5 }, NOW)).toBe(true);
    expect(matchesFilters(c, { ...NO_FILTERS, notFor: 30 }, NOW)).toBe(false);
  });

  it('matches a region folded: width, kana and case, never a person without one', () => {
    expect(matchesFilters(person({ region: 'ﾌｸｵｶ' }), { ...NO_FILTERS, region: 'ふくおか' }, NOW)).toBe(true);
    expect(matchesFilters(person({ region: 'Fukuoka' }), { ...NO_FILTERS, region: 'FUKUOKA' }, NOW)).toBe(true);
    expect(matchesFilters(person({ region: '福岡' }), { ...NO_FILTERS, region: 'Fukuoka' }, NOW)).toBe(false);
    expect(matchesFilters(person({}), { ...NO_FILTERS, region: '福岡' }, NOW)).toBe(false);
  });

  it('tells due, overdue, snoozed, never contacted and reminders off apart', () => {
    const status = (c: Contact) => (['due', 'overdue', 'snoozed', 'never', 'off'] as const).filter((s) => matchesFilters(c, { ...NO_FILTERS, status: s }, NOW));
    expect(status(person({ lastContactAt: NOW - 100 * DAY_MS, nextDueAt: NOW - 5 * DAY_MS }))).toEqual(['due', 'overdue']);
    expect(status(person({ lastContactAt: NOW - 100 * DAY_MS, nextDueAt: NOW - 1000 }))).toEqual(['due']);
    expect(status(person({ lastContactAt: null, nextDueAt: NOW + DAY_MS, snoozedUntil: NOW + DAY_MS }))).toEqual(['snoozed', 'never']);
    expect(status(person({ lastContactAt: NOW - DAY_MS, nextDueAt: null, cadenceDays: 0 }))).toEqual(['off']);
  });

  it('finds imported people never touched, and cadences', () => {
    expect(matchesFilters(person({ connectedAt: NOW - 900 * DAY_MS }), { ...NO_FILTERS, imported: true }, NOW)).toBe(true);
    expect(matchesFilters(person({ connectedAt: NOW - 900 * DAY_MS, lastContactAt: NOW }), { ...NO_FILTERS, imported: true }, NOW)).toBe(false);
    expect(matchesFilters(person({}), { ...NO_FILTERS, imported: true }, NOW)).toBe(false);
    expect(matchesFilters(person({}), { ...NO_FILTERS, cadence: 'default' }, NOW)).toBe(true);
    expect(matchesFilters(person({ cadenceDays: 0 }), { ...NO_FILTERS, cadence: 'none' }, NOW)).toBe(true);
    expect(matchesFilters(person({ cadenceDays: 14 }), { ...NO_FILTERS, cadence: 14 }, NOW)).toBe(true);
    expect(matchesFilters(person({ cadenceDays: 14 }), { ...NO_FILTERS, cadence: 'default' }, NOW)).toBe(false);
  });
});
