/**
 * Content-script side of "On this page" (DESIGN.md, "People on this page"): answers the popup's
 * `page:people` with the handles linked on the page now, and `page:scroll-to` by scrolling to the
 * first link to that person. It never writes to the page's DOM and does no work until asked, so a
 * feed costs nothing while the user scrolls it; asked, it reads the links in short slices.
 */
import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Site } from '@/utils/model';
import { isPageEnvelope, type PageEnvelope, type PageMessageMap } from '@/utils/messaging/page-contract';
import { classifySender } from '@/utils/messaging/sender';
import { nextTurn } from '@/utils/next-turn';
import { createScanner, type PeopleRules, type PeopleScanner } from '@/utils/sites/people-scanner';
import { SLICE_BUDGET_MS } from '../marks/budget';

type PageReply = PageMessageMap[keyof PageMessageMap]['res'];

/** Links looked at between two looks at the clock. */
const CLOCK_EVERY = 32;

/**
 * The people linked on the page, read in slices of at most `SLICE_BUDGET_MS` with a turn of the
 * event loop between them: a feed scrolled to 1,000 posts has thousands of links, and reading them
 * in one go is a long task in the site's page. The links are those on the page when asked.
 */
export async function handlesInSlices(scanner: PeopleScanner, doc: Document, url: URL, budgetMs: number = SLICE_BUDGET_MS): Promise<string[]> {
  const own = scanner.ownHandles(doc, url);
  const links = doc.querySelectorAll('a[href]');
  const seen = new Set<string>();
  let next = 0;
  while (next < links.length) {
    const deadline = performance.now() + budgetMs;
    while (next < links.length) {
      const handle = scanner.personOf(links[next]!, url, own);
      if (handle) seen.add(handle);
      if (++next % CLOCK_EVERY === 0 && performance.now() >= deadline) break;
    }
    if (next < links.length) await nextTurn();
  }
  return [...seen];
}

async function answer(envelope: PageEnvelope, site: Site, scanner: PeopleScanner, doc: Document, url: URL): Promise<PageReply> {
  if (envelope.type === 'page:people') return { site, handles: await handlesInSlices(scanner, doc, url) };
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
    const failed = (error: unknown) => {
      // Never throw into the page; the popup then shows nothing for this tab.
      console.warn('[Kakehashi] could not read the people on this page', error);
      sendResponse(null);
    };
    try {
      void answer(message, site, scanner, document, new URL(location.href)).then(sendResponse, failed);
    } catch (error) {
      failed(error);
    }
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
