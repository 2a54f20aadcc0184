import { highlightRanges, type QueryPiece } from '@/utils/domain/search-text';
import type { PersonRowData } from '@/utils/db/people';

/** Characters of a note shown in a list row. */
export const EXCERPT_LENGTH = 160;
/** Characters kept before the first match, so the match is on screen in a one-line excerpt. */
const LEAD = 30;

/**
 * The note text a row shows: the first note or touch note that matches the query (cut around the
 * match), else the newest note. Long notes are cut here, so a 10,000-character note costs the same
 * as a short one.
 */
export function noteExcerpt(row: PersonRowData, pieces: readonly QueryPiece[]): string {
  const texts = [...row.notes.map((n) => n.body), ...row.touchNotes.map((t) => t.note ?? '')].map((t) => t.replace(/\s+/g, ' '));
  let text = texts[0] ?? '';
  let from = 0;
  if (pieces.length) {
    for (const candidate of texts) {
      const first = highlightRanges(candidate, pieces)[0];
      if (first) {
        text = candidate;
        from = Math.max(0, first[0] - LEAD);
        break;
      }
    }
  }
  const cut = text.slice(from, from + EXCERPT_LENGTH);
  return `${from > 0 ? '…' : ''}${cut}${from + EXCERPT_LENGTH < text.length ? '…' : ''}`;
}
