import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StoreError } from '@/utils/db/errors';
import { parseBackup } from '@/utils/io/backup';
import { setLanguageOverride } from '@/utils/i18n';
import { translatorFor } from '@/utils/locale-messages';
import { MessageError } from '@/utils/messaging/client';
import { backupErrorMessage, describeError } from './data-messages';

const messages = (lang: 'en' | 'ja') =>
  JSON.parse(readFileSync(new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as Record<string, { message: string }>;

const backup = (data: Record<string, unknown>, counts = { contacts: 0, notes: 1, touches: 0, suggestionLog: 0 }) =>
  JSON.stringify({
    format: 'kakehashi-backup',
    version: 1,
    exportedAt: '2026-11-23T08:00:00.000Z',
    counts,
    data: {
      contacts: [],
      notes: [],
      touches: [],
      settings: { industry: null, defaultCadenceDays: 90, language: 'auto', quietMode: false, dailyNotification: false, diversityGoal: 5, onboardedAt: null },
      suggestionLog: [],
      ...data,
    },
  });

const refusal = (text: string) => {
  const parsed = parseBackup(text, Date.UTC(2026, 10, 23));
  if (parsed.ok) throw new Error('expected a refusal');
  return backupErrorMessage(parsed.error, parsed.detail);
};

describe('backup refusals in the user’s words', () => {
  afterEach(() => setLanguageOverride(null));

  it('name the damaged record, never the validator’s path or English words', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const badNote = backup({ notes: [{ id: 1, contactId: 'linkedin:a', body: 42, createdAt: 0, updatedAt: 0 }] });
    setLanguageOverride('en', messages('en'));
    const en = translatorFor('en');
    expect(refusal(badNote)).toBe(en('dataErrorInvalid', en('nu_backupProblemAt', en('nu_backupWhere_notes', 1))));
    setLanguageOverride('ja', messages('ja'));
    const ja = refusal(badNote);
    const jaText = translatorFor('ja');
    expect(ja).toBe(jaText('dataErrorInvalid', jaText('nu_backupProblemAt', jaText('nu_backupWhere_notes', 1))));
    expect(ja).not.toMatch(/[A-Za-z]/);
    // Totals that disagree with the contents, and anything else: still no English in Japanese.
    expect(refusal(backup({}, { contacts: 3, notes: 0, touches: 0, suggestionLog: 0 }))).not.toMatch(/[A-Za-z]/);
    expect(refusal(backup({ settings: { language: 'fr' } }))).not.toMatch(/[A-Za-z]/);
  });
});

describe('failed writes and reads in the user’s words', () => {
  afterEach(() => setLanguageOverride(null));

  it('say what happened in Japanese, with the technical detail only in the console', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    setLanguageOverride('ja', messages('ja'));
    const quota = Object.assign(new Error('QuotaExceededError: The quota has been exceeded.'), { name: 'QuotaExceededError' });
    const closed = Object.assign(new Error('Database has been closed'), { name: 'DatabaseClosedError' });
    const file = Object.assign(new Error('The requested file could not be read'), { name: 'NotReadableError' });
    const cases: unknown[] = [quota, new StoreError('quota', 'quota'), closed, file, new MessageError('internal', 'TypeError: x is undefined'), new Error('boom'), 'weird'];
    for (const error of cases) {
      const text = describeError(error);
      expect(text.replace(/Kakehashi/g, ''), String(error)).not.toMatch(/[A-Za-z]/);
    }
    expect(describeError(quota)).toBe(messages('ja').nu_failQuota!.message);
    expect(describeError(closed)).toBe(messages('ja').nu_failDatabase!.message);
    expect(log).toHaveBeenCalledWith('[Kakehashi]', quota);
  });
});
