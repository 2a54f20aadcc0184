/**
 * The background's single entry for messages: check the sender against the allow-list, validate
 * the payload, run the handler, and always answer with a `Reply` (never throw across the boundary).
 */
import { toStoreError } from '../db/errors';
import type { Site } from '../model';
import { SENDERS, type MessageType, type SenderKind, type Reply, type Request, type Response } from './contract';
import { classifySender, senderSite, type SenderInfo } from './sender';
import { validateEnvelope } from './validate';

/** What the background knows about who sent a message (from the browser, never the payload). */
export interface SenderContext {
  kind: SenderKind;
  /** The sending tab, for content scripts. */
  tabId: number | null;
  /** The site of the sending tab's frame, for content scripts: what a page may vouch for. */
  site?: Site | null;
}

export type Handlers = { [T in MessageType]: (payload: Request<T>, sender: SenderContext) => Promise<Response<T>> };

export interface RouterOptions {
  runtimeId: string;
  extensionOrigin: string;
  /** Called after a handler that may have written succeeds (badge refresh). */
  afterWrite?: (type: MessageType) => void;
  /** The clock that message dates are checked against. */
  now?: () => number;
}

const READ_ONLY: ReadonlySet<MessageType> = new Set([
  'contact:get', 'contacts:list-recent', 'settings:get', 'locale:messages', 'tags:list', 'tab:profile', 'tab:current', 'contacts:on-page', 'marks:lookup',
  // Writes only its own cache row (popup-home.ts) and the shown marks (storage.local): nothing the badge counts.
  'popup:home',
]);

export function createRouter(handlers: Handlers, options: RouterOptions) {
  return async function route(message: unknown, sender: SenderInfo): Promise<Reply> {
    const kind = classifySender(sender, options.runtimeId, options.extensionOrigin);
    if (!kind) return { ok: false, error: { code: 'forbidden', message: 'Unknown sender.' } };
    const checked = validateEnvelope(message, (options.now ?? Date.now)());
    if (!checked.ok) return { ok: false, error: { code: 'invalid', message: checked.message } };
    const { type, payload } = checked.envelope;
    if (!SENDERS[type].includes(kind)) {
      return { ok: false, error: { code: 'forbidden', message: `${type} is not allowed from ${kind}.` } };
    }
    try {
      const handler = handlers[type] as (p: typeof payload, s: SenderContext) => Promise<Response<typeof type>>;
      const data = await handler(payload, { kind, tabId: sender.tab?.id ?? null, site: kind === 'content' ? senderSite(sender) : null });
      if (!READ_ONLY.has(type)) options.afterWrite?.(type);
      return { ok: true, data };
    } catch (error) {
      const { code, message: text } = toStoreError(error);
      if (code === 'internal') console.error('[Kakehashi]', type, error);
      return { ok: false, error: { code, message: text } };
    }
  };
}
