import { getContactView, listRecentContacts, recordVisit, trackContact } from '../db/contacts';
import { getDue, getSuggestions, logSuggestion, snoozeContact, updateContact } from '../db/engagement';
import { addNote, deleteNote, updateNote } from '../db/notes';
import { readGiveBack, readGoalProgress } from '../db/insights';
import { listContactsOnPage } from '../db/on-page';
import { getSettings, saveSettings } from '../db/settings';
import { computeNextDueAt } from '../domain/cadence';
import type { KakehashiDb } from '../db/schema';
import { logTouch, markDone, setLastContact } from '../db/touches';
import { localeMessages } from '../locale-messages';
import type { Handlers } from './router';
import { sessionTabProfiles, type TabProfiles } from './tab-profiles';

/** Binds each message type to the repository call that serves it. */
export function createHandlers(db: KakehashiDb, now: () => number = Date.now, tabs: TabProfiles = sessionTabProfiles): Handlers {
  return {
    'contact:get': ({ key }) => getContactView(db, key),
    'contact:visit': ({ profile }) => recordVisit(db, profile, now()),
    'contact:track': ({ profile }) => trackContact(db, profile, now()),
    'note:add': ({ profile, body }) => addNote(db, profile, body, now()),
    'note:update': ({ contactId, noteId, body }) => updateNote(db, noteId, contactId, body, now()),
    'note:delete': async ({ contactId, noteId }) => {
      await deleteNote(db, noteId, contactId, now());
      return null;
    },
    'touch:log': ({ profile, kind, at, note }) => logTouch(db, profile, { kind, at, ...(note ? { note } : {}) }, now()),
    'contact:set-last-contact': ({ profile, at }) => setLastContact(db, profile, at, now()),
    'contacts:list-recent': ({ limit, offset }) => listRecentContacts(db, limit, offset),
    'settings:get': () => getSettings(db),
    'settings:save': ({ patch }) => saveSettings(db, patch, computeNextDueAt),
    'locale:messages': ({ lang }) => Promise.resolve(localeMessages(lang)),
    // The router refreshes the badge after every non-read message; nothing else to do here.
    'badge:refresh': async () => null,
    'contact:update': ({ profile, patch }) => updateContact(db, profile, patch, now()),
    'popup:home': async ({ dueLimit }) => {
      const at = now();
      const [{ suggestions, needsIndustry }, due, settings, goal, giveBack] = await Promise.all([
        getSuggestions(db, at),
        getDue(db, at, dueLimit),
        getSettings(db),
        readGoalProgress(db, at),
        readGiveBack(db, 1),
      ]);
      const top = suggestions[0];
      if (top) await logSuggestion(db, top.contactId, 'shown', at);
      return { goal, giveBack: giveBack[0] ?? null, suggestions, needsIndustry, due, settings };
    },
    'contact:done': ({ contactId, kind }) => markDone(db, contactId, kind, now()),
    'contact:snooze': ({ contactId, length }) => snoozeContact(db, contactId, length, now()),
    'tab:profile': async ({ profile }, { tabId }) => {
      if (tabId !== null) await tabs.set(tabId, profile);
      return null;
    },
    'tab:current': ({ tabId }) => tabs.get(tabId),
    'contacts:on-page': ({ site, handles }) => listContactsOnPage(db, site, handles, now()),
    'suggestion:log': async ({ contactId, outcome }) => {
      await logSuggestion(db, contactId, outcome, now());
      return null;
    },
  };
}
