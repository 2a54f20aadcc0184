import { useEffect, useState } from 'preact/hooks';
import { industryName } from '@/components/popup/labels';
import { CADENCE_OPTIONS } from '@/utils/domain/cadence';
import { INDUSTRIES } from '@/utils/domain/industries';
import { FILTER_DAYS, hasFilters, NO_FILTERS, NO_INDUSTRY, PEOPLE_STATUSES, type CadenceFilter, type PeopleFilters } from '@/utils/domain/people-filter';
import { t, type MessageKey } from '@/utils/i18n';
import { LIMITS } from '@/utils/limits';
import { SITES, type Site } from '@/utils/model';

interface Props {
  filters: PeopleFilters;
  knownTags: readonly string[];
  /** Regions typed before (one spelling each), suggested in the region filter. */
  knownRegions: readonly string[];
  /** `replace`: the change refines the last one (typing), not a new step for back/forward. */
  onChange: (filters: PeopleFilters, replace?: boolean) => void;
}

type TouchMode = '' | 'within' | 'notFor';

const value = (e: Event) => (e.currentTarget as HTMLSelectElement | HTMLInputElement).value;

/** The People page's filters: each applies at once and lands in the page's URL (PeopleApp). */
export function Filters({ filters, knownTags, knownRegions, onChange }: Props) {
  const set = (patch: Partial<PeopleFilters>, replace = false) => onChange({ ...filters, ...patch }, replace);
  const mode: TouchMode = filters.within !== null ? 'within' : filters.notFor !== null ? 'notFor' : '';
  const [days, setDays] = useState(String(filters.within ?? filters.notFor ?? 30));
  const [tag, setTag] = useState(filters.tag ?? '');
  // Back/forward or "clear all" change the filters from outside: the text fields follow.
  useEffect(() => setTag(filters.tag ?? ''), [filters.tag]);
  const [region, setRegion] = useState(filters.region ?? '');
  useEffect(() => setRegion(filters.region ?? ''), [filters.region]);
  const applyRegion = () => {
    if ((region.trim() || null) !== filters.region) set({ region: region.trim() || null });
  };
  useEffect(() => {
    const n = filters.within ?? filters.notFor;
    if (n !== null) setDays(String(n));
  }, [filters.within, filters.notFor]);
  const daysValid = /^\d+$/.test(days) && Number(days) >= FILTER_DAYS.min && Number(days) <= FILTER_DAYS.max;

  const setTouch = (next: TouchMode, n: string = days, replace = false) => {
    const d = Number(n);
    const ok = /^\d+$/.test(n) && d >= FILTER_DAYS.min && d <= FILTER_DAYS.max;
    // While the number is being typed (blank, out of range), the last valid view stays.
    if (!ok && next && replace) return;
    set({ within: next === 'within' && ok ? d : null, notFor: next === 'notFor' && ok ? d : null }, replace);
  };
  const applyTag = () => set({ tag: tag.trim() || null });

  return (
    <div class="people-filters" role="group" aria-label={t('paneFiltersLabel')} data-testid="people-filters">
      <label>
        {t('industryHeading')}
        <select data-testid="filter-industry" value={filters.industry ?? ''} onChange={(e) => set({ industry: value(e) || null })}>
          <option value="">{t('paneFilterAny')}</option>
          <option value={NO_INDUSTRY}>{t('industryUnknown')}</option>
          {INDUSTRIES.map((i) => (
            <option key={i.id} value={i.id}>
              {industryName(i.id)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('paneFilterTag')}
        <input
          type="text"
          data-testid="filter-tag"
          list="people-known-tags"
          maxLength={LIMITS.tag}
          value={tag}
          onInput={(e) => setTag(value(e))}
          onChange={applyTag}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.isComposing) {
              e.preventDefault();
              applyTag();
            }
          }}
        />
        <datalist id="people-known-tags">
          {knownTags.map((k) => (
            <option key={k} value={k} />
          ))}
        </datalist>
      </label>
      <label>
        {t('regionLabel')}
        <input
          type="text"
          data-testid="filter-region"
          list="people-known-regions"
          maxLength={LIMITS.region}
          value={region}
          onInput={(e) => setRegion(value(e))}
          onChange={applyRegion}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.isComposing) {
              e.preventDefault();
              applyRegion();
            }
          }}
        />
        <datalist id="people-known-regions">
          {knownRegions.map((k) => (
            <option key={k} value={k} />
          ))}
        </datalist>
      </label>
      <label>
        {t('paneFilterSite')}
        <select data-testid="filter-site" value={filters.site ?? ''} onChange={(e) => set({ site: (value(e) || null) as Site | null })}>
          <option value="">{t('paneFilterAny')}</option>
          {SITES.map((s) => (
            <option key={s} value={s}>
              {s === 'linkedin' ? t('siteLinkedin') : t('siteX')}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('paneFilterStatus')}
        <select data-testid="filter-status" value={filters.status ?? ''} onChange={(e) => set({ status: (value(e) || null) as PeopleFilters['status'] })}>
          <option value="">{t('paneFilterAny')}</option>
          {PEOPLE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`paneFilterStatus_${s}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <span class="filter-touch">
        <label>
          {t('paneFilterTouched')}
          <select data-testid="filter-touched" value={mode} onChange={(e) => setTouch(value(e) as TouchMode)}>
            <option value="">{t('paneFilterAny')}</option>
            <option value="within">{t('paneFilterWithin')}</option>
            <option value="notFor">{t('paneFilterNotFor')}</option>
          </select>
        </label>
        <label>
          {t('paneFilterDays')}
          <input
            type="number"
            data-testid="filter-days"
            min={FILTER_DAYS.min}
            max={FILTER_DAYS.max}
            step={1}
            value={days}
            aria-invalid={!daysValid}
            onInput={(e) => {
              setDays(value(e));
              if (mode) setTouch(mode, value(e), true);
            }}
          />
        </label>
      </span>
      <label>
        {t('cadenceHeading')}
        <select
          data-testid="filter-cadence"
          value={filters.cadence === null ? '' : String(filters.cadence)}
          onChange={(e) => {
            const v = value(e);
            set({ cadence: v === '' ? null : v === 'default' || v === 'none' ? (v as CadenceFilter) : Number(v) });
          }}
        >
          <option value="">{t('paneFilterAny')}</option>
          {CADENCE_OPTIONS.map((o) => (
            <option key={o.id} value={o.id === 'default' || o.id === 'none' ? o.id : String(o.cadenceDays)}>
              {o.id === 'default' ? t('paneFilterCadenceDefault') : t(`cadence_${o.id}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <label class="check">
        <input type="checkbox" data-testid="filter-imported" checked={filters.imported} onChange={(e) => set({ imported: (e.currentTarget as HTMLInputElement).checked })} />
        {t('paneFilterImported')}
      </label>
      {!daysValid && mode && (
        <p class="error" role="alert">
          {t('paneFilterBadDays', FILTER_DAYS.min, FILTER_DAYS.max)}
        </p>
      )}
      <button
        type="button"
        data-testid="filter-clear"
        disabled={!hasFilters(filters)}
        onClick={() => {
          setTag('');
          setRegion('');
          onChange(NO_FILTERS);
        }}
      >
        {t('paneFilterClear')}
      </button>
    </div>
  );
}
