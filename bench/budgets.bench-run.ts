/**
 * Issue 15's performance budgets, every figure next to its reference in the same run, at 100,000
 * contacts in ONE browser profile seeded once (see bench/README.md, "Budgets"):
 *
 *   1. popup on the empty database (this also makes the app create its database);
 *   2. seed: a raw bulk write of exactly the records a restore of the backup writes (timed: the
 *      reference of `restore-x-write`), checked by counting;
 *   3. popup at 100k and the raw IndexedDB floor; panel first load and in-app navigation on both
 *      sites; People page search; export (with its raw read) and its long tasks; import of 10,000
 *      Connections rows; the feed with and without the extension;
 *   4. last, a restore (replace) of the same backup through the options page: its time and the
 *      options page's longest tasks while parsing and writing;
 *   5. the popup in Firefox ESR (one row; see lib/firefox-popup.ts for its size).
 *
 * `BENCH_ONLY=budgets npm run bench` runs only this file. Knobs: BUDGET_SIZE=100000 BUDGET_RUNS=3
 * BUDGET_FEED_RUNS=2 (0 skips the feed) BUDGET_FIREFOX_SIZE=10000 (0 skips Firefox) BUDGET_RESTORE_CAP_MS=300000 BENCH_EXT_DIR
 * BENCH_FIREFOX_ZIP (default: the Firefox zip in .output). BUDGET_ONLY=panel,people measures only those
 * parts (popup, panel, size, export, people, import, feed, insights, restore, firefox); the others are
 * left out of the table, and results.json is not written, so a partial run never replaces a full one.
 * Merges `budgets` and `budgetRun` into bench/results.json (other keys are kept).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { HOME_TABLE } from '@/utils/db/popup-home';
import { INDUSTRIES } from '@/utils/domain/industries';
import { DAY_MS } from '@/utils/model';
import { serializeBackup } from '@/utils/io/backup';
import { bigramsOf, MAX_WORD_TOKEN, parseQuery } from '@/utils/domain/search-text';
import { CHROME_DIR, CHROMIUM_PATH } from '../tests/e2e/paths';
import { PANEL_TARGETS } from './lib/panel-targets';
import { launchBrowser, type BenchBrowser } from './lib/browser';
import { contentScriptSizes } from './lib/bundle';
import { budget, formatBudgets, loadAverageOf, type Budget, type BudgetDetails } from './lib/budgets';
import { connectionsCsv } from './lib/connections-csv';
import { buildDataset, dueCount } from './lib/dataset';
import { FEEDS, measureFeedOnce, serveFeeds, type FeedSample, type FeedSite } from './lib/feed';
import { measureFirefoxPopup, type FirefoxPopupResult } from './lib/firefox-popup';
import { exportContacts, importConnections, restoreBackup } from './lib/options-io';
import { measurePanelFirstLoad, measurePanelInApp, type PanelTarget } from './lib/panel';
import { measurePeopleOnce, measureRawSearch, type PeopleSample } from './lib/people';
import { measurePopupOnce, type PopupSample } from './lib/popup';
import { measureInsightsOnce, rawInsightReads, warmInsights, type InsightsSample } from './lib/insights';
import { measureIndexedDbFloor } from './lib/references';
import { rawBulkWrite, rawReadAll, recordCount, restoreRecordsOf } from './lib/seed';
import { median } from './lib/stats';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const SIZE = Number(process.env.BUDGET_SIZE ?? 100_000);
const RUNS = Number(process.env.BUDGET_RUNS ?? 3);
const FEED_RUNS = Number(process.env.BUDGET_FEED_RUNS ?? 2);
const FIREFOX_SIZE = Number(process.env.BUDGET_FIREFOX_SIZE ?? 10_000);
const IMPORT_ROWS = 10_000;
/** The restore is measured last and given at most this long (the run has a 15-minute target). */
const RESTORE_CAP_MS = Number(process.env.BUDGET_RESTORE_CAP_MS ?? 5 * 60_000);
/** Narrow and broad, English and Japanese, one and two words (as bench/people.bench-run.ts). */
/** Parts of the run that BUDGET_ONLY may name; unset = all of them. */
const PARTS = ['popup', 'panel', 'size', 'export', 'people', 'import', 'feed', 'insights', 'restore', 'firefox'] as const;
const ONLY = process.env.BUDGET_ONLY?.split(',').map((p) => p.trim()).filter(Boolean) ?? null;
for (const part of ONLY ?? []) if (!(PARTS as readonly string[]).includes(part)) throw new Error(`BUDGET_ONLY: unknown part "${part}" (one of ${PARTS.join(', ')})`);
const want = (part: (typeof PARTS)[number]) => ONLY === null || ONLY.includes(part);
const QUERIES = ['fintech', '金沢出身', 'streams weekends', 'hiking', '勉強会'];

