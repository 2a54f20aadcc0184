import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DAY_MS } from '../model';
import { localShownSuggestions, withShown } from './shown-suggestions';

const NOW = Date.UTC(2026, 10, 23, 3);

beforeEach(() => fakeBrowser.reset());

describe('shown suggestions (damping marks outside the database)', () => {
  it('marks a person at most once a day, and forgets marks older than the damping window', () => {
    const marks = [{ contactId: 'linkedin:old' as const, at: NOW - 20 * DAY_MS }, { contactId: 'linkedin:a' as const, at: NOW - 2 * DAY_MS }];
    expect(withShown(marks, 'linkedin:a', NOW)).toEqual([{ contactId: 'linkedin:a', at: NOW - 2 * DAY_MS }, { contactId: 'linkedin:a', at: NOW }]);
    expect(withShown([{ contactId: 'linkedin:a', at: NOW - 1000 }], 'linkedin:a', NOW)).toBeNull();
  });

  it('keeps them in storage.local and reads them back as "shown" log entries', async () => {
    await localShownSuggestions.record('linkedin:a', NOW - 3 * DAY_MS);
    await localShownSuggestions.record('linkedin:a', NOW - 3 * DAY_MS + 1000);
    await localShownSuggestions.record('linkedin:a', NOW);
    expect(await localShownSuggestions.read(NOW)).toEqual([
      { contactId: 'linkedin:a', at: NOW - 3 * DAY_MS, outcome: 'shown' },
      { contactId: 'linkedin:a', at: NOW, outcome: 'shown' },
    ]);
  });

  it('ignores a malformed stored value', async () => {
    await fakeBrowser.storage.local.set({ suggestionShown: [{ contactId: 5 }, 'x', { contactId: 'linkedin:a', at: NOW }] });
    expect(await localShownSuggestions.read(NOW)).toEqual([{ contactId: 'linkedin:a', at: NOW, outcome: 'shown' }]);
  });
});
