/**
 * The People page's filters (DESIGN.md, "The People page"): what they are, how they read from and
 * write to the page's query string (`people.html?industry=education&tag=mentor`, so a filtered view
 * can be bookmarked and the hash stays free for `#insights`), and whether a contact passes them.
 * Pure: the database side (utils/db/people-filter.ts) picks an index to read candidates through and
 * then applies `matchesFilters` to them.
 */
import { DAY_MS, SITES, type Contact, type Site } from '../model';
import { isIndustryId } from './industries';
import { isSameRegion } from './region';

export const PEOPLE_STATUSES = ['due', 'overdue', 'snoozed', 'never', 'off'] as const;
/** due: due now (not snoozed); overdue: due since an earlier day; never: never contacted; off: no reminders. */
export type PeopleStatus = (typeof PEOPLE_STATUSES)[number];

/** `industry=none` asks for people whose industry is unknown. */
export const NO_INDUSTRY = 'none';
/** `cadence=default`: people without a cadence of their own; `none`: reminders off; else days. */
export type CadenceFilter = 'default' | 'none' | number;

/** Bounds of the N in "touched within / not for N days". */
export const FILTER_DAYS = { min: 1, max: 3650 } as const;

export interface PeopleFilters {
  industry: string | null;
  /** Every one of these tags (`tag=a&tag=b`: all must match), in the order they were picked. */
  tags: string[];
  site: Site | null;
  status: PeopleStatus | null;
  /** Touched within the last N days. */
  within: number | null;
  /** Not touched for N days (never contacted counts). */
  notFor: number | null;
  /** Imported from Connections.csv (a "Connected On" date) and never touched. */
  imported: boolean;
  cadence: CadenceFilter | null;
  /** From this region, compared folded (utils/domain/region.ts): `region=ふくおか` finds フクオカ. */
  region: string | null;
}

export const NO_FILTERS: PeopleFilters = { industry: null, tags: [], site: null, status: null, within: null, notFor: null, imported: false, cadence: null, region: null };

/** Longest tag or region a filter takes (either itself is shorter: LIMITS.tag, LIMITS.region). */
const MAX_PARAM = 200;
/** Tags one filter combines; more in a hand-edited URL are ignored. */
export const MAX_FILTER_TAGS = 10;

function days(value: string | null): number | null {
  if (value === null || !/^\d{1,4}$/.test(value)) return null;
  const n = Number(value);
  return n >= FILTER_DAYS.min && n <= FILTER_DAYS.max ? n : null;
}

/**
 * The filters in a query string. Anything unknown or malformed is ignored (a hand-edited or old
 * bookmark still opens the page, showing what it could read), never an error.
 */
export function parseFilters(search: string): PeopleFilters {
  const q = new URLSearchParams(search);
  const industry = q.get('industry');
  const tags = [...new Set(q.getAll('tag').map((t) => t.trim()))].filter((t) => t && t.length <= MAX_PARAM).slice(0, MAX_FILTER_TAGS);
  const region = q.get('region')?.trim() ?? '';
  const site = q.get('site');
  const status = q.get('status');
  const cadence = q.get('cadence');
  let cadenceFilter: CadenceFilter | null = null;
  if (cadence === 'default' || cadence === 'none') cadenceFilter = cadence;
  else if (cadence !== null && /^\d{1,3}$/.test(cadence) && Number(cadence) > 0) cadenceFilter = Number(cadence);
  return {
    industry: industry === NO_INDUSTRY || (industry !== null && isIndustryId(industry)) ? industry : null,
    tags,
    site: SITES.includes(site as Site) ? (site as Site) : null,
    status: PEOPLE_STATUSES.includes(status as PeopleStatus) ? (status as PeopleStatus) : null,
    within: days(q.get('within')),
    notFor: days(q.get('notfor')),
    imported: q.get('imported') === '1',
    cadence: cadenceFilter,
    region: region && region.length <= MAX_PARAM ? region : null,
  };
}

/** The query string (with `?`, or '' when no filter is set) for these filters, in a fixed order. */
export function filtersToSearch(f: PeopleFilters): string {
  const q = new URLSearchParams();
  if (f.industry) q.set('industry', f.industry);
  for (const tag of f.tags) q.append('tag', tag);
  if (f.site) q.set('site', f.site);
  if (f.status) q.set('status', f.status);
  if (f.within !== null) q.set('within', String(f.within));
  if (f.notFor !== null) q.set('notfor', String(f.notFor));
  if (f.imported) q.set('imported', '1');
  if (f.cadence !== null) q.set('cadence', String(f.cadence));
  if (f.region) q.set('region', f.region);
  const s = q.toString();
  return s ? `?${s}` : '';
}

export function hasFilters(f: PeopleFilters): boolean {
  return filtersToSearch(f) !== '';
}

/** How many filters are set (for "2 filters" and the clear button). */
export function filterCount(f: PeopleFilters): number {
  return [...new URLSearchParams(filtersToSearch(f)).keys()].length;
}

/** Local midnight of the day `now` falls on. */
function startOfDay(now: number): number {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

function matchesStatus(c: Contact, status: PeopleStatus, now: number): boolean {
  const snoozed = c.snoozedUntil !== null && c.snoozedUntil > now;
  switch (status) {
    case 'due':
      return c.nextDueAt !== null && c.nextDueAt <= now && !snoozed;
    case 'overdue':
      return c.nextDueAt !== null && c.nextDueAt < startOfDay(now) && !snoozed;
    case 'snoozed':
      return snoozed;
    case 'never':
      return c.lastContactAt === null;
    case 'off':
      return c.nextDueAt === null;
  }
}

/** Whether a contact passes every filter that is set. */
export function matchesFilters(c: Contact, f: PeopleFilters, now: number): boolean {
  if (f.industry !== null && (f.industry === NO_INDUSTRY ? c.industry !== null : c.industry !== f.industry)) return false;
  if (f.tags.some((tag) => !c.tags.includes(tag))) return false;
  if (f.site !== null && c.site !== f.site) return false;
  if (f.status !== null && !matchesStatus(c, f.status, now)) return false;
  if (f.within !== null && (c.lastContactAt === null || c.lastContactAt < now - f.within * DAY_MS)) return false;
  if (f.notFor !== null && c.lastContactAt !== null && c.lastContactAt >= now - f.notFor * DAY_MS) return false;
  if (f.imported && (c.connectedAt === null || c.lastContactAt !== null)) return false;
  if (f.region !== null && !isSameRegion(c.region, f.region)) return false;
  if (f.cadence !== null) {
    const want = f.cadence === 'default' ? null : f.cadence === 'none' ? 0 : f.cadence;
    if (c.cadenceDays !== want) return false;
  }
  return true;
}

/** Bounds `within`/`notFor`/`status` put on an index, for the database side to read candidates by. */
export function statusRange(f: PeopleFilters, now: number): { index: 'nextDueAt' | 'lastContactAt'; lower?: number; upper?: number } | null {
  if (f.status === 'due') return { index: 'nextDueAt', upper: now };
  if (f.status === 'overdue') return { index: 'nextDueAt', upper: startOfDay(now) };
  if (f.within !== null) return { index: 'lastContactAt', lower: now - f.within * DAY_MS };
  return null;
}
