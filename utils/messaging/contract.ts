/**
 * The one message contract between content scripts, extension pages and the background, which
 * owns the database (DESIGN.md, "Architecture"). Type names say the direction; `SENDERS` is the
 * allow-list of who may send what. Every payload is validated on receipt (`validate.ts`).
 *
 * This file holds types and small constants only: content scripts import it, so it must stay tiny.
 */
import type { ContactView } from '../db/contacts';
import type { MarkInfo, OnPageContact } from '../db/on-page';
import type { ContactPatch } from '../db/contact-edits';
import type { SuggestionAct, SuggestionView } from '../db/suggestions';
import type { Contact, ContactId, Note, ProfileKey, ProfileSnapshot, Settings, Site, Touch, TouchKind } from '../model';

/** Who sent a message, as the background establishes it from the sender (never from the payload). */
export type SenderKind = 'content' | 'extension';

export interface MessageMap {
  /** Panel: everything stored about the person on screen. */
  'contact:get': { req: { key: ProfileKey }; res: ContactView };
  /**
   * Panel: the person's profile was shown; refresh stored details of a tracked contact. When the
   * page's stable id names an older record (a renamed X handle, a LinkedIn member-id record), it is re-keyed first and
   * `renamedFrom` is its old id (utils/db/identity.ts).
   */
  'contact:visit': { req: { profile: ProfileSnapshot }; res: { contact: Contact | null; renamedFrom: ContactId | null } };
  /** Panel: start tracking without a note. */
  'contact:track': { req: { profile: ProfileSnapshot }; res: Contact };
  'note:add': { req: { profile: ProfileSnapshot; body: string }; res: Note };
  'note:update': { req: { contactId: ContactId; noteId: number; body: string }; res: Note };
  /** Replies with the deleted note, which `note:restore` puts back ("Undo"). */
  'note:delete': { req: { contactId: ContactId; noteId: number }; res: Note };
  'note:restore': { req: { contactId: ContactId; note: Required<Omit<Note, 'contactId'>> }; res: Note };
  'touch:log': { req: { profile: ProfileSnapshot; kind: TouchKind; at: number; note?: string }; res: Touch };
  /** Panel: a hand-set last-contact date, a correction (no touch is recorded). */
  'contact:set-last-contact': { req: { profile: ProfileSnapshot; at: number }; res: Contact };
  /** Popup: contacts by most recent update. */
  'contacts:list-recent': { req: { limit: number; offset: number }; res: Contact[] };
  /** Panel (quiet mode, language) and pages. */
  'settings:get': { req: Record<string, never>; res: Settings };
  'settings:save': { req: { patch: Partial<Settings> }; res: Settings };
  /** Panel: its strings when the language setting differs from the browser's (see locale-messages.ts). */
  'locale:messages': { req: { lang: 'en' | 'ja' }; res: Record<string, { message: string }> };
  /** Panel: the user's own industry, cadence or tags for this person (creates the contact). */
  'contact:update': { req: { profile: ProfileSnapshot; patch: ContactPatch }; res: Contact };
  /** Popup: suggestions, who is due, and the settings it needs, in one round trip. */
  'popup:home': { req: { dueLimit: number }; res: PopupHome };
  /** Popup: a touch logged now ("Done"). */
  'contact:done': { req: { contactId: ContactId; kind: TouchKind }; res: Touch };
  'contact:snooze': { req: { contactId: ContactId; length: 'week' | 'month' }; res: Contact };
  /** Popup, Insights: the user's answer to a suggestion (Done with a kind, Skip, Snooze), recorded at once. */
  'suggestion:act': { req: { contactId: ContactId } & SuggestionAct; res: null };
  /** Panel in quiet mode: the profile this tab shows, for the popup to display instead. */
  'tab:profile': { req: { profile: ProfileSnapshot | null }; res: null };
  /** Popup: the profile the given tab shows, when its panel is hidden by quiet mode. */
  'tab:current': { req: { tabId: number }; res: ProfileSnapshot | null };
  /**
   * Popup, "On this page": which of the handles the current tab's content script found are
   * contacts. Extension pages only: the handles come from the content script's reply to the popup
   * (`page-contract.ts`), so a page can never ask which handles the user keeps notes on.
   */
  'contacts:on-page': { req: { site: Site; handles: string[] }; res: OnPageContact[] };
  /**
   * Content script, inline marks (opt-in): what to show next to the known people among these
   * handles. Answers nothing while marks are off, or on LinkedIn in quiet mode (`listMarks`).
   */
  'marks:lookup': { req: { site: Site; handles: string[] }; res: MarkInfo[] };
  /** Panel: every tag in use, for the tag editor's suggestions. */
  'tags:list': { req: Record<string, never>; res: string[] };
  /** Pages that wrote to the database directly (import, restore) ask for a badge refresh. */
  'badge:refresh': { req: Record<string, never>; res: null };
}

