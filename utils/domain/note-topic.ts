/**
 * "Last time you talked about …": the topic of a note, for a conversation starter. The user's own
 * words, not a summary: the note's first line, spaces collapsed, cut to a short phrase (at a word
 * boundary where the text has spaces; Japanese has none, so it is cut by characters).
 */
export const TOPIC_MAX = 40;

/** The topic phrase of a note body; null when it has no words. */
export function noteTopic(body: string): string | null {
  const line = body.split(/\r?\n/).map((l) => l.replace(/\s+/g, ' ').trim()).find(Boolean);
  if (!line) return null;
  const chars = [...line];
  if (chars.length <= TOPIC_MAX) return line.replace(/[。．.!！?？、,;:]+$/u, '') || null;
  const head = chars.slice(0, TOPIC_MAX).join('');
  const space = head.lastIndexOf(' ');
  const cut = space >= TOPIC_MAX / 2 ? head.slice(0, space) : head;
  return `${cut.replace(/[\s。．.!！?？、,;:]+$/u, '')}…`;
}
