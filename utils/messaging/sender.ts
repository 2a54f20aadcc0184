import type { Site } from '../model';
import type { SenderKind } from './contract';

/** The parts of `runtime.MessageSender` the background trusts. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

/** Pages our content scripts run on; a message from any other web page is refused. */
const CONTENT_ORIGINS = ['https://www.linkedin.com', 'https://x.com'];

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    // Not `URL.origin`: for chrome-extension:// and moz-extension:// it is "null" outside browsers.
    const { protocol, host } = new URL(url);
    return host ? `${protocol}//${host}` : null;
  } catch {
    return null;
  }
}

/**
 * Classifies a sender: our own extension pages (popup, options) or our content script in a
 * LinkedIn/X tab. Anything else (another extension, a web page, a sandboxed frame) gets null.
 */
export function classifySender(sender: SenderInfo, runtimeId: string, extensionOrigin: string): SenderKind | null {
  if (sender.id !== runtimeId) return null;
  const origin = originOf(sender.url);
  if (origin && origin === extensionOrigin) return 'extension';
  if (sender.tab && origin && CONTENT_ORIGINS.includes(origin)) {
    // tab.url may be absent while a tab navigates; when present it must agree with the frame.
    if (sender.tab.url === undefined || originOf(sender.tab.url) === origin) return 'content';
  }
  return null;
}

/** The site whose page sent the message (its frame's origin), or null for any other sender. */
export function senderSite(sender: SenderInfo): Site | null {
  const origin = originOf(sender.url);
  if (origin === 'https://www.linkedin.com') return 'linkedin';
  if (origin === 'https://x.com') return 'x';
  return null;
}
