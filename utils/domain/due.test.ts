import { describe, expect, it } from 'vitest';
import { DAY_MS, type ContactId } from '../model';
import { sortDue } from './due';

const now = Date.parse('2025-06-01T00:00:00Z');
const c = (id: string, nextDueAt: number | null, snoozedUntil: number | null = null) => ({
  id: id as ContactId,
  nextDueAt,
  snoozedUntil,
});

describe('sortDue', () => {
  it('lists only due contacts, most overdue first, ties by id', () => {
    const list = [
      c('x:late', now - DAY_MS),
      c('linkedin:b', now - 10 * DAY_MS),
      c('linkedin:a', now - 10 * DAY_MS),
      c('x:future', now + DAY_MS),
      c('x:never', null),
      c('x:snoozed', now - 20 * DAY_MS, now + DAY_MS),
      c('x:now', now),
    ];
    expect(sortDue(list, now).map((x) => x.id)).toEqual(['linkedin:a', 'linkedin:b', 'x:late', 'x:now']);
  });

  it('does not modify its input', () => {
    const list = [c('x:b', now - 1), c('x:a', now - 2)];
    sortDue(list, now);
    expect(list.map((x) => x.id)).toEqual(['x:b', 'x:a']);
  });
});
