import { getContactView, listRecentContacts, recordVisit, trackContact } from '../db/contacts';
import { identifyProfile } from '../db/identity';
import type { ProfileSnapshot } from '../model';
import { updateContact } from '../db/contact-edits';
import { snoozeContact } from '../db/reminders';
import { readPopupHome } from '../db/popup-home';
import { actOnSuggestion } from '../db/suggestions';
import { addNote, deleteNote, restoreNote, updateNote } from '../db/notes';
import { listContactsOnPage, listMarks } from '../db/on-page';
import { getSettings, saveSettings } from '../db/settings';
import { computeNextDueAt } from '../domain/cadence';
import type { KakehashiDb } from '../db/schema';
import { listTags } from '../db/tags';
import { logTouch, markDone, setLastContact } from '../db/touches';
import { localeMessages } from '../locale-messages';
import type { Handlers, SenderContext } from './router';
import { localShownSuggestions, type ShownSuggestions } from './shown-suggestions';
import { sessionTabProfiles, type TabProfiles } from './tab-profiles';

/** Binds each message type to the repository call that serves it. */
export function createHandlers(
  db: KakehashiDb,
  now: () => number = Date.now,
  tabs: TabProfiles = sessionTabProfiles,
  shown: ShownSuggestions = localShownSuggestions,
): Handlers {
  /** Every snapshot is identified first: a renamed handle is re-keyed, ids a sender cannot vouch for dropped. */
  const identified = async (profile: ProfileSnapshot, sender: SenderContext) => (await identifyProfile(db, profile, sender, now())).profile;
  return {
    'contact:get': ({ key }) => getContactView(db, key),
    'contact:visit': async ({ profile }, sender) => {
      const { profile: checked, renamedFrom } = await identifyProfile(db, profile, sender, now());
      return { contact: await recordVisit(db, checked, now()), renamedFrom };
    },
    'contact:track': async ({ profile }, sender) => trackContact(db, await identified(profile, sender), now()),
    'note:add': async ({ profile, body }, sender) => addNote(db, await identified(profile, sender), body, now()),
    'note:update': ({ contactId, noteId, body }) => updateNote(db, noteId, contactId, body, now()),
    'note:delete': ({ contactId, noteId }) => deleteNote(db, noteId, contactId, now()),
    'note:restore': ({ contactId, note }) => restoreNote(db, contactId, note, now()),
    'touch:log': async ({ profile, kind, at, note }, sender) => logTouch(db, await identified(profile, sender), { kind, at, ...(note ? { note } : {}) }, now()),
    'contact:set-last-contact': async ({ profile, at }, sender) => setLastContact(db, await identified(profile, sender), at, now()),
    'contacts:list-recent': ({ limit, offset }) => listRecentContacts(db, limit, offset),
    'settings:get': () => getSettings(db),
    'settings:save': ({ patch }) => saveSettings(db, patch, computeNextDueAt),
    'locale:messages': ({ lang }) => Promise.resolve(localeMessages(lang)),
    // The router refreshes the badge after every non-read message; nothing else to do here.
    'badge:refresh': async () => null,
    'tags:list': () => listTags(db),
    'contact:update': async ({ profile, patch }, sender) => updateContact(db, await identified(profile, sender), patch, now()),
    'popup:home': async ({ dueLimit }) => {
      const at = now();
      const home = await readPopupHome(db, at, dueLimit, () => shown.read(at));
      // Not awaited: the popup paints without waiting for this bookkeeping (storage.local, not the database).
      const top = home.suggestions[0];
      if (top) void shown.record(top.contactId, at).catch((error: unknown) => console.error('[Kakehashi] shown suggestion', error));
      return home;
    },
    'contact:done': ({ contactId, kind }) => markDone(db, contactId, kind, now()),
    'contact:snooze': ({ contactId, length }) => snoozeContact(db, contactId, length, now()),
    'tab:profile': async ({ profile }, { tabId }) => {
      if (tabId !== null) await tabs.set(tabId, profile);
      return null;
    },
    'tab:current': ({ tabId }) => tabs.get(tabId),
    'contacts:on-page': ({ site, handles }) => listContactsOnPage(db, site, handles, now()),
    'marks:lookup': ({ site, handles }) => listMarks(db, site, handles, now()),
    'suggestion:act': async ({ contactId, ...act }) => {
      await actOnSuggestion(db, contactId, act, now());
      return null;
    },
  };
}
