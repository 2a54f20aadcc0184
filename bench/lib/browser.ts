/**
 * Debian's Chromium, with or without the built extension (the "without" run is the baseline that
 * makes "extension-caused" measurable). Pages are served at their real LinkedIn/X URLs by request
 * interception, so the content scripts run on them as they would for a user; every other request is
 * refused. Adapted from tests/e2e/harness.ts, which has no extension-less mode.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_PATH } from '../../tests/e2e/paths';

export interface BenchBrowser {
  context: BrowserContext;
  /** Null in the baseline browser. */
  extensionId: string | null;
  /** Full URL (without hash) → HTML. */
  serve: (pages: Record<string, string>) => void;
  openExtensionPage: (file: string, beforeGoto?: (page: Page) => Promise<void>) => Promise<Page>;
  close: () => Promise<void>;
}

/**
 * `keepDir`: use (and keep) this profile instead of a fresh temp one, so a seeded 100,000-contact
 * database can be measured again without seeding it again. The extension id comes from `extDir`'s
 * path, so the same `extDir` path must be used each time.
 */
export async function launchBrowser(extDir: string | null, keepDir?: string): Promise<BenchBrowser> {
  const userDataDir = keepDir ?? mkdtempSync(path.join(os.tmpdir(), 'kakehashi-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: 'en-US',
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    args: [
      ...(extDir ? [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`] : []),
      '--lang=en-US',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  let extensionId: string | null = null;
  if (extDir) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  }
  const pages: Record<string, string> = {};
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
    extensionId,
    serve: (more) => Object.assign(pages, more),
    openExtensionPage: async (file, beforeGoto) => {
      if (!extensionId) throw new Error('The baseline browser has no extension pages');
      const page = await context.newPage();
      await beforeGoto?.(page);
      await page.goto(`chrome-extension://${extensionId}/${file}`);
      return page;
    },
    close: async () => {
      await context.close();
      if (!keepDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
