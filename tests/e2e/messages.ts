/**
 * The product's own strings, for what a test expects to see: read from public/_locales through the
 * shipped translator, never copied into a test. Plural forms are named by key (`_one`/`_other`), so
 * the test still checks that the page picked the right one.
 */
import { translatorFor } from '../../utils/locale-messages';

export const en = translatorFor('en');
export const ja = translatorFor('ja');

/** A message's text up to its first placeholder, for a check whose variable part the test does not fix. */
export function upToFirstPlaceholder(translate: typeof en, key: Parameters<typeof en>[0]): string {
  return translate(key, '\u0000').split('\u0000')[0]!;
}
