/**
 * Messages from the popup to the content script of the current tab (`tabs.sendMessage`), for
 * "On this page". The background is not involved: the popup asks the page who is linked there now,
 * then asks the background (`contacts:on-page`) which of them are contacts.
 *
 * Who may send: only our own extension pages (`classifySender` says 'extension'). Another
 * extension cannot reach our content script with `tabs.sendMessage`, and the page's own scripts
 * cannot send runtime messages at all; the check is there so that a future sender (another
 * content script of ours, a frame) is refused by default. Payloads are checked by hand here
 * because this runs in the content script, which must not bundle valibot.
 */
import { LIMITS } from '../limits';
import type { Site } from '../model';
import { isValidHandle } from '../sites/handle';

export interface PageMessageMap {
  /** Who is linked on the page now: handles only, page order, the user excluded. */
  'page:people': { req: Record<string, never>; res: { site: Site; handles: string[] } };
  /** Scroll the page to the first link to this person; false when they are no longer on it. */
  'page:scroll-to': { req: { handle: string }; res: boolean };
}

export type PageMessageType = keyof PageMessageMap;
export type PageEnvelope = { [T in PageMessageType]: { type: T; payload: PageMessageMap[T]['req'] } }[PageMessageType];

/**
 * The handles from a `page:people` reply that `contacts:on-page` can be asked about: valid handles
 * of the reply's site (the one rule per site, sites/handle.ts), at most `LIMITS.pageHandles`. A page can link anything (a slug
 * longer than a handle can be), and one such link must not get the whole list refused.
 */
export function handlesToLookUp(reply: unknown): string[] {
  const { site, handles } = (reply as { site?: unknown; handles?: unknown } | null) ?? {};
  if (typeof site !== 'string' || !Array.isArray(handles)) return [];
  return handles.filter((h): h is string => typeof h === 'string' && isValidHandle(site, h)).slice(0, LIMITS.pageHandles);
}

/** Whether a message is a well-formed page message (type known, payload of the right shape). */
export function isPageEnvelope(message: unknown): message is PageEnvelope {
  if (typeof message !== 'object' || message === null) return false;
  const { type, payload } = message as { type?: unknown; payload?: unknown };
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return false;
  const keys = Object.keys(payload);
  if (type === 'page:people') return keys.length === 0;
  if (type === 'page:scroll-to') {
    const { handle } = payload as { handle?: unknown };
    return keys.length === 1 && typeof handle === 'string' && (isValidHandle('linkedin', handle) || isValidHandle('x', handle));
  }
  return false;
}
