import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { BADGE_ALARM, ensureAlarms } from '@/utils/background/alarms';
import { createBadgeUpdater } from '@/utils/background/badge';
import { openPeopleOnCommand } from '@/utils/background/commands';
import { DAILY_ALARM, onDailyAlarm, openDueListOnClick, scheduleDailyReminder } from '@/utils/background/daily-notification';
import { mirrorSettings } from '@/utils/background/settings-mirror';
import { openWelcomeOnInstall } from '@/utils/background/welcome';
import { clearTabProfilesOnNavigation } from '@/utils/background/tab-profile-cleanup';
import { openDb } from '@/utils/db/schema';
import { getSettings } from '@/utils/db/settings';
import { createHomeWarmer } from '@/utils/background/home-warmer';
import { createHandlers } from '@/utils/messaging/handlers';
import { localShownSuggestions } from '@/utils/messaging/shown-suggestions';
import { createRouter } from '@/utils/messaging/router';

export default defineBackground(() => {
  const db = openDb();
  const refreshBadge = createBadgeUpdater(db);
  const updateBadge = () => void refreshBadge();
  // The popup's home is recomputed shortly after every write, so opening the popup is one read.
  const homeWarmer = createHomeWarmer(db, localShownSuggestions);
  const updateMirror = () => void mirrorSettings(db).catch((error) => console.error('[Kakehashi] settings mirror', error));
  const armReminder = () =>
    void getSettings(db)
      .then((settings) => scheduleDailyReminder(settings))
      .catch((error) => console.error('[Kakehashi] daily reminder alarm', error));
  const route = createRouter(createHandlers(db), {
    runtimeId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/').replace(/\/$/, ''),
    afterWrite: (type) => {
      updateBadge();
      homeWarmer.schedule();
      // Restore writes settings from the options page directly, then asks for a badge refresh.
      if (type === 'settings:save' || type === 'badge:refresh') {
        updateMirror();
        armReminder();
      }
    },
  });

  // Replies go through sendResponse + `return true`: it works in Chrome, Firefox and fakeBrowser.
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (reply: unknown) => void) => {
    void route(message, sender).then(sendResponse);
    return true;
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BADGE_ALARM) {
      updateBadge();
      homeWarmer.refresh();
    }
    if (alarm.name === DAILY_ALARM) void onDailyAlarm(db).catch((error) => console.error('[Kakehashi] daily reminder', error));
  });
  // `notifications` is optional: its API exists only once granted, so listen as soon as it is.
  let listeningToClicks = false;
  const listenToClicks = () => {
    if (listeningToClicks || !browser.notifications) return;
    listeningToClicks = true;
    browser.notifications.onClicked.addListener((id) => void openDueListOnClick(id).catch((error) => console.error('[Kakehashi] reminder click', error)));
  };
  listenToClicks();
  browser.permissions.onAdded.addListener(listenToClicks);
  browser.runtime.onInstalled.addListener((details) => void openWelcomeOnInstall(details).catch((error) => console.error('[Kakehashi] welcome page', error)));
  clearTabProfilesOnNavigation();
  browser.commands.onCommand.addListener(openPeopleOnCommand);
  void ensureAlarms();
  armReminder();
  updateBadge();
  updateMirror();
  homeWarmer.refresh();
});
