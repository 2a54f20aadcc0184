import { highlightRanges, type QueryPiece } from '@/utils/domain/search-text';

/** Text with the query's matches in `<mark>`: text nodes only, never markup from the data. */
export function Highlight({ text, pieces }: { text: string; pieces: readonly QueryPiece[] }) {
  const ranges = highlightRanges(text, pieces);
  if (!ranges.length) return <>{text}</>;
  const parts = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
