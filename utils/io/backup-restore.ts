/**
 * Restore planning: a backup + a snapshot of the current database → the records to write. Pure; the
 * caller, in one Dexie transaction, clears every table when `clearFirst`, then `bulkPut`s each list
 * in the order given (records without an `id` come last and get a fresh auto-increment id) and
 * `put`s `settings` unless it is null.
 *
 * Every restored contact gets its `nextDueAt` recomputed: a backup's value may be missing or stale
 * (another cadence default, an older Kakehashi), and a wrong one means a person is silently never
 * due. Replace computes it with the backup's settings, merge with the ones in effect afterwards.
 *
 * replace: everything from the backup, ids included, so a backup restored into an empty profile is
 *   identical to the original.
 * merge (nothing is ever deleted), field by field (DESIGN.md, "Export and import"), because a whole
 * record with the newer `updatedAt` would let a headline refresh here beat the cadence and tags the
 * user set on the other device:
 * - the user's own fields (cadence, industry when manual, person link, snooze, region) come together
 *   from the side with the later `userEditedAt` (a tie keeps the stored one); a manual industry is
 *   never replaced by an automatic one, and a region never by none;
 * - profile details (name, headline, company, location, avatar, Connected On, an automatic industry)
 *   come from the side refreshed last, the later `updatedAt`, filling a gap from the other side;
 * - tags are the union; last contact and last visit the later; `createdAt` the earlier;
 * - notes and touches by id: the same id on the same contact and creation time (notes) or time
 *   (touches) is the same record, and a note edited later replaces the stored one; a record whose
 *   contact, time and content equal a stored one is the same record under any id (a re-merge);
 *   anything else is new. Suggestion-log entries are the same when contact, `at` and outcome are;
 * - ids: a new record keeps its id when that id is free, otherwise it is written without one and
 *   gets a new id, so merging into an empty profile is also identical to the original;
 * - settings: the stored settings are the user's current intent and are kept; the backup's settings
 *   are applied only when none are stored yet (`existing.settings === null`, a fresh install).
 */
import type { CadenceDefaults } from '../domain/cadence';
import { LIMITS } from '../limits';
import type { Contact, ContactId, IntroductionDecision, Note, Settings, SuggestionLogEntry, Touch } from '../model';
import type { Backup } from './backup';

export type RestoreMode = 'merge' | 'replace';

/** The current database. `settings` is null when no settings have been saved yet. */
export interface ExistingData {
  contacts: readonly Contact[];
  notes: readonly Note[];
  touches: readonly Touch[];
  settings: Settings | null;
  suggestionLog: readonly SuggestionLogEntry[];
  /** Introduction decisions (absent: none stored). */
  introductionDecisions?: readonly IntroductionDecision[];
}

export interface RestoreOptions {
  /** Cadence logic (utils/domain): when a contact is next due under a default cadence. */
  computeNextDueAt: (contact: Contact, rules: CadenceDefaults) => number | null;
}

export interface TableReport {
  /** Records written that were not there before. */
  added: number;
  /** Stored records overwritten by (or adjusted from) the backup's. */
  updated: number;
  /** Backup records not written because the stored version wins or is the same. */
  kept: number;
}

/** Which side a merged contact's fields came from, counted over the contacts on both sides. */
export interface SourceCount {
  here: number;
  backup: number;
}

export interface ContactReport extends TableReport {
  /** The user's own fields (by `userEditedAt`). */
  userFields: SourceCount;
  /** Profile details (by the latest refresh, `updatedAt`). */
  details: SourceCount;
}

export interface RestorePlan {
  mode: RestoreMode;
  /** Clear every table before writing (replace). */
  clearFirst: boolean;
  contacts: Contact[];
  notes: Note[];
  touches: Touch[];
  suggestionLog: SuggestionLogEntry[];
  /** Introduction decisions to put (merge: the later decision about each pair). */
  introductionDecisions: IntroductionDecision[];
  /** Settings to store, or null to keep the current ones. */
  settings: Settings | null;
  report: {
    contacts: ContactReport;
    notes: TableReport;
    touches: TableReport;
    suggestionLog: TableReport;
    settings: 'restored' | 'kept';
  };
}

const emptyReport = (): TableReport => ({ added: 0, updated: 0, kept: 0 });
const emptyContactReport = (): ContactReport => ({
  ...emptyReport(),
  userFields: { here: 0, backup: 0 },
  details: { here: 0, backup: 0 },
});

