/**
 * Launches Debian's Chromium with the built extension, serves fixture pages at the real LinkedIn
 * and X URLs (the content scripts run on them as they would for a user), and records every
 * request so a test can prove the extension made none of its own.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';
import { CHROME_DIR, CHROMIUM_PATH } from './paths';

export interface Served {
  /** Full URL (without hash) → HTML, or a function for a delayed / changing page. */
  [url: string]: string;
}

export interface ExtensionSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every request seen in the browser, with who made it. */
  requests: RecordedRequest[];
  /** The welcome page the install opened, when launched with `keepWelcome` (else it was closed). */
  welcome: Page | null;
  serve: (pages: Served) => void;
  openPopup: () => Promise<Page>;
  openOptions: () => Promise<Page>;
  /** Requests that the extension made or caused beyond loading the served pages. */
  foreignRequests: () => RecordedRequest[];
  close: () => Promise<void>;
}

export interface RecordedRequest {
  url: string;
  resourceType: string;
  fromExtension: boolean;
}

const SCRIPT_INITIATED = new Set(['fetch', 'xhr', 'websocket', 'eventsource', 'ping', 'beacon']);

export async function launchExtension(options: { locale?: string; extDir?: string; keepWelcome?: boolean } = {}): Promise<ExtensionSession> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'kakehashi-e2e-'));
  const extDir = options.extDir ?? CHROME_DIR;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: options.locale ?? 'en-US',
    args: [
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      `--lang=${options.locale ?? 'en-US'}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // A fresh profile is a fresh install: the extension opens its welcome page. Close it (unless the
  // suite is about it) so that it never races a test waiting for the next page to open.
  const welcome = await waitForPage(context, `chrome-extension://${extensionId}/welcome.html`);
  if (welcome && !options.keepWelcome) await welcome.close();
  const pages: Served = {};
  const requests: RecordedRequest[] = [];

  const record = (request: Request) => {
    const frameUrl = safeFrameUrl(request);
    requests.push({
      url: request.url(),
      resourceType: request.resourceType(),
      fromExtension: request.serviceWorker() !== null || frameUrl.startsWith('chrome-extension://'),
    });
  };
  context.on('request', record);

  // Serve fixtures at their real URLs; anything else on the internet is refused (and recorded).
  await context.route(/^https?:\/\//, async (route) => {
    const url = route.request().url().split('#')[0]!;
    const body = pages[url];
    if (body !== undefined && route.request().resourceType() === 'document') {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    } else {
      await route.abort('blockedbyclient');
    }
  });

  return {
    context,
    worker,
    extensionId,
    requests,
    welcome: options.keepWelcome ? welcome : null,
    serve: (more) => Object.assign(pages, more),
    openPopup: () => openExtensionPage(context, extensionId, 'popup.html'),
    openOptions: () => openExtensionPage(context, extensionId, 'options.html'),
    foreignRequests: () =>
      requests.filter((r) => {
        if (!/^(https?|wss?):/.test(r.url)) return false;
        // The popup, options page or service worker going online at all.
        if (r.fromExtension) return true;
        // The fixture pages carry no scripts (stripped when captured), so a script-initiated
        // request from a site page can only come from our content script. The pages' own markup
        // (images, styles, preloads, iframes) is the page's business and is blocked anyway.
        return SCRIPT_INITIATED.has(r.resourceType);
      }),
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The page at `url` once it is open, or null when none opened within `timeoutMs`. */
async function waitForPage(context: BrowserContext, url: string, timeoutMs = 10_000): Promise<Page | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const page = context.pages().find((p) => p.url().startsWith(url));
    if (page) return page;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return null;
}

function safeFrameUrl(request: Request): string {
  try {
    return request.frame().url();
  } catch {
    return '';
  }
}

async function openExtensionPage(context: BrowserContext, id: string, file: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/${file}`);
  return page;
}

/** Runs code in the extension's service worker (seeding, inspecting the database). */
export function inWorker<T>(session: ExtensionSession, fn: () => Promise<T> | T): Promise<T> {
  return session.worker.evaluate(fn);
}
