import { browser } from 'wxt/browser';

/** The first-run page (entrypoints/welcome). */
export const WELCOME_PATH = '/welcome.html';

/**
 * Opens the welcome page on a fresh install only: not on an update, a browser update or a
 * reload of an unpacked build, which would greet existing users again. A tab at the extension's
 * own URL needs no `tabs` permission.
 */
export async function openWelcomeOnInstall(details: { reason: string }): Promise<void> {
  if (details.reason !== 'install') return;
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
}
