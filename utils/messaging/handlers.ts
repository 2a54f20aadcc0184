import { getContactView, listRecentContacts, recordVisit, trackContact } from '../db/contacts';
import { identifyProfile } from '../db/identity';
import type { ProfileSnapshot } from '../model';
import { updateContact } from '../db/contact-edits';
import { getDue, snoozeContact } from '../db/reminders';
import { getSuggestions, logSuggestion } from '../db/suggestions';
import { addNote, deleteNote, restoreNote, updateNote } from '../db/notes';
import { readGiveBack, readGoalProgress } from '../db/insights';
import { listContactsOnPage, listMarks } from '../db/on-page';
import { getSettings, saveSettings } from '../db/settings';
import { computeNextDueAt } from '../domain/cadence';
import type { KakehashiDb } from '../db/schema';
import { listTags } from '../db/tags';
import { logTouch, markDone, setLastContact } from '../db/touches';
import { localeMessages } from '../locale-messages';
import type { Handlers, SenderContext } from './router';
import { sessionTabProfiles, type TabProfiles } from './tab-profiles';

/** Binds each message type to the repository call that serves it. */
export function createHandlers(db: KakehashiDb, now: () => number = Date.now, tabs: TabProfiles = sessionTabProfiles): Handlers {
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
      const [{ suggestions, needsIndustry }, due, settings, anyone, goal, giveBack] = await Promise.all([
        getSuggestions(db, at),
        getDue(db, at, dueLimit),
        getSettings(db),
        db.contacts.limit(1).primaryKeys(),
        readGoalProgress(db, at),
        readGiveBack(db, 1),
      ]);
      const top = suggestions[0];
      if (top) await logSuggestion(db, top.contactId, 'shown', at);
      return { goal, giveBack: giveBack[0] ?? null, suggestions, needsIndustry, due, settings, hasContacts: anyone.length > 0 };
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
    'suggestion:log': async ({ contactId, outcome }) => {
      await logSuggestion(db, contactId, outcome, now());
      return null;
    },
  };
}
