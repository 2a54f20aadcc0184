import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { errorMessage } from '@/components/error-message';
import { pageDb } from '@/components/options/page-db';
import { firstPeopleIds, listPeopleIds, loadPeopleRows, PEOPLE_SORTS, searchPeople, type PeopleSort, type PersonRowData, type SearchResult } from '@/utils/db/people';
import { formatCount, keyFor, t, tp, uiLocale } from '@/utils/i18n';
import type { KakehashiDb } from '@/utils/db/schema';
import type { ContactId } from '@/utils/model';
import { filterPeople } from '@/utils/db/people-filter';
import { listTags } from '@/utils/db/tags';
import { listRegions } from '@/utils/db/regions';
import { filtersToSearch, hasFilters, parseFilters, type PeopleFilters } from '@/utils/domain/people-filter';
import { Filters } from './Filters';
import { BulkBar, refreshBadge } from './BulkBar';
import { Duplicates } from './Duplicates';
import type { LastAction } from './last-action';
import { PeopleNav } from '@/components/insights/PeopleRoute';
import { PersonRow } from './PersonRow';
import { useSelection } from './Selection';
import { deleteContacts } from '@/utils/db/delete';
import { PersonView } from './PersonView';
import { firstWindowRows, VirtualList } from './VirtualList';
import { afterPaint } from '@/utils/next-turn';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** The first `limit` of `order` that are in `matches` (stops as soon as it has them). */
function firstMatches(order: readonly ContactId[], matches: ReadonlySet<ContactId>, limit: number): ContactId[] {
  const out: ContactId[] = [];
  for (const id of order) {
    if (!matches.has(id)) continue;
    out.push(id);
    if (out.length === limit) break;
  }
  return out;
}

export interface FirstScreen {
  first: { ids: ContactId[]; total: number };
  loaded: Map<ContactId, PersonRowData>;
}

/**
 * The first screen of the list in `sort`: its ids, the book's size and those rows' records. The
 * records are read before the whole order is: one page's reads are served in turn, and reading
 * every key first kept the first rows waiting (~200 ms at 10,000 contacts, profiled).
 */
export async function readFirstScreen(db: KakehashiDb, sort: PeopleSort, collator: Intl.Collator): Promise<FirstScreen> {
  const first = await firstPeopleIds(db, sort, firstWindowRows(window.innerHeight), collator);
  return { first, loaded: await loadPeopleRows(db, first.ids) };
}

/**
 * The People page: a search box, the whole book as a virtualised list, and a pane area for the
 * person opened from it. Later slices add filters (kept in the URL) and the editable person pane
 * into the same two areas.
 */