/** The popup's line of progress toward the diversity goal (the last 30 days). */
export interface GoalProgress {
  outside: number;
  total: number;
  /** Whole percent, null without touches. */
  percent: number | null;
  goalPercent: number;
  /** The industry "outside" is measured against (the user's, or the stand-in); null = unknown. */
  ownIndustry: string | null;
}

export interface PopupHome {
  goal: GoalProgress;
  /** The person asked most more than given to, for the "share something useful" nudge. */
  giveBack: { contact: Contact; gives: number; asks: number } | null;
  suggestions: SuggestionView[];
  /** No suggestions because the user's own industry is unknown: the popup asks for it. */
  needsIndustry: boolean;
  due: { count: number; contacts: Contact[] };
  settings: Settings;
  /** False before the first person is saved: the popup then shows the one next step instead. */
  hasContacts: boolean;
}

export type MessageType = keyof MessageMap;
export type Request<T extends MessageType> = MessageMap[T]['req'];
export type Response<T extends MessageType> = MessageMap[T]['res'];

export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: Request<T>;
}

export type ErrorCode = 'invalid' | 'forbidden' | 'quota' | 'not-found' | 'internal';

export type Reply<T extends MessageType = MessageType> =
  | { ok: true; data: Response<T> }
  | { ok: false; error: { code: ErrorCode; message: string } };

const PAGE_AND_EXTENSION: readonly SenderKind[] = ['content', 'extension'];
const EXTENSION_ONLY: readonly SenderKind[] = ['extension'];
const CONTENT_ONLY: readonly SenderKind[] = ['content'];

/** Who may send each message. Export, import, delete and settings are extension pages only. */
export const SENDERS: { readonly [T in MessageType]: readonly SenderKind[] } = {
  'contact:get': PAGE_AND_EXTENSION,
  'contact:visit': PAGE_AND_EXTENSION,
  'contact:track': PAGE_AND_EXTENSION,
  'note:add': PAGE_AND_EXTENSION,
  'note:update': PAGE_AND_EXTENSION,
  'note:delete': PAGE_AND_EXTENSION,
  'note:restore': PAGE_AND_EXTENSION,
  'touch:log': PAGE_AND_EXTENSION,
  'contact:set-last-contact': PAGE_AND_EXTENSION,
  'contacts:list-recent': EXTENSION_ONLY,
  'settings:get': PAGE_AND_EXTENSION,
  'settings:save': EXTENSION_ONLY,
  'locale:messages': PAGE_AND_EXTENSION,
  'badge:refresh': EXTENSION_ONLY,
  'tags:list': PAGE_AND_EXTENSION,
  'contact:update': PAGE_AND_EXTENSION,
  'popup:home': EXTENSION_ONLY,
  'contact:done': EXTENSION_ONLY,
  'contact:snooze': EXTENSION_ONLY,
  'suggestion:act': EXTENSION_ONLY,
  'tab:profile': CONTENT_ONLY,
  'tab:current': EXTENSION_ONLY,
  'contacts:on-page': EXTENSION_ONLY,
  'marks:lookup': CONTENT_ONLY,
};
