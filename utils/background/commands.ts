import { browser } from 'wxt/browser';

/** The manifest `commands` entry (wxt.config.ts) that opens the People page. */
export const OPEN_PEOPLE_COMMAND = 'open-people';

/**
 * Opens the People page in a new tab for the keyboard command. Creating a tab at the extension's
 * own URL needs no `tabs` permission.
 */
export async function openPeopleOnCommand(command: string): Promise<void> {
  if (command !== OPEN_PEOPLE_COMMAND) return;
  await browser.tabs.create({ url: browser.runtime.getURL('/people.html') });
}
