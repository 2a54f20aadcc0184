/**
 * Field readers for LinkedIn's Connections.csv: profile URL → handle, and the two "Connected On" date
 * formats. Kept apart from the file parser so each quirk has its own small, tested function.
 */
import { linkedinKeyFromUrl } from '../sites/linkedin/detect';
import { isStoredTime } from '../time-bounds';

/**
 * The contact handle of a LinkedIn profile URL as written in Connections.csv, keyed exactly as the
 * panel keys it: the scheme is normalised (CSV rows may say `http://` or leave it out, as people paste
 * them), then the site adapter's `linkedinKeyFromUrl` decides, so an imported row and a later profile
 * visit can never produce two contacts for one person. Null when `raw` is not a member profile URL
 * (a company page, an old `/pub/` URL, `/in/me/`, another site, broken percent-encoding).
 *
 * Examples: `https://www.linkedin.com/in/Taro-Yamada-3b2a1/` → `taro-yamada-3b2a1`;
 * `linkedin.com/in/%E5%B1%B1%E7%94%B0?trk=x` → `山田`.
 */
export function linkedInHandleFromUrl(raw: string): string | null {
  const trimmed = raw.trim();
  if (!trimmed) return null;
  const withScheme = /^https?:\/\//i.test(trimmed)
    ? trimmed.replace(/^http:/i, 'https:')
    : /^[a-z][a-z0-9+.-]*:/i.test(trimmed)
      ? null // ftp:, javascript:, mailto: …
      : `https://${trimmed}`;
  if (withScheme === null) return null;
  try {
    return linkedinKeyFromUrl(new URL(withScheme))?.handle ?? null;
  } catch {
    return null; // not a URL at all
  }
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

function monthOf(name: string): number | undefined {
  const lower = name.toLowerCase();
  return MONTHS[lower] ?? MONTHS[lower.slice(0, 3)];
}

function isoDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null; // 31 Feb and friends
  }
  // Outside the range every stored time keeps (a typo like 1926), so a backup of it restores too.
  if (!isStoredTime(date.getTime())) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * "Connected On" → `YYYY-MM-DD`, `null` when the cell is empty, `undefined` when it cannot be read.
 *
 * - current exports: `07 Feb 2026` (a full month name is accepted too);
 * - older exports: `1/8/18, 6:14 PM`, month/day/two-digit year in US order; the time is dropped.
 *   Two-digit years are 20xx: LinkedIn started in 2003, so no connection predates 2000;
 * - ISO `2026-02-07`, in case the file went through a spreadsheet.
 */
export function parseConnectedOn(raw: string): string | null | undefined {
  const value = raw.trim();
  if (!value) return null;
  let m = /^(\d{1,2})[ -]([A-Za-z]{3,9})\.?[ -](\d{4})$/.exec(value);
  if (m) {
    const month = monthOf(m[2]!);
    return month ? (isoDay(Number(m[3]), month, Number(m[1])) ?? undefined) : undefined;
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)?$/.exec(value);
  if (m) {
    const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return isoDay(year, Number(m[1]), Number(m[2])) ?? undefined;
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return isoDay(Number(m[1]), Number(m[2]), Number(m[3])) ?? undefined;
  return undefined;
}
