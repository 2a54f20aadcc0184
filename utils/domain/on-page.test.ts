import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../model';
import { noteExcerpt, sortOnPage } from './on-page';

const NOW = Date.UTC(2026, 11, 1);
const c = (id: string, nextDueAt: number | null, snoozedUntil: number | null = null) => ({ id: id as `x:${string}`, nextDueAt, snoozedUntil });

describe('sortOnPage', () => {
  it('puts the longest-due first, then the soonest due, then people without reminders', () => {
    const people = [c('x:later', NOW + 9 * DAY_MS), c('x:none', null), c('x:due', NOW - DAY_MS), c('x:soon', NOW + DAY_MS), c('x:overdue', NOW - 30 * DAY_MS)];
    expect(sortOnPage(people, NOW).map((p) => p.id)).toEqual(['x:overdue', 'x:due', 'x:soon', 'x:later', 'x:none']);
  });

  it('does not count a snoozed person as due', () => {
    const people = [c('x:snoozed', NOW - 30 * DAY_MS, NOW + DAY_MS), c('x:due', NOW - DAY_MS)];
    expect(sortOnPage(people, NOW).map((p) => p.id)[0]).toBe('x:due');
  });
});

describe('noteExcerpt', () => {
  it('takes the first non-blank line, whitespace collapsed', () => {
    expect(noteExcerpt('\n  \n  Met at  the Fukuoka meetup\nsecond line')).toBe('Met at the Fukuoka meetup');
  });

  it('clamps long lines with an ellipsis, counting Japanese characters as one each', () => {
    const long = '福'.repeat(200);
    const excerpt = noteExcerpt(long, 10)!;
    expect([...excerpt]).toHaveLength(10);
    expect(excerpt.endsWith('…')).toBe(true);
  });

  it('gives null for no note or a blank one', () => {
    expect(noteExcerpt(undefined)).toBeNull();
    expect(noteExcerpt(' \n\t ')).toBeNull();
  });
});
