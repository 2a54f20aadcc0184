import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { KakehashiDb } from '../db/schema';
import { saveSettings } from '../db/settings';
import { freshDb } from '../db/test-db';
import { LIVE_SETTINGS_KEY, parseLiveSettings } from '../messaging/live-settings';
import { mirrorSettings } from './settings-mirror';

let db: KakehashiDb;
beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb();
});
afterEach(() => db.close());

const mirror = async () => parseLiveSettings((await fakeBrowser.storage.local.get(LIVE_SETTINGS_KEY))[LIVE_SETTINGS_KEY]);

describe('settings mirror for open tabs', () => {
  it('carries the saved language and quiet mode, defaults before anything was saved', async () => {
    await mirrorSettings(db);
    expect(await mirror()).toEqual({ language: 'auto', quietMode: false, inlineMarks: false });
    await saveSettings(db, { language: 'ja', quietMode: true, inlineMarks: true, industry: 'education' }, () => null);
    await mirrorSettings(db);
    // Only what the panel needs: nothing else of the settings reaches storage the page side reads.
    expect((await fakeBrowser.storage.local.get(LIVE_SETTINGS_KEY))[LIVE_SETTINGS_KEY]).toEqual({ language: 'ja', quietMode: true, inlineMarks: true });
  });

  it('is read back only when it has our shape', () => {
    expect(parseLiveSettings({ language: 'ja', quietMode: false })).toEqual({ language: 'ja', quietMode: false, inlineMarks: false });
    expect(parseLiveSettings({ language: 'en', quietMode: false, inlineMarks: true })).toEqual({ language: 'en', quietMode: false, inlineMarks: true });
    for (const junk of [undefined, null, 'ja', { language: 'fr', quietMode: false }, { language: 'ja' }, { language: 'ja', quietMode: 'yes' }, { language: 'ja', quietMode: false, inlineMarks: 'on' }]) {
      expect(parseLiveSettings(junk)).toBeNull();
    }
  });
});
