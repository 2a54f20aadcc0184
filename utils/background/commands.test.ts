import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { OPEN_PEOPLE_COMMAND, openPeopleOnCommand } from './commands';

describe('openPeopleOnCommand', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens people.html for its command and ignores others', async () => {
    const urls = async () => (await browser.tabs.query({})).map((tab) => tab.url);
    const before = await urls();
    await openPeopleOnCommand('something-else');
    expect(await urls()).toEqual(before);
    await openPeopleOnCommand(OPEN_PEOPLE_COMMAND);
    expect(await urls()).toEqual([...before, browser.runtime.getURL('/people.html')]);
  });
});
