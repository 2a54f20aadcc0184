import { useEffect, useState } from 'preact/hooks';
import { industryName } from '@/components/popup/labels';
import { CADENCE_OPTIONS } from '@/utils/domain/cadence';
import { INDUSTRIES } from '@/utils/domain/industries';
import { FILTER_DAYS, hasFilters, MAX_FILTER_TAGS, NO_FILTERS, NO_INDUSTRY, PEOPLE_STATUSES, type CadenceFilter, type PeopleFilters } from '@/utils/domain/people-filter';
import { keyFor, t } from '@/utils/i18n';
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
  // The tag being typed; the chosen tags (all must match) are chips beside it.
  const [tag, setTag] = useState('');
  const [tagFull, setTagFull] = useState(false);
  const [region, setRegion] = useState(filters.region ?? '');
  // Back/forward or "clear all" change the filters from outside: the text field follows.
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
  const addTag = () => {
    const next = tag.trim();
    if (!next) return;
    if (filters.tags.includes(next)) return setTag('');
    if (filters.tags.length >= MAX_FILTER_TAGS) return setTagFull(true);
    setTag('');
    set({ tags: [...filters.tags, next] });
  };
  const removeTag = (gone: string) => {
    setTagFull(false);
    set({ tags: filters.tags.filter((x) => x !== gone) });
  };

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
      <span class="filter-tags">
        <label>
          {t('paneFilterTag')}
          <input
            type="text"
            data-testid="filter-tag"
            list="people-known-tags"
            maxLength={LIMITS.tag}
            value={tag}
            onInput={(e) => setTag(value(e))}
            onChange={addTag}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.isComposing) {
                e.preventDefault();
                addTag();
              }
            }}
          />
          <datalist id="people-known-tags">
            {knownTags
              .filter((k) => !filters.tags.includes(k))
              .map((k) => (
                <option key={k} value={k} />
              ))}
          </datalist>
        </label>
        {filters.tags.length > 0 && (
          <ul class="filter-tag-chips" aria-label={t('pplTags_chosen')} data-testid="filter-tags">
            {filters.tags.map((x) => (
              <li key={x} data-testid="filter-tag-chip" data-tag={x}>
                <bdi>{x}</bdi>
                <button type="button" data-testid="filter-tag-remove" title={t('pplTags_remove', x)} onClick={() => removeTag(x)}>
                  <span aria-hidden="true">×</span>
                  <span class="filter-tag-label">{t('pplTags_remove', x)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </span>
      {tagFull && (
        <p class="error" role="alert" data-testid="filter-tags-full">
          {t('pplTags_full')}
        </p>
      )}
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
              {t(keyFor('paneFilterStatus_', s))}
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
              {o.id === 'default' ? t('paneFilterCadenceDefault') : t(keyFor('cadence_', o.id))}
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
          setTagFull(false);
          setRegion('');
          onChange(NO_FILTERS);
        }}
      >
        {t('paneFilterClear')}
      </button>
    </div>
  );
}