function log(message: string): void {
  process.stdout.write(`[budgets ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

const med = (samples: number[]) => median(samples) ?? NaN;
const f1 = (v: number) => (Number.isFinite(v) ? (v >= 100 ? Math.round(v).toLocaleString('en-US') : v.toFixed(1)) : '—');

function lookupsOf(query: string) {
  return parseQuery(query).map((piece) =>
    !piece.cjk || Array.from(piece.text).length === 1
      ? [{ token: piece.cjk ? piece.text : piece.text.slice(0, MAX_WORD_TOKEN), prefix: true }]
      : [...new Set(bigramsOf(piece.text))].map((token) => ({ token, prefix: false })),
  );
}

async function countRows(browser: BenchBrowser, store: string): Promise<number> {
  const page = await browser.openExtensionPage('options.html');
  try {
    return await page.evaluate(
      (store) =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('kakehashi');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction(store).objectStore(store).count();
            request.onsuccess = () => {
              open.result.close();
              resolve(request.result);
            };
            request.onerror = () => reject(request.error);
          };
        }),
      store,
    );
  } finally {
    await page.close();
  }
}

async function popupRuns(browser: BenchBrowser, runs: number): Promise<PopupSample[]> {
  await measurePopupOnce(browser); // warm-up: the service worker and the database open
  const samples: PopupSample[] = [];
  for (let run = 0; run < runs; run++) samples.push(await measurePopupOnce(browser));
  return samples;
}

/**
 * `insights-ms`: people.html#insights, navigation start → the frame after the figures rendered
 * (InsightsView's performance marks), median of `runs` fresh tabs after one warm-up (which also lets
 * the introductions' worker fill its cache, `warmInsights`); beside it the raw IndexedDB reads of the
 * same counters (lib/insights.ts `rawInsightReads`).
 */
async function measureInsights(browser: BenchBrowser, runs: number): Promise<{ ready: InsightsSample[]; raw: number[]; introsFirstMs: number }> {
  const { introsMs } = await warmInsights(browser);
  const ready: InsightsSample[] = [];
  for (let run = 0; run < runs; run++) ready.push(await measureInsightsOnce(browser));
  const page = await browser.openExtensionPage('options.html');
  try {
    const raw: number[] = [];
    const today = Math.floor(Date.now() / DAY_MS);
    for (let run = 0; run < Math.max(runs, 5); run++) raw.push(await rawInsightReads(page, today, INDUSTRIES.map((i) => i.id)));
    return { ready, raw, introsFirstMs: introsMs };
  } finally {
    await page.close();
  }
}

it(`budgets (issue 15) at ${SIZE.toLocaleString('en-US')} contacts`, async () => {
  const started = Date.now();
  const loadBefore = os.loadavg();
  const source = process.env.BENCH_EXT_DIR ?? CHROME_DIR;
  if (!existsSync(path.join(source, 'manifest.json'))) throw new Error(`No build at ${source}: run \`npm run build\` (npm run bench does).`);
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`No Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium.`);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'kakehashi-budgets-'));
  const extDir = path.join(tmp, 'chrome-mv3');
  cpSync(source, extDir, { recursive: true });
  const notes: string[] = [];
  const details: BudgetDetails = {};
  const budgets: Budget[] = [];
  const figures: Record<string, unknown> = {};
  let firefox: FirefoxPopupResult | null = null;
  /** The export's runs (their longest tasks count in `main-thread-longest-ms`). */
  let exports: Awaited<ReturnType<typeof exportContacts>>[] = [];

  const now = Date.now();
  const data = buildDataset(SIZE, now);
  const backupText = serializeBackup(data, now);
  const backupFile = path.join(tmp, `backup-${SIZE}.json`);
  writeFileSync(backupFile, backupText);
  const records = restoreRecordsOf(backupText, now);
  log(`${SIZE}: ${data.contacts.length} contacts, ${data.notes.length} notes, ${data.touches.length} touches; ${recordCount(records)} records to write (search index included), ${(backupText.length / 1e6).toFixed(1)} MB backup`);

  const browser = await launchBrowser(extDir);
  const baseline = FEED_RUNS > 0 && want('feed') ? await launchBrowser(null) : null;
  try {
    browser.serve(Object.fromEntries(Object.values(PANEL_TARGETS).map((t) => [t.url, t.html])));

    // 1. Popup, empty database (the popup's background creates the database at the app's version),
    // with the backup's settings, so it takes the same path as at SIZE (industry known).
    await measurePopupOnce(browser);
    const settingsPage = await browser.openExtensionPage('options.html');
    // With the popup's cache cleared, as the app's own settings write would invalidate it.
    await rawBulkWrite(settingsPage, records.filter(([store]) => store === 'settings' || store === HOME_TABLE));
    await settingsPage.close();
    const empty = want('popup') ? await popupRuns(browser, RUNS) : [];
    if (want('popup')) log(`popup, empty database: ${f1(med(empty.map((s) => s.readyMs)))} ms`);

    // 2. Seed = the raw bulk write reference.
    const seedPage = await browser.openExtensionPage('options.html');
    const rawWriteMs = await rawBulkWrite(seedPage, records);
    await seedPage.close();
    expect(await countRows(browser, 'contacts'), 'every contact is in the database').toBe(SIZE);
    log(`seeded by a raw bulk write in ${f1(rawWriteMs)} ms`);

    if (want('popup')) {
    // 3a. Popup at SIZE and its floor.
      const full = await popupRuns(browser, RUNS);
      const due = dueCount(data, Date.now());
      expect(full[0]!.dueItems, 'the popup lists who is due').toBe(Math.min(50, due));
      const refPage = await browser.openExtensionPage('options.html');
      await refPage.waitForTimeout(500);
      const floor = await measureIndexedDbFloor(refPage, Math.max(RUNS, 5));
      await refPage.close();
      const readyFull = med(full.map((s) => s.readyMs));
      const readyEmpty = med(empty.map((s) => s.readyMs));
      const dataPart = med(full.map((s) => s.readyMs - s.domContentLoadedMs));
      const floorMs = med(floor.samples);
      budgets.push(budget('popup-data-x-floor', dataPart / floorMs), budget('popup-x-empty', readyFull / readyEmpty));
      details['popup-data-x-floor'] = `data part ${f1(dataPart)} ms ÷ floor ${f1(floorMs)} ms (50 soonest due, raw IndexedDB)`;
      details['popup-x-empty'] = `ready ${f1(readyFull)} ms ÷ empty ${f1(readyEmpty)} ms`;
      figures.popup = { empty, full, floor: floor.samples };
      log(`popup ${f1(readyFull)} ms, data part ${f1(dataPart)} ms, floor ${f1(floorMs)} ms`);
    }

    if (want('panel')) {
    // 3b. Panel.
      const panelSite = async (first: PanelTarget, other: PanelTarget) => {
        const loads = [];
        for (let run = 0; run < RUNS; run++) loads.push(await measurePanelFirstLoad(browser, first));
        const nav = await measurePanelInApp(browser, first, other, Math.max(RUNS, 2));
        return { first: med(loads.map((l) => l.headerToDataMs)), nav: med(nav.map((s) => s.pushToDataMs)), loads, navSamples: nav };
      };
      const linkedin = await panelSite(PANEL_TARGETS.ethan, PANEL_TARGETS.haruto);
      const x = await panelSite(PANEL_TARGETS.mori, PANEL_TARGETS.shore);
      budgets.push(budget('panel-first-ms', Math.max(linkedin.first, x.first)), budget('panel-nav-ms', Math.max(linkedin.nav, x.nav)));
      details['panel-first-ms'] = `LinkedIn ${f1(linkedin.first)} ms, X ${f1(x.first)} ms`;
      details['panel-nav-ms'] = `LinkedIn ${f1(linkedin.nav)} ms, X ${f1(x.nav)} ms (site renders the header at +100)`;
      figures.panel = { linkedin, x };
      log(`panel first ${details['panel-first-ms']}; nav ${details['panel-nav-ms']}`);
    }

    if (want('size')) {
    // 3c. Content-script size (of the build under test).
      const bundles = contentScriptSizes(extDir);
      const largest = bundles.reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a));
      budgets.push(budget('cs-gzip-kb', largest.gzipBytes / 1024));
      details['cs-gzip-kb'] = bundles.map((b) => `${b.file.replace('content-scripts/', '')} ${(b.gzipBytes / 1024).toFixed(1)}`).join(', ');
      figures.bundles = bundles;
    }

    if (want('export')) {
    // 3d. Export and its raw read, in the same page kind (the options page).
      exports = [];
      for (let run = 0; run < Math.min(RUNS, 2); run++) exports.push(await exportContacts(browser));
      const readPage = await browser.openExtensionPage('options.html');
      const raw = await rawReadAll(readPage, RUNS);
      await readPage.close();
      const exportMs = med(exports.map((e) => e.ms));
      const readMs = med(raw.samples);
      budgets.push(budget('export-x-read', exportMs / readMs));
      details['export-x-read'] = `export ${f1(exportMs)} ms (${(exports[0]!.bytes / 1e6).toFixed(1)} MB) ÷ raw getAll ${f1(readMs)} ms`;
      figures.export = { exports, rawRead: raw.samples };
      log(`export ${f1(exportMs)} ms, raw read ${f1(readMs)} ms`);
    }

    if (want('people')) {
    // 3e. People page search.
      const people: PeopleSample[] = [];
      for (let run = 0; run < Math.min(RUNS, 2); run++) people.push(await measurePeopleOnce(browser, QUERIES));
      const searchRef = await browser.openExtensionPage('options.html');
      const rawSearch = await measureRawSearch(searchRef, Object.fromEntries(QUERIES.map((q) => [q, lookupsOf(q)])), 3);
      await searchRef.close();
      const perQuery = QUERIES.map((q) => ({ q, ms: med(people.map((s) => s.keystrokeMs[q]!)), raw: med(rawSearch[q]!) }));
      const worst = perQuery.reduce((a, b) => (b.ms > a.ms ? b : a));
      budgets.push(budget('people-search-ms', worst.ms));
      details['people-search-ms'] = perQuery.map((p) => `${p.q} ${f1(p.ms)} (raw ${f1(p.raw)})`).join(', ');
      figures.people = { samples: people, rawSearch };
      log(`people search ${details['people-search-ms']}`);
    }

    if (want('import')) {
    // 3f. Import 10,000 Connections rows into the seeded book (one run: each adds ~9,500 people).
      const csvFile = path.join(tmp, 'connections.csv');
      writeFileSync(csvFile, connectionsCsv(IMPORT_ROWS, 'budget', data));
      const imported = await importConnections(browser, csvFile);
      budgets.push(budget('import-10k-ms', imported.ms));
      details['import-10k-ms'] = `${imported.status.slice(0, 60)} (1 run, into the seeded book)`;
      figures.import = imported;
      log(`import ${f1(imported.ms)} ms`);
    }

    // 3g. Feed: long tasks with − without the extension, runs alternating.
    if (baseline) {
      for (const b of [browser, baseline]) serveFeeds(b);
      const caused: Record<string, number> = {};
      for (const site of Object.keys(FEEDS) as FeedSite[]) {
        await measureFeedOnce(browser, site); // warm-up each
        await measureFeedOnce(baseline, site);
        const withExt: FeedSample[] = [];
        const without: FeedSample[] = [];
        for (let run = 0; run < FEED_RUNS; run++) {
          without.push(await measureFeedOnce(baseline, site));
          withExt.push(await measureFeedOnce(browser, site));
        }
        caused[site] = med(withExt.map((s) => s.longTasks)) - med(without.map((s) => s.longTasks));
        figures[`feed-${site}`] = { withExt, without };
      }
      const total = Object.values(caused).reduce((n, c) => n + Math.max(0, c), 0);
      budgets.push(budget('feed-longtasks', total));
      details['feed-longtasks'] = `with − without (median of ${FEED_RUNS}): LinkedIn ${caused.linkedin}, X ${caused.x}`;
      log(`feed ${details['feed-longtasks']}`);
    } else if (want('feed')) {
      budgets.push(budget('feed-longtasks', NaN));
      details['feed-longtasks'] = 'not measured (BUDGET_FEED_RUNS=0)';
    }

    if (want('insights')) {
    // 3h. Insights (hook).
      const insights = await measureInsights(browser, RUNS);
      const insightsReady = med(insights.ready.map((s) => s.readyMs));
      budgets.push(budget('insights-ms', insightsReady));
      details['insights-ms'] = `ready ${f1(insightsReady)}, read ${f1(med(insights.ready.map((s) => s.readMs)))} (raw IndexedDB ${f1(med(insights.raw))}), ${data.touches.length.toLocaleString('en-US')} touches, introductions first computed in ${f1(insights.introsFirstMs)}`;
      figures.insights = insights;
      log(`insights ${details['insights-ms']}`);
    }

    if (want('restore')) {
      // 4. Restore (replace) of the same backup, through the options page; longest tasks.
      const longestExport = exports.length ? Math.max(...exports.map((e) => e.longestTaskMs)) : NaN;
      const restoreStart = Date.now();
      const restore = await restoreBackup(browser, backupFile, RESTORE_CAP_MS).catch((error: unknown) => {
        if (!(error instanceof Error && error.name === 'TimeoutError')) throw error;
        return null;
      });
      if (restore) {
        expect(await countRows(browser, 'contacts'), 'the restore replaced the book with the backup').toBe(SIZE);
        budgets.push(budget('restore-x-write', restore.totalMs / rawWriteMs));
        details['restore-x-write'] = `restore ${f1(restore.totalMs)} ms (parse ${f1(restore.parseMs)}) ÷ raw write ${f1(rawWriteMs)} ms`;
        budgets.push(budget('main-thread-longest-ms', Math.max(restore.parseLongestTaskMs, restore.writeLongestTaskMs, longestExport)));
        details['main-thread-longest-ms'] = `parse ${f1(restore.parseLongestTaskMs)}, restore ${f1(restore.writeLongestTaskMs)}, export ${f1(longestExport)} ms`;
      } else {
        // Not finished within the cap: the ratio is at least this (a lower bound, and a fail).
        const elapsed = Date.now() - restoreStart;
        // A restore slower than its cap fails however fast the raw write was; so does the longest-task
        // figure, which then lacks the restore's own tasks.
        budgets.push({ ...budget('restore-x-write', elapsed / rawWriteMs), pass: false });
        details['restore-x-write'] = `restore NOT DONE after ${f1(elapsed)} ms (BUDGET_RESTORE_CAP_MS): at least this ratio ÷ raw write ${f1(rawWriteMs)} ms`;
        budgets.push({ ...budget('main-thread-longest-ms', longestExport), pass: false });
        details['main-thread-longest-ms'] = `export ${f1(longestExport)} ms only (the restore did not finish; its tasks not counted)`;
      }
      figures.restore = restore;
      log(`restore ${details['restore-x-write']}; longest ${details['main-thread-longest-ms']}`);
    }
  } finally {
    await browser.close();
    await baseline?.close();
  }

  // 5. Firefox: the popup, one row.
  if (FIREFOX_SIZE > 0 && want('firefox')) {
    try {
      firefox = await measureFirefoxPopup(FIREFOX_SIZE, RUNS, now);
      log(`firefox popup at ${FIREFOX_SIZE}: ${f1(firefox.readyMs)} ms (empty ${f1(firefox.emptyMs)} ms, floor ${f1(firefox.floorMs)} ms)`);
    } catch (error) {
      notes.push(`Firefox popup not measured: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  rmSync(tmp, { recursive: true, force: true });

  const load = loadAverageOf(loadBefore, os.loadavg());
  const order = ['popup-data-x-floor', 'popup-x-empty', 'panel-first-ms', 'panel-nav-ms', 'cs-gzip-kb', 'export-x-read', 'restore-x-write', 'import-10k-ms', 'main-thread-longest-ms', 'feed-longtasks', 'people-search-ms', 'insights-ms'];
  budgets.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  if (firefox) {
    notes.push(
      `Firefox ESR popup at ${firefox.size.toLocaleString('en-US')} contacts (not ${SIZE.toLocaleString('en-US')}: seeding Firefox through DevTools is slow): ready ${f1(firefox.readyMs)} ms, empty ${f1(firefox.emptyMs)} ms (×${(firefox.readyMs / firefox.emptyMs).toFixed(2)}), raw floor ${f1(firefox.floorMs)} ms (timed from an options tab: iframe created → ready, polled every frame)`,
    );
  }
  const durationMs = Date.now() - started;
  notes.push(`run took ${(durationMs / 60_000).toFixed(1)} min at ${SIZE.toLocaleString('en-US')} contacts, ${RUNS} runs per figure`);
  const resultsFile = path.join(BENCH_DIR, 'results.json');
  const previous = existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as Record<string, unknown>) : {};
  const budgetRun = { startedAt: new Date(started).toISOString(), size: SIZE, runs: RUNS, durationMs, load, details, notes, firefox, figures };
  if (ONLY === null) writeFileSync(resultsFile, `${JSON.stringify({ ...previous, budgets, budgetRun }, null, 2)}\n`);
  else notes.push(`BUDGET_ONLY=${ONLY.join(',')}: a partial run, bench/results.json not written`);
  process.stdout.write(`\n${formatBudgets(budgets, details, load, notes)}\n\n`);
});
