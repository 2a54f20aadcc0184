import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { BADGE_ALARM, ensureAlarms } from '@/utils/background/alarms';
import { createBadgeUpdater } from '@/utils/background/badge';
import { openPeopleOnCommand } from '@/utils/background/commands';
import { maybeNotifyDaily } from '@/utils/background/daily-notification';
import { mirrorSettings } from '@/utils/background/settings-mirror';
import { clearTabProfilesOnNavigation } from '@/utils/background/tab-profile-cleanup';
import { openDb } from '@/utils/db/schema';
import { createHandlers } from '@/utils/messaging/handlers';
import { createRouter } from '@/utils/messaging/router';

export default defineBackground(() => {
  const db = openDb();
  const refreshBadge = createBadgeUpdater(db);
  const updateBadge = () => void refreshBadge();
  const updateMirror = () => void mirrorSettings(db).catch((error) => console.error('[Kakehashi] settings mirror', error));
  const route = createRouter(createHandlers(db), {
    runtimeId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/').replace(/\/$/, ''),
    afterWrite: (type) => {
      updateBadge();
      // Restore writes settings from the options page directly, then asks for a badge refresh.
      if (type === 'settings:save' || type === 'badge:refresh') updateMirror();
    },
  });

  // Replies go through sendResponse + `return true`: it works in Chrome, Firefox and fakeBrowser.
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (reply: unknown) => void) => {
    void route(message, sender).then(sendResponse);
    return true;
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== BADGE_ALARM) return;
    updateBadge();
    void maybeNotifyDaily(db).catch((error) => console.error('[Kakehashi] daily reminder', error));
  });
  clearTabProfilesOnNavigation();
  browser.commands.onCommand.addListener(openPeopleOnCommand);
  void ensureAlarms();
  updateBadge();
  updateMirror();
});
