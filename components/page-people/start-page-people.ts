/**
 * Content-script side of "On this page" (DESIGN.md, "People on this page"): answers the popup's
 * `page:people` with the handles linked on the page now, and `page:scroll-to` by scrolling to the
 * first link to that person. It never writes to the page's DOM and does no work until asked, so a
 * feed costs nothing while the user scrolls it.
 */
import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Site } from '@/utils/model';
import { isPageEnvelope, type PageEnvelope, type PageMessageMap } from '@/utils/messaging/page-contract';
import { classifySender } from '@/utils/messaging/sender';
import { createScanner, type PeopleRules, type PeopleScanner } from '@/utils/sites/people-scanner';

type PageReply = PageMessageMap[keyof PageMessageMap]['res'];

function answer(envelope: PageEnvelope, site: Site, scanner: PeopleScanner, doc: Document, url: URL): PageReply {
  if (envelope.type === 'page:people') return { site, handles: scanner.handles(doc, url) };
  const link = scanner.firstLinkTo(doc, url, envelope.payload.handle);
  // A user-initiated scroll of the user's own view (the click in the popup); nothing is clicked.
  link?.scrollIntoView({ block: 'center' });
  return link !== null;
}

/** Starts answering the popup for this tab; stops with the content script's context. */
/** `rules`: this content script's own site's (`<site>/people-links.ts`), so it ships no other site's. */
export function startPagePeople(ctx: ContentScriptContext, site: Site, rules: PeopleRules): void {
  const scanner = createScanner(rules);
  const extensionOrigin = browser.runtime.getURL('/').replace(/\/$/, '');
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: unknown) => void) => {
    // Only our own extension pages; anything else gets no answer at all.
    if (classifySender(sender, browser.runtime.id, extensionOrigin) !== 'extension') return undefined;
    if (!isPageEnvelope(message)) return undefined;
    try {
      sendResponse(answer(message, site, scanner, document, new URL(location.href)));
    } catch (error) {
      // Never throw into the page; the popup then shows nothing for this tab.
      console.warn('[Kakehashi] could not read the people on this page', error);
      sendResponse(null);
    }
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