export function PeopleApp(props: { firstScreen?: Promise<FirstScreen> | undefined }) {
  const db = pageDb();
  const collator = useMemo(() => new Intl.Collator(uiLocale(), { sensitivity: 'base', numeric: true }), []);
  const now = useMemo(() => Date.now(), []);
  const [sort, setSort] = useState<PeopleSort>('due');
  // The book in the current order: first only the first screen's ids (`complete` false), then all.
  const [book, setBook] = useState<{ ids: ContactId[]; total: number; complete: boolean; gen: number } | null>(null);
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<{ query: string; search: SearchResult } | null>(null);
  // The active row belongs to one list: a new search or sort starts with none, without an effect
  // that could run after the user has already pressed an arrow key.
  const [activeIn, setActiveIn] = useState<{ index: number; list: string }>({ index: -1, list: '' });
  const [openId, setOpenId] = useState<ContactId | null>(null);
  // Filters live in the query string (`?tag=mentor&status=due`): bookmarkable, and back/forward
  // walk through them. The hash stays free for other views of the page (`#insights`).
  const [filters, setFiltersState] = useState<PeopleFilters>(() => parseFilters(location.search));
  const [filtered, setFiltered] = useState<{ key: string; ids: Set<ContactId> } | null>(null);
  const [knownTags, setKnownTags] = useState<string[]>([]);
  const [knownRegions, setKnownRegions] = useState<string[]>([]);
  const [dataVersion, setDataVersion] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [, setRowsVersion] = useState(0);
  const rows = useRef(new Map<ContactId, PersonRowData>());
  const pending = useRef(new Set<ContactId>());
  const searchBox = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const lastRange = useRef<[number, number]>([0, 0]);
  const bookGen = useRef(0);
  const earlyScreen = useRef(props.firstScreen);
  // Bulk actions, duplicates and deletes (BulkBar, Duplicates, PersonActions) write, then bump this.
  const [written, setWritten] = useState(0);
  const [last, setLast] = useState<LastAction | null>(null);
  const [showDuplicates, setShowDuplicates] = useState(false);
  const afterWrite = () => {
    rows.current.clear();
    pending.current.clear();
    setWritten((w) => w + 1);
    // A bulk tag or region is a new suggestion for the filters and the fields.
    listTags(db).then(setKnownTags, () => undefined);
    listRegions(db).then(setKnownRegions, () => undefined);
  };

  // First paint from one bounded index read; the whole order (keys only) follows.
  useEffect(() => {
    const gen = ++bookGen.current;
    const live = () => gen === bookGen.current;
    setBook(null);
    // The read main.tsx started before the language was known serves the first sort, once.
    const early = sort === 'due' ? earlyScreen.current : undefined;
    earlyScreen.current = undefined;
    (early ?? readFirstScreen(db, sort, collator))
      .then(async ({ first, loaded }) => {
        if (!live()) return;
        for (const [id, row] of loaded) rows.current.set(id, row);
        const complete = first.ids.length >= first.total;
        setBook({ ...first, complete, gen });
        if (complete) return;
        await afterPaint();
        if (!live()) return;
        const ids = await listPeopleIds(db, sort, collator);
        if (live()) setBook({ ids, total: ids.length, complete: true, gen });
      })
      .catch((e: unknown) => setError(errorMessage(e)));
  }, [sort, written]);

  // Each choice is a step back/forward can return to; typing a number of days replaces the step.
  const setFilters = (next: PeopleFilters, replace = false) => {
    const search = filtersToSearch(next);
    const url = `${location.pathname}${search}${location.hash}`;
    if (search !== location.search) (replace ? history.replaceState : history.pushState).call(history, null, '', url);
    setFiltersState(next);
  };
  useEffect(() => {
    const onPop = () => setFiltersState(parseFilters(location.search));
    window.addEventListener('popstate', onPop);
    listTags(db).then(setKnownTags, () => setKnownTags([]));
    listRegions(db).then(setKnownRegions, () => setKnownRegions([]));
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const filterKey = filtersToSearch(filters);
  useEffect(() => {
    if (!hasFilters(filters)) {
      setFiltered(null);
      return;
    }
    const abort = new AbortController();
    filterPeople(db, filters, Date.now(), abort.signal).then(
      (ids) => !abort.signal.aborted && setFiltered({ key: filterKey, ids }),
      (e: unknown) => abort.signal.aborted || setError(errorMessage(e)),
    );
    return () => abort.abort();
  }, [filterKey, dataVersion]);

  // Each keystroke aborts the search of the previous one: its remaining reads and checks are skipped.
  useEffect(() => {
    if (!query.trim()) {
      setResult(null);
      return;
    }
    const abort = new AbortController();
    searchPeople(db, query, abort.signal)
      .then(async (search) => {
        if (abort.signal.aborted) return;
        // The first screen's records are read before the results show, so the list paints once
        // with its rows rather than as placeholders that wait a frame for `onRange` to ask.
        const first = book?.complete && !hasFilters(filters) ? firstMatches(book.ids, search.ids, firstWindowRows(window.innerHeight)) : [];
        const missing = first.filter((id) => !rows.current.has(id));
        if (missing.length) for (const [id, row] of await loadPeopleRows(db, missing)) rows.current.set(id, row);
        if (!abort.signal.aborted) setResult({ query, search });
      })
      .catch((e: unknown) => abort.signal.aborted || setError(errorMessage(e)));
    return () => abort.abort();
  }, [query, written]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === '/' && !isTyping(event.target) && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        searchBox.current?.focus();
        searchBox.current?.select();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // A search needs the whole order; until it has arrived the page says it is loading.
  const filtering = hasFilters(filters);
  const filterReady = !filtering || filtered?.key === filterKey;
  const shown = useMemo(() => {
    if (!book) return null;
    if (!result && !filtering) return book.ids;
    if (!book.complete || !filterReady) return null;
    return book.ids.filter((id) => (!result || result.search.ids.has(id)) && (!filtering || filtered!.ids.has(id)));
  }, [book, result, filtering, filterReady, filtered]);
  const narrowed = !!result || filtering;
  const shownCount = shown && !narrowed ? book!.total : (shown?.length ?? 0);
  const listKey = `${book?.gen ?? 0}:${sort}:${result?.query ?? ''}:${filterKey}`;
  const pieces = result?.search.pieces ?? [];
  const active = activeIn.list === listKey ? activeIn.index : -1;
  const setActive = (index: number) => setActiveIn({ index, list: listKey });
  const selection = useSelection(shown);

  const deletePerson = async (id: ContactId) => {
    try {
      const undo = await deleteContacts(db, [id]);
      setLast({ message: tp('bulkDeleted', undo.contacts.length, formatCount(undo.contacts.length)), affected: undo.contacts.length, undo });
      selection.clear();
      setOpenId(null);
      void refreshBadge();
      afterWrite();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const loadRange = (start: number, end: number) => {
    lastRange.current = [start, end];
    if (!shown) return;
    const wanted = shown.slice(start, end).filter((id) => id && !rows.current.has(id) && !pending.current.has(id));
    if (!wanted.length) return;
    wanted.forEach((id) => pending.current.add(id));
    loadPeopleRows(db, wanted).then(
      (loaded) => {
        for (const [id, row] of loaded) rows.current.set(id, row);
        wanted.forEach((id) => pending.current.delete(id));
        setRowsVersion((v) => v + 1);
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  };

  // Rows on screen whose ids were not known yet (first screen only) load once the whole order is in.
  useEffect(() => loadRange(...lastRange.current), [shown]);

  // A write in the pane: that row's records are read again (its due date or note may have changed).
  const rowChanged = (id: ContactId) => {
    setDataVersion((v) => v + 1);
    listTags(db).then(setKnownTags, () => undefined);
    listRegions(db).then(setKnownRegions, () => undefined);
    loadPeopleRows(db, [id]).then(
      (loaded) => {
        const row = loaded.get(id);
        if (row) rows.current.set(id, row);
        else rows.current.delete(id);
        setRowsVersion((v) => v + 1);
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  };

  const closePerson = () => {
    setOpenId(null);
    list.current?.querySelector<HTMLElement>('[role=listbox]')?.focus();
  };

  let status: string;
  if (!shown) status = t('peopleLoading');
  else if (!narrowed) status = book!.total ? tp('nu_peopleCount', book!.total, book!.total) : t('peopleEmpty');
  else if (!shown.length) status = result ? t('peopleNoMatches', result.query.trim()) : t('paneFilterNoMatches');
  else if (result?.search.partial) status = tp('nu_peopleMatchesPartial', shown.length, shown.length);
  else status = t('peopleMatches', shown.length, book!.total);

  return (
    <div class="people-page">
      <header class="people-header">
        <h1>{t('peopleHeading')}</h1>
        <PeopleNav current="people" />
        <nav>
          <a href={browser.runtime.getURL('/options.html')}>{t('popupSettingsLink')}</a>
        </nav>
      </header>
      <div class="people-tools" role="search">
        <label for="people-search">{t('peopleSearchLabel')}</label>
        <input
          id="people-search"
          ref={searchBox}
          type="search"
          data-testid="people-search"
          placeholder={t('peopleSearchPlaceholder')}
          autocomplete="off"
          spellcheck={false}
          maxLength={500}
          value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' && shownCount) {
              e.preventDefault();
              setActive(0);
              list.current?.querySelector<HTMLElement>('[role=listbox]')?.focus();
            }
          }}
        />
        <label for="people-sort">{t('peopleSortLabel')}</label>
        <select id="people-sort" data-testid="people-sort" value={sort} onChange={(e) => setSort((e.currentTarget as HTMLSelectElement).value as PeopleSort)}>
          {PEOPLE_SORTS.map((s) => (
            <option key={s} value={s}>
              {t(keyFor('peopleSort_', s))}
            </option>
          ))}
        </select>
        <button type="button" data-testid="duplicates-toggle" aria-expanded={showDuplicates} onClick={() => setShowDuplicates(!showDuplicates)}>
          {showDuplicates ? t('dupHide') : t('dupShow')}
        </button>
      </div>
      <Filters filters={filters} knownTags={knownTags} knownRegions={knownRegions} onChange={setFilters} />
      <BulkBar
        db={db}
        shown={shown}
        selected={selection.selected}
        knownRegions={knownRegions}
        onSelectAll={selection.selectAll}
        onClear={selection.clear}
        last={last}
        setLast={setLast}
        onChanged={afterWrite}
      />
      {showDuplicates && <Duplicates db={db} version={written} onChanged={afterWrite} setLast={setLast} />}
      <p class="muted" id="people-help">
        {t('peopleKeyboardHelp')} {t('bulkKeyboardHelp')}
      </p>
      <p
        class="people-status"
        role="status"
        data-testid="people-status"
        data-state={shown ? 'ready' : 'loading'}
        data-query={result?.query ?? ''}
        data-filters={filterKey}
        data-count={shown ? shownCount : ''}
      >
        {status}
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="people-body">
        <div class="people-list-area" ref={list}>
          {shown && (
            <VirtualList
              key={`${sort}:${result?.query ?? ''}:${filterKey}`}
              count={shownCount}
              active={active}
              label={t('peopleListLabel')}
              idOf={(i) => shown[i] ?? `#${i}`}
              renderRow={(i) => <PersonRow row={shown[i] ? rows.current.get(shown[i]) : undefined} pieces={pieces} now={now} />}
              onRange={loadRange}
              onActive={setActive}
              onOpen={(i) => shown[i] && setOpenId(shown[i])}
              isChecked={selection.isChecked}
              onToggle={selection.toggle}
              checkLabel={(i) => t('bulkSelectRow', String(i + 1))}
              onKeyDown={(e) => {
                if (e.key === 'Escape' && openId) {
                  e.preventDefault();
                  closePerson();
                }
              }}
            />
          )}
        </div>
        {openId && (
          <PersonView
            key={openId}
            db={db}
            id={openId}
            onClose={closePerson}
            onChanged={rowChanged}
            onWritten={() => {
              setDataVersion((v) => v + 1);
              afterWrite();
            }}
            onDelete={(id) => void deletePerson(id)}
            knownTags={knownTags}
            knownRegions={knownRegions}
          />
        )}
      </div>
    </div>
  );
}