/** Builds the write plan; see the module comment for the rules. */
export function planRestore(existing: ExistingData, backup: Backup, mode: RestoreMode, options: RestoreOptions): RestorePlan {
  if (mode === 'replace') {
    const { data } = backup;
    const rules = data.settings;
    return {
      mode,
      clearFirst: true,
      contacts: data.contacts.map((c) => {
        const contact = { ...c, tags: [...c.tags] };
        contact.nextDueAt = options.computeNextDueAt(contact, rules);
        return contact;
      }),
      notes: data.notes.map((n) => ({ ...n })),
      touches: data.touches.map((t) => ({ ...t })),
      suggestionLog: data.suggestionLog.map((s) => ({ ...s })),
      introductionDecisions: (data.introductionDecisions ?? []).map((d) => ({ ...d })),
      settings: { ...data.settings },
      report: {
        contacts: { ...emptyContactReport(), added: data.contacts.length },
        notes: { ...emptyReport(), added: data.notes.length },
        touches: { ...emptyReport(), added: data.touches.length },
        suggestionLog: { ...emptyReport(), added: data.suggestionLog.length },
        settings: 'restored',
      },
    };
  }
  const data = underCurrentIds(backup.data, existing.contacts);
  const settings = existing.settings === null ? { ...data.settings } : null;
  // The cadence that applies once the restore is written.
  const rules = settings ?? existing.settings ?? data.settings;
  const contacts = mergeContacts(existing.contacts, data.contacts, (c) => options.computeNextDueAt(c, rules));
  const notes = mergeRecords(existing.notes, data.notes, {
    content: (n) => `${n.contactId}\u0000${n.createdAt}\u0000${n.body}`,
    anchor: (n) => `${n.contactId}\u0000${n.createdAt}`,
    isNewer: (incoming, stored) => incoming.updatedAt > stored.updatedAt,
  });
  const touches = mergeRecords(existing.touches, data.touches, {
    content: (t) => `${t.contactId}\u0000${t.kind}\u0000${t.at}`,
    anchor: (t) => `${t.contactId}\u0000${t.at}`,
  });
  const suggestionLog = mergeRecords(existing.suggestionLog, data.suggestionLog, {
    content: (s) => `${s.contactId}\u0000${s.at}\u0000${s.outcome}`,
  });
  return {
    mode,
    clearFirst: false,
    contacts: contacts.records,
    notes: notes.records,
    touches: touches.records,
    suggestionLog: suggestionLog.records,
    introductionDecisions: mergeDecisions(existing.introductionDecisions ?? [], data.introductionDecisions ?? []),
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

/**
 * A backup made before a record was re-keyed (a renamed X handle, a LinkedIn member id folded into
 * the slug; utils/db/identity.ts) names it by an id that is now an alias here: its contact, notes,
 * touches and suggestion rows are merged under the current id, never restored as a second record.
 */
function underCurrentIds(data: Backup['data'], stored: readonly Contact[]): Backup['data'] {
  const currentOf = new Map<string, Contact>();
  for (const c of stored) for (const alias of c.aliases ?? []) currentOf.set(alias, c);
  if (currentOf.size === 0) return data;
  const id = <T extends ContactId>(contactId: T): ContactId => currentOf.get(contactId)?.id ?? contactId;
  return {
    ...data,
    contacts: data.contacts.map((c) => {
      const current = currentOf.get(c.id);
      return current ? { ...c, id: current.id, site: current.site, handle: current.handle, url: current.url } : c;
    }),
    notes: data.notes.map((n) => ({ ...n, contactId: id(n.contactId) })),
    touches: data.touches.map((t) => ({ ...t, contactId: id(t.contactId) })),
    suggestionLog: data.suggestionLog.map((s) => ({ ...s, contactId: id(s.contactId) })),
    introductionDecisions: (data.introductionDecisions ?? []).flatMap((d) => {
      const [a, b] = d.pair.split(' ').map((x) => id(x as ContactId));
      if (!a || !b || a === b) return [];
      return [{ ...d, pair: a < b ? `${a} ${b}` : `${b} ${a}` }];
    }),
  };
}

/** The backup's decisions that are newer than the stored decision about the same pair (or new). */
function mergeDecisions(stored: readonly IntroductionDecision[], incoming: readonly IntroductionDecision[]): IntroductionDecision[] {
  const byPair = new Map(stored.map((d) => [d.pair, d]));
  const out = new Map<string, IntroductionDecision>();
  for (const d of incoming) {
    const ours = out.get(d.pair) ?? byPair.get(d.pair);
    if (!ours || d.at > ours.at) out.set(d.pair, { ...d });
  }
  return [...out.values()];
}

function mergeContacts(
  stored: readonly Contact[],
  incoming: readonly Contact[],
  nextDueAt: (contact: Contact) => number | null,
): { records: Contact[]; report: ContactReport } {
  const byId = new Map(stored.map((c) => [c.id, c]));
  const records: Contact[] = [];
  const report = emptyContactReport();
  for (const theirs of incoming) {
    const ours = byId.get(theirs.id);
    if (!ours) {
      const added = { ...theirs, tags: [...theirs.tags] };
      added.nextDueAt = nextDueAt(added);
      records.push(added);
      report.added += 1;
      continue;
    }
    const { merged, userFieldsFromBackup, detailsFromBackup } = mergeContact(ours, theirs);
    merged.nextDueAt = nextDueAt(merged);
    report.userFields[userFieldsFromBackup ? 'backup' : 'here'] += 1;
    report.details[detailsFromBackup ? 'backup' : 'here'] += 1;
    if (sameRecord(merged, ours)) {
      report.kept += 1;
    } else {
      records.push(merged);
      report.updated += 1;
    }
  }
  return { records, report };
}

/** One contact from both sides, field by field (see the module comment); `nextDueAt` is left to the caller. */
function mergeContact(ours: Contact, theirs: Contact): { merged: Contact; userFieldsFromBackup: boolean; detailsFromBackup: boolean } {
  const userFieldsFromBackup = (theirs.userEditedAt ?? -Infinity) > (ours.userEditedAt ?? -Infinity);
  const [edited, otherEdited] = userFieldsFromBackup ? [theirs, ours] : [ours, theirs];
  const detailsFromBackup = theirs.updatedAt > ours.updatedAt;
  const [fresh, stale] = detailsFromBackup ? [theirs, ours] : [ours, theirs];
  // A manual industry is the user's and wins over any automatic one; an automatic one follows the
  // details it was guessed from.
  const industryFrom =
    edited.industrySource === 'manual' ? edited
    : otherEdited.industrySource === 'manual' ? otherEdited
    : fresh.industry !== null ? fresh
    : stale;
  const merged: Contact = {
    ...ours,
    name: fresh.name ?? stale.name,
    headline: fresh.headline ?? stale.headline,
    company: fresh.company ?? stale.company,
    location: fresh.location ?? stale.location,
    avatarUrl: fresh.avatarUrl ?? stale.avatarUrl,
    connectedAt: fresh.connectedAt ?? stale.connectedAt,
    industry: industryFrom.industry,
    industrySource: industryFrom.industrySource,
    tags: [...new Set([...edited.tags, ...otherEdited.tags])],
    cadenceDays: edited.cadenceDays,
    personId: edited.personId,
    snoozedUntil: edited.snoozedUntil,
    lastContactAt: later(ours.lastContactAt, theirs.lastContactAt),
    lastVisitedAt: later(ours.lastVisitedAt, theirs.lastVisitedAt),
    createdAt: Math.min(ours.createdAt, theirs.createdAt),
    updatedAt: Math.max(ours.updatedAt, theirs.updatedAt),
    userEditedAt: later(ours.userEditedAt, theirs.userEditedAt),
  };
  // Earlier ids are kept from both sides; X's numeric id never changes, so either side's will do.
  const aliases = [...new Set([...(ours.aliases ?? []), ...(theirs.aliases ?? [])])].filter((a) => a !== ours.id);
  if (aliases.length) merged.aliases = aliases.slice(-LIMITS.aliases);
  const xUserId = ours.xUserId ?? theirs.xUserId;
  if (xUserId) merged.xUserId = xUserId;
  // The region is one of the user's fields: the later-edited side's, else the other's, so a backup
  // made before regions existed (or on a device where it was never typed) never erases one.
  const region = edited.region ?? otherEdited.region;
  if (region) merged.region = region;
  else delete merged.region;
  return { merged, userFieldsFromBackup, detailsFromBackup };
}

function later(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}

/** Same keys with the same values; arrays (tags) compared element by element. */
function sameRecord<T extends object>(a: T, b: T): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof T)[]);
  for (const key of keys) {
    const x = a[key];
    const y = b[key];
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length || x.some((value, i) => value !== y[i])) return false;
    } else if (x !== y) {
      return false;
    }
  }
  return true;
}

