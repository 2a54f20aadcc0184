/**
 * People page actions (issue 11): opening a person (a click on a row → the person pane shows their
 * notes and contact history) and a bulk tag of a filtered set (select all → add tag → "done", then
 * undo → "undone"), timed inside people.html; and the raw IndexedDB reference of the same work,
 * timed in an extension page with the bare API on the same database:
 *
 * - open: one read-only transaction: the contact (`get`), its notes (`notes.contactId` index,
 *   `getAll`) and its touches (`touches.[contactId+at]` range, `getAll`);
 * - bulk tag: one read-write transaction: each contact and its search-index row read (`get`), the
 *   tag added to both, both `put` back (the index row gains the tag's tokens, computed in Node by the
 *   extension's own folding); its undo puts the rows read back, in one transaction too.
 */
import type { Page } from 'playwright-core';
import type { BenchBrowser } from './browser';

interface ActionWatch {
  clickAt: number | null;
  openAt: number | null;
  doneAt: number | null;
  undoneAt: number | null;
  /** Which stamp the next click starts: a row opened, the bulk action applied, or its undo. */
  armed: 'open' | 'bulk' | 'undo' | null;
}

/** Runs in people.html before its own scripts. Self-contained: it is serialised into the page. */
function watchActions(): void {
  const state: ActionWatch = { clickAt: null, openAt: null, doneAt: null, undoneAt: null, armed: null };
  (window as unknown as { __kkActions: ActionWatch }).__kkActions = state;
  // Capture phase: stamped before the page's own handler runs.
  document.addEventListener('click', () => state.armed && state.clickAt === null && (state.clickAt = performance.now()), true);
  const check = () => {
    if (state.clickAt === null) return;
    if (state.armed === 'open' && state.openAt === null) {
      const pane = document.querySelector('[data-testid=person-view]');
      if (pane?.querySelector('.note .body') && pane.querySelector('[data-testid=pane-touch]')) state.openAt = performance.now();
    }
    const bulk = document.querySelector('[data-testid=bulk-status]');
    if (state.armed === 'bulk' && state.doneAt === null && bulk?.getAttribute('data-state') === 'done') state.doneAt = performance.now();
    if (state.armed === 'undo' && state.undoneAt === null && bulk?.getAttribute('data-state') === 'idle' && bulk.textContent) state.undoneAt = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
}

const readWatch = (page: Page) => page.evaluate(() => (window as unknown as { __kkActions: ActionWatch }).__kkActions);
const arm = (page: Page, armed: ActionWatch['armed']) =>
  page.evaluate((armed) => Object.assign((window as unknown as { __kkActions: ActionWatch }).__kkActions, { clickAt: null, openAt: null, doneAt: null, undoneAt: null, armed }), armed);
const waitFor = (page: Page, key: 'openAt' | 'doneAt' | 'undoneAt') =>
  page.waitForFunction((key) => (window as unknown as { __kkActions: ActionWatch }).__kkActions[key] !== null, key, { timeout: 600_000, polling: 5 });

async function openPeoplePage(browser: BenchBrowser, search: string): Promise<Page> {
  const page = await browser.openExtensionPage(`people.html${search}`, async (p) => void (await p.addInitScript(watchActions)));
  await page.waitForFunction(
    (s) => {
      const status = document.querySelector('[data-testid=people-status]');
      return status?.getAttribute('data-state') === 'ready' && status.getAttribute('data-filters') === s && !!document.querySelector('[role=option] .name');
    },
    search,
    { timeout: 600_000, polling: 5 },
  );
  return page;
}

export interface OpenSample {
  /** Click on the row → the pane shows the person's notes and contact history. */
  ms: number;
  name: string;
}

/**
 * Opens people.html (default order, most overdue first), lets the whole order arrive (`settleMs`),
 * then opens rows 1…`runs` in turn, one click each, closing the pane (Escape) between them, so
 * every sample is a person not opened before.
 */
export async function measureOpenPerson(browser: BenchBrowser, runs: number, settleMs: number): Promise<OpenSample[]> {
  const page = await openPeoplePage(browser, '');
  try {
    await page.waitForTimeout(settleMs);
    const samples: OpenSample[] = [];
    for (let i = 0; i < runs; i++) {
      const row = page.locator(`#person-${i}`);
      const name = ((await row.locator('.name').textContent()) ?? '').trim();
      await arm(page, 'open');
      await row.locator('.name').click();
      await waitFor(page, 'openAt');
      const watch = await readWatch(page);
      const heading = ((await page.locator('#person-view-heading').textContent()) ?? '').trim();
      if (heading !== name) throw new Error(`opened "${heading}", not the row's "${name}"`);
      samples.push({ ms: watch.openAt! - watch.clickAt!, name });
      await page.keyboard.press('Escape');
      await page.getByTestId('person-view').waitFor({ state: 'detached' });
    }
    return samples;
  } finally {
    await page.close();
  }
}

export interface BulkSample {
  /** Click on apply → the status says done. */
  ms: number;
  /** Click on undo → the status says undone. */
  undoMs: number;
  affected: number;
  status: string;
  /** Contacts with the tag right after the action, and after its undo (read raw). */
  taggedAfter: number;
  taggedAfterUndo: number;
}

const countTagged = (page: Page, tag: string) =>
  page.evaluate(async (tag) => {
    const req = <T>(r: IDBRequest<T>) => new Promise<T>((res, rej) => ((r.onsuccess = () => res(r.result)), (r.onerror = () => rej(r.error))));
    const db = await req(indexedDB.open('kakehashi'));
    const n = await req(db.transaction('contacts').objectStore('contacts').index('tags').count(tag));
    db.close();
    return n;
  }, tag);

/**
 * On people.html`search` (a filtered set): select all, add `tag`, wait for "done"; then undo and
 * wait for "undone". The tag is counted on the database after each step, so a figure is only kept
 * when the action really tagged everyone selected and the undo really removed it.
 */
export async function measureBulkTag(browser: BenchBrowser, search: string, tag: string): Promise<BulkSample> {
  const page = await openPeoplePage(browser, search);
  try {
    await page.getByTestId('bulk-select-all').click();
    const selected = Number(await page.getByTestId('bulk-selected').getAttribute('data-count'));
    await page.getByTestId('bulk-action').selectOption('add-tag');
    await page.getByTestId('bulk-tag').fill(tag);
    if (Number(await page.getByTestId('bulk-apply').getAttribute('data-count')) !== selected) throw new Error('the apply button does not count the selection');
    await arm(page, 'bulk');
    await page.getByTestId('bulk-apply').click();
    await waitFor(page, 'doneAt');
    const done = await readWatch(page);
    const status = ((await page.getByTestId('bulk-status').textContent()) ?? '').trim();
    const taggedAfter = await countTagged(page, tag);
    await arm(page, 'undo');
    await page.getByTestId('bulk-undo').click();
    await waitFor(page, 'undoneAt');
    const undone = await readWatch(page);
    const taggedAfterUndo = await countTagged(page, tag);
    return { ms: done.doneAt! - done.clickAt!, undoMs: undone.undoneAt! - undone.clickAt!, affected: selected, status, taggedAfter, taggedAfterUndo };
  } finally {
    await page.close();
  }
}

/** The first `n` contact ids of the default order (`nextDueAt` index, ascending): the rows opened. */
export function firstDueIds(page: Page, n: number): Promise<string[]> {
  return page.evaluate(async (n) => {
    const req = <T>(r: IDBRequest<T>) => new Promise<T>((res, rej) => ((r.onsuccess = () => res(r.result)), (r.onerror = () => rej(r.error))));
    const db = await req(indexedDB.open('kakehashi'));
    const keys = await req(db.transaction('contacts').objectStore('contacts').index('nextDueAt').getAllKeys(null, n));
    db.close();
    return keys as string[];
  }, n);
}

/** The raw reference of opening a person: contact + notes + touches of each id, one transaction each. */
export function rawOpenPerson(page: Page, ids: readonly string[]): Promise<number[]> {
  return page.evaluate(async (ids) => {
    const req = <T>(r: IDBRequest<T>) => new Promise<T>((res, rej) => ((r.onsuccess = () => res(r.result)), (r.onerror = () => rej(r.error))));
    const db = await req(indexedDB.open('kakehashi'));
    const out: number[] = [];
    for (const id of ids) {
      const start = performance.now();
      const tx = db.transaction(['contacts', 'notes', 'touches']);
      const [contact, notes, touches] = await Promise.all([
        req(tx.objectStore('contacts').get(id)),
        req(tx.objectStore('notes').index('contactId').getAll(id)),
        req(tx.objectStore('touches').index('[contactId+at]').getAll(IDBKeyRange.bound([id, -Infinity], [id, Infinity]))),
      ]);
      out.push(performance.now() - start);
      if (!contact || !(notes as unknown[]).length || !(touches as unknown[]).length) throw new Error(`${id}: no contact, notes or touches`);
    }
    db.close();
    return out;
  }, ids);
}

/**
 * The raw reference of a bulk tag: the ids the filter names (`tag` index, or every contact), read
 * untimed; then, timed, one read-write transaction that reads each contact and its search-index
 * row, adds `tag` (and `tagTokens` to the row) and puts both back; then, timed too, the undo: the
 * rows read put back in one transaction.
 */
export function rawBulkTag(page: Page, filterTag: string | null, tag: string, tagTokens: readonly string[]): Promise<{ ms: number; undoMs: number; rows: number }> {
  return page.evaluate(
    async ([filterTag, tag, tagTokens]) => {
      const req = <T>(r: IDBRequest<T>) => new Promise<T>((res, rej) => ((r.onsuccess = () => res(r.result)), (r.onerror = () => rej(r.error))));
      const done = (tx: IDBTransaction) => new Promise<void>((res, rej) => ((tx.oncomplete = () => res()), (tx.onerror = () => rej(tx.error)), (tx.onabort = () => rej(tx.error))));
      const db = await req(indexedDB.open('kakehashi'));
      const contacts = db.transaction('contacts').objectStore('contacts');
      const ids = (await req(filterTag === null ? contacts.getAllKeys() : contacts.index('tags').getAllKeys(filterTag))) as string[];
      type Row = { tags: string[] };
      // The search index's row of the person (utils/db/search-index.ts, one row per contact): the
      // contact's own part gains the tag's tokens, and so does the row's union of tokens.
      type IndexRow = { contactId: string; tokens: string[]; parts: Record<string, string[] | undefined> };
      const before: Array<[unknown, unknown]> = [];
      let start = performance.now();
      const tx = db.transaction(['contacts', 'searchByContact'], 'readwrite');
      const store = tx.objectStore('contacts');
      const index = tx.objectStore('searchByContact');
      for (const id of ids) {
        const contact = store.get(id);
        const row = index.get(id);
        row.onsuccess = () => {
          const c = contact.result as Row;
          const r = (row.result as IndexRow | undefined) ?? { contactId: id, tokens: [], parts: {} };
          before.push([structuredClone(c), row.result === undefined ? null : structuredClone(r)]);
          store.put({ ...c, tags: [...c.tags, tag] });
          index.put({ ...r, tokens: [...new Set([...r.tokens, ...tagTokens])], parts: { ...r.parts, c: [...new Set([...(r.parts.c ?? []), ...tagTokens])] } });
        };
      }
      await done(tx);
      const ms = performance.now() - start;
      start = performance.now();
      const undo = db.transaction(['contacts', 'searchByContact'], 'readwrite');
      for (const [c, r] of before) {
        undo.objectStore('contacts').put(c);
        if (r === null) undo.objectStore('searchByContact').delete((c as { id: string }).id);
        else undo.objectStore('searchByContact').put(r);
      }
      await done(undo);
      const undoMs = performance.now() - start;
      db.close();
      return { ms, undoMs, rows: before.length };
    },
    [filterTag, tag, tagTokens] as const,
  );
}

/**
 * The raw reference of the list's first paint (data only, the page's load excluded): the count,
 * the first `rows` keys of the `nextDueAt` index, and those contacts with their notes and touches.
 */
export function rawFirstScreen(page: Page, rows: number, runs: number): Promise<number[]> {
  return page.evaluate(
    async ([rows, runs]) => {
      const req = <T>(r: IDBRequest<T>) => new Promise<T>((res, rej) => ((r.onsuccess = () => res(r.result)), (r.onerror = () => rej(r.error))));
      const db = await req(indexedDB.open('kakehashi'));
      const out: number[] = [];
      for (let run = 0; run < runs; run++) {
        const start = performance.now();
        const tx = db.transaction(['contacts', 'notes', 'touches']);
        const contacts = tx.objectStore('contacts');
        const [, ids] = await Promise.all([req(contacts.count()), req(contacts.index('nextDueAt').getAllKeys(null, rows))]);
        await Promise.all(
          (ids as string[]).flatMap((id) => [
            req(contacts.get(id)),
            req(tx.objectStore('notes').index('contactId').getAll(id)),
            req(tx.objectStore('touches').index('[contactId+at]').getAll(IDBKeyRange.bound([id, -Infinity], [id, Infinity]))),
          ]),
        );
        out.push(performance.now() - start);
      }
      db.close();
      return out;
    },
    [rows, runs] as const,
  );
}

/**
 * The raw reference of a filtered URL: the whole order (every key of the `nextDueAt` index and of
 * the store, as the list reads it) and, per filter, the keys its index names (`tags`, `site`,
 * `nextDueAt ≤ now` for "due"), intersected. No record is read, so "due" leaves out the snooze check.
 */
export function rawFilter(page: Page, search: string, runs: number): Promise<number[]> {
  return page.evaluate(
    async ([search, runs]) => {
      const req = <T>(r: IDBRequest<T>) => new Promise<T>((res, rej) => ((r.onsuccess = () => res(r.result)), (r.onerror = () => rej(r.error))));
      const db = await req(indexedDB.open('kakehashi'));
      const out: number[] = [];
      for (let run = 0; run < runs; run++) {
        const start = performance.now();
        const store = db.transaction('contacts').objectStore('contacts');
        const reads = [...new URLSearchParams(search)].map(([key, value]) => {
          if (key === 'tag') return store.index('tags').getAllKeys(value);
          if (key === 'site') return store.index('site').getAllKeys(value);
          if (key === 'status' && value === 'due') return store.index('nextDueAt').getAllKeys(IDBKeyRange.upperBound(Date.now()));
          throw new Error(`rawFilter: no reference for ${key}=${value}`);
        });
        const [order, all, ...sets] = (await Promise.all([store.index('nextDueAt').getAllKeys(), store.getAllKeys(), ...reads].map((r) => req(r)))) as string[][];
        const keep = sets.map((s) => new Set(s));
        const seen = new Set(order);
        const shown = [...order!, ...all!.filter((id) => !seen.has(id))].filter((id) => keep.every((s) => s.has(id)));
        out.push(performance.now() - start);
        void shown;
      }
      db.close();
      return out;
    },
    [search, runs] as const,
  );
}
