import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLanguageOverride } from '@/utils/i18n';
import { MessageError } from '@/utils/messaging/client';
import { errorMessage } from './error-message';

const messages = (lang: 'en' | 'ja') =>
  JSON.parse(readFileSync(new URL(`../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as Record<string, { message: string }>;

describe('errorMessage', () => {
  afterEach(() => setLanguageOverride(null));

  it("never shows the validator's English words for a refused save, in either language", () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const refused = new MessageError('invalid', 'invalid note:add at profile.handle: bad slug');
    for (const lang of ['en', 'ja'] as const) {
      setLanguageOverride(lang, messages(lang));
      const text = errorMessage(refused);
      expect(text).toBe(messages(lang).errorInvalid!.message);
      expect(text).not.toMatch(/bad slug|note:add|profile\.handle/);
    }
  });
});
