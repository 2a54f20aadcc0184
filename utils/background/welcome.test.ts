import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openWelcomeOnInstall } from './welcome';

describe('welcome page on install', () => {
  let create: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    fakeBrowser.reset();
    create = vi.fn(async () => ({}));
    fakeBrowser.tabs.create = create as unknown as typeof fakeBrowser.tabs.create;
  });

  it('opens on a fresh install', async () => {
    await openWelcomeOnInstall({ reason: 'install' });
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/welcome.html') });
  });

  it('does not open on an update, a browser update or a shared-module update', async () => {
    for (const reason of ['update', 'browser_update', 'chrome_update', 'shared_module_update'] as const) {
      await openWelcomeOnInstall({ reason });
    }
    expect(create).not.toHaveBeenCalled();
  });
});
