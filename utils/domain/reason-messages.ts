/**
 * Industry names are messages (`industry_<id with _>`) in `public/_locales/{en,ja}/messages.json`,
 * next to the suggestion reasons (`reason_*`).
 */

/** The message key of an industry's name: `financial-services` → `industry_financial_services`. */
export function industryMessageKey(id: string): string {
  return `industry_${id.replace(/-/g, '_')}`;
}
