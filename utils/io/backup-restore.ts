/**
 * Restore planning: a backup + a snapshot of the current database → the records to write. Pure; the
 * caller, in one Dexie transaction, clears every table when `clearFirst`, then `bulkPut`s each list
 * in the order given (records without an `id` come last and get a fresh auto-increment id) and
 * `put`s `settings` unless it is null.
 *
 * replace: everything from the backup, ids included, so a backup restored into an empty profile is
 *   identical to the original.
 * merge (nothing is ever deleted):
 * - contacts: a contact only in the backup is added; for one on both sides the newer `updatedAt` wins
 *   (a tie keeps the stored one), except that a manual industry is never replaced by an automatic one
 *   and `lastContactAt` becomes the later of the two, since the touches of both sides are kept
 *   (`nextDueAt` is then recomputed with `computeNextDueAt` when one is given);
 * - notes are the same note when contact, `createdAt` and body are equal; touches when contact, kind
 *   and `at` are; suggestion-log entries when contact, `at` and outcome are. New ones are added; an
 *   edited note (same contact and time, different body) is kept twice rather than losing either text;
 * - ids: a backup record keeps its id when that id is free, otherwise it is written without one and
 *   gets a new id, so merging into an empty profile is also identical to the original;
 * - settings: the stored settings are the user's current intent and are kept; the backup's settings
 *   are applied only when none are stored yet (`existing.settings === null`, a fresh install).
 */
import type { Contact, Note, Settings, SuggestionLogEntry, Touch } from '../model';
import type { Backup } from './backup';

export type RestoreMode = 'merge' | 'replace';

/** The current database. `settings` is null when no settings have been saved yet. */
export interface ExistingData {
  contacts: readonly Contact[];
  notes: readonly Note[];
  touches: readonly Touch[];
  settings: Settings | null;
  suggestionLog: readonly SuggestionLogEntry[];
}

export interface RestoreOptions {
  /** Cadence logic (utils/domain), used when a merge moves a contact's `lastContactAt`. */
  computeNextDueAt?: (contact: Contact) => number | null;
}

export interface TableReport {
  /** Records written that were not there before. */
  added: number;
  /** Stored records overwritten by (or adjusted from) the backup's. */
  updated: number;
  /** Backup records not written because the stored version wins or is the same. */
  kept: number;
}

export interface RestorePlan {
  mode: RestoreMode;
  /** Clear every table before writing (replace). */
  clearFirst: boolean;
  contacts: Contact[];
  notes: Note[];
  touches: Touch[];
  suggestionLog: SuggestionLogEntry[];
  /** Settings to store, or null to keep the current ones. */
  settings: Settings | null;
  report: {
    contacts: TableReport;
    notes: TableReport;
    touches: TableReport;
    suggestionLog: TableReport;
    settings: 'restored' | 'kept';
  };
}

const emptyReport = (): TableReport => ({ added: 0, updated: 0, kept: 0 });

/** Builds the write plan; see the module comment for the rules. */
export function planRestore(
  existing: ExistingData,
  backup: Backup,
  mode: RestoreMode,
  options: RestoreOptions = {},
): RestorePlan {
  const { data } = backup;
  if (mode === 'replace') {
    return {
      mode,
      clearFirst: true,
      contacts: data.contacts.map((c) => ({ ...c, tags: [...c.tags] })),
      notes: data.notes.map((n) => ({ ...n })),
      touches: data.touches.map((t) => ({ ...t })),
      suggestionLog: data.suggestionLog.map((s) => ({ ...s })),
      settings: { ...data.settings },
      report: {
        contacts: { ...emptyReport(), added: data.contacts.length },
        notes: { ...emptyReport(), added: data.notes.length },
        touches: { ...emptyReport(), added: data.touches.length },
        suggestionLog: { ...emptyReport(), added: data.suggestionLog.length },
        settings: 'restored',
      },
    };
  }
  const contacts = mergeContacts(existing.contacts, data.contacts, options);
  const notes = mergeById(existing.notes, data.notes, (n) => `${n.contactId}\u0000${n.createdAt}\u0000${n.body}`);
  const touches = mergeById(existing.touches, data.touches, (t) => `${t.contactId}\u0000${t.kind}\u0000${t.at}`);
  const suggestionLog = mergeById(
    existing.suggestionLog,
    data.suggestionLog,
    (s) => `${s.contactId}\u0000${s.at}\u0000${s.outcome}`,
  );
  const settings = existing.settings === null ? { ...data.settings } : null;
  return {
    mode,
    clearFirst: false,
    contacts: contacts.records,
    notes: notes.records,
    touches: touches.records,
    suggestionLog: suggestionLog.records,
    settings,
    report: {
      contacts: contacts.report,
      notes: notes.report,
      touches: touches.report,
      suggestionLog: suggestionLog.report,
      settings: settings ? 'restored' : 'kept',
    },
  };
}

function mergeContacts(
  stored: readonly Contact[],
  incoming: readonly Contact[],
  options: RestoreOptions,
): { records: Contact[]; report: TableReport } {
  const byId = new Map(stored.map((c) => [c.id, c]));
  const records: Contact[] = [];
  const report = emptyReport();
  for (const theirs of incoming) {
    const ours = byId.get(theirs.id);
    if (!ours) {
      records.push({ ...theirs, tags: [...theirs.tags] });
      report.added += 1;
      continue;
    }
    const merged = mergeContact(ours, theirs, options);
    if (merged === ours) {
      report.kept += 1;
    } else {
      records.push(merged);
      report.updated += 1;
    }
  }
  return { records, report };
}

/** Returns `ours` itself when nothing needs writing. */
function mergeContact(ours: Contact, theirs: Contact, options: RestoreOptions): Contact {
  const theirsWins = theirs.updatedAt > ours.updatedAt;
  const winner = theirsWins ? theirs : ours;
  const loser = theirsWins ? ours : theirs;
  const merged: Contact = { ...winner, tags: [...winner.tags] };
  let changed = theirsWins;
  if (loser.industrySource === 'manual' && winner.industrySource !== 'manual') {
    merged.industry = loser.industry;
    merged.industrySource = 'manual';
    changed = true;
  }
  const lastContactAt = later(ours.lastContactAt, theirs.lastContactAt);
  if (lastContactAt !== winner.lastContactAt) {
    merged.lastContactAt = lastContactAt;
    if (options.computeNextDueAt) merged.nextDueAt = options.computeNextDueAt(merged);
    changed = true;
  }
  return changed ? merged : ours;
}

function later(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}

/** Adds the incoming records whose identity key is new, keeping their id when it is free. */
function mergeById<T extends { id?: number }>(
  stored: readonly T[],
  incoming: readonly T[],
  identity: (record: T) => string,
): { records: T[]; report: TableReport } {
  const known = new Set(stored.map(identity));
  const takenIds = new Set<number>();
  for (const record of stored) if (record.id !== undefined) takenIds.add(record.id);
  const withId: T[] = [];
  const withoutId: T[] = [];
  const report = emptyReport();
  for (const record of incoming) {
    const key = identity(record);
    if (known.has(key)) {
      report.kept += 1;
      continue;
    }
    known.add(key);
    if (record.id !== undefined && !takenIds.has(record.id)) {
      takenIds.add(record.id);
      withId.push({ ...record });
    } else {
      const { id: _id, ...rest } = record;
      withoutId.push(rest as T);
    }
    report.added += 1;
  }
  // Records with an explicit id go first: IndexedDB hands an id-less record the key generator's next
  // value, which an explicit id written later in the same batch would then overwrite.
  return { records: [...withId, ...withoutId], report };
}