interface RecordRules<T> {
  /** Equal for the same record with the same content under any id (merging the same backup twice). */
  content: (record: T) => string;
  /** Equal for the same record however edited since; compared only between records with the same id. */
  anchor?: (record: T) => string;
  /** True when `incoming` is a later edit of `stored` and replaces it (else the stored one is kept). */
  isNewer?: (incoming: T, stored: T) => boolean;
}

/** Merges incoming records into stored ones by id and content (see the module comment). */
function mergeRecords<T extends { id?: number }>(
  stored: readonly T[],
  incoming: readonly T[],
  rules: RecordRules<T>,
): { records: T[]; report: TableReport } {
  const known = new Set(stored.map(rules.content));
  const storedById = new Map<number, T>();
  for (const record of stored) if (record.id !== undefined) storedById.set(record.id, record);
  const takenIds = new Set(storedById.keys());
  const withId: T[] = [];
  const withoutId: T[] = [];
  const report = emptyReport();
  for (const record of incoming) {
    const key = rules.content(record);
    if (known.has(key)) {
      report.kept += 1;
      continue;
    }
    const same = record.id === undefined ? undefined : storedById.get(record.id);
    if (same && rules.anchor && rules.anchor(same) === rules.anchor(record)) {
      if (rules.isNewer?.(record, same)) {
        withId.push({ ...record });
        report.updated += 1;
      } else {
        report.kept += 1;
      }
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
