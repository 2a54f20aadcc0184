/**
 * `npm run bench` (not part of `npm test`): the built extension in real Chromium, seeded with
 * 1,000 / 10,000 / 100,000 contacts through its own restore UI, timed on what a user waits for —
 * the popup, the profile panel, scrolling a feed, export and import — next to two references on the
 * same data (a raw IndexedDB floor and the one-`chrome.storage`-key design). Writes
 * bench/results.json and prints a table. See bench/README.md for what each figure means.
 *
 * Knobs (environment): BENCH_SIZES=1000,10000,100000  BENCH_RUNS=5  BENCH_RUNS_LARGE=3 (sizes
 * ≥ 50,000)  BENCH_FEED_RUNS=3  BENCH_EXT_DIR (default: a copy of .output/chrome-mv3).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { serializeBackup } from '@/utils/io/backup';
import { CHROME_DIR, CHROMIUM_PATH } from '../tests/e2e/paths';
import { launchBrowser, type BenchBrowser } from './lib/browser';
import { contentScriptSizes } from './lib/bundle';
import { connectionsCsv } from './lib/connections-csv';
import { buildDataset, dueCount } from './lib/dataset';
import { FEEDS, measureFeedOnce, serveFeeds, type FeedSample, type FeedSite } from './lib/feed';
import { measureMarksOnce, type MarksSample } from './lib/marks';
import { measureOnPageOnce, type OnPageSample } from './lib/on-page';
import { exportContacts, hasDataTools, importConnections, restoreBackup } from './lib/options-io';
import { measurePanelFirstLoad, measurePanelInApp, type PanelTarget } from './lib/panel';
import { PANEL_TARGETS } from './lib/panel-targets';
import { measurePopupOnce, type PopupSample } from './lib/popup';
import { measureIndexedDbFloor, measureStorageAlternative } from './lib/references';
import { formatTable, type BenchResults, type FeedFigures, type PanelSiteResult, type SizeResult } from './lib/report';
import { figure, median } from './lib/stats';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const intList = (v: string | undefined, d: number[]) => (v ? v.split(',').map((s) => Number(s.trim())) : d);
const SIZES = intList(process.env.BENCH_SIZES, [1_000, 10_000, 100_000]);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const RUNS_LARGE = Number(process.env.BENCH_RUNS_LARGE ?? 3);
const FEED_RUNS = Number(process.env.BENCH_FEED_RUNS ?? 3);
const IMPORT_ROWS = 10_000;
const RESTORE_BETWEEN_IMPORTS = 10_000;


function log(message: string): void {
  process.stdout.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

function feedFigures(samples: FeedSample[]): FeedFigures {
  return {
    longTasks: figure(samples.map((s) => s.longTasks)),
    longTaskMs: figure(samples.map((s) => s.longTaskMs)),
    scriptMs: figure(samples.map((s) => s.scriptMs)),
    taskMs: figure(samples.map((s) => s.taskMs)),
    profiledExtensionMs: figure(samples.map((s) => s.profiledExtensionMs)),
    panelShown: samples.some((s) => s.panelShown),
  };
}

/** Writes results.json, keeping what budgets.bench-run.ts and people.bench-run.ts merged into it. */
function writeResults(results: BenchResults): void {
  const file = path.join(BENCH_DIR, 'results.json');
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  const kept = Object.fromEntries(Object.entries(previous).filter(([key]) => ['budgets', 'budgetRun', 'people'].includes(key)));
  writeFileSync(file, `${JSON.stringify({ ...results, ...kept }, null, 2)}\n`);
}

const warmed = new WeakSet<BenchBrowser>();
const diff = (a: { median: number | null }, b: { median: number | null }) => (a.median ?? NaN) - (b.median ?? NaN);

/**
 * Each feed with and without the extension, alternating runs so both see the same machine load
 * (other work on a 2-core machine moves these figures more than the extension does). The first
 * run in each browser is a discarded warm-up (process start, code caches).
 */
async function measureFeeds(ext: BenchBrowser, base: BenchBrowser, runs: number): Promise<NonNullable<SizeResult['feed']>> {
  for (const browser of [ext, base]) {
    serveFeeds(browser);
    if (!warmed.has(browser)) {
      for (const site of Object.keys(FEEDS) as FeedSite[]) await measureFeedOnce(browser, site);
      warmed.add(browser);
    }
  }
  const result = {} as NonNullable<SizeResult['feed']>;
  for (const site of Object.keys(FEEDS) as FeedSite[]) {
    const withExt: FeedSample[] = [];
    const without: FeedSample[] = [];
    for (let run = 0; run < runs; run++) {
      without.push(await measureFeedOnce(base, site));
      withExt.push(await measureFeedOnce(ext, site));
    }
    const withExtension = feedFigures(withExt);
    const withoutExtension = feedFigures(without);
    const scans: OnPageSample[] = [];
    for (let run = 0; run < runs; run++) scans.push(await measureOnPageOnce(ext, site));
    const scanFigure = figure(scans.map((s) => s.profiledExtensionMs));
    const marked: MarksSample[] = [];
    for (let run = 0; run < runs; run++) marked.push(await measureMarksOnce(ext, site));
    const marksFigure = figure(marked.map((s) => s.profiledExtensionMs));
    result[site] = {
      marksOn: {
        profiledExtensionMs: marksFigure,
        engineMs: figure(marked.map((s) => s.engineMs)),
        maxSliceMs: figure(marked.map((s) => s.maxSliceMs)),
        marks: marked[0]?.marks ?? 0,
        lookups: figure(marked.map((s) => s.lookups)),
        longTasks: figure(marked.map((s) => s.longTasks)),
        ratioToPageScript: (marksFigure.median ?? NaN) / (withoutExtension.scriptMs.median ?? NaN),
      },
      onThisPage: {
        askMs: figure(scans.map((s) => s.askMs)),
        profiledExtensionMs: scanFigure,
        handles: scans[0]?.handles ?? 0,
        lookupMs: figure(scans.map((s) => s.lookupMs)),
        longTasks: figure(scans.map((s) => s.longTasks)),
        ratioToPageScript: (scanFigure.median ?? NaN) / (withoutExtension.scriptMs.median ?? NaN),
      },
      withExtension,
      withoutExtension,
      extensionCaused: {
        longTasks: diff(withExtension.longTasks, withoutExtension.longTasks),
        longTaskMs: diff(withExtension.longTaskMs, withoutExtension.longTaskMs),
        scriptMs: diff(withExtension.scriptMs, withoutExtension.scriptMs),
        taskMs: diff(withExtension.taskMs, withoutExtension.taskMs),
      },
    };
  }
  return result;
}

async function measurePanels(browser: BenchBrowser, runs: number): Promise<{ linkedin: PanelSiteResult; x: PanelSiteResult }> {
  const site = async (first: PanelTarget, other: PanelTarget): Promise<PanelSiteResult> => {
    const loads = [];
    for (let run = 0; run < runs; run++) loads.push(await measurePanelFirstLoad(browser, first));
    const inApp = await measurePanelInApp(browser, first, other, runs);
    return {
      firstLoad: figure(loads.map((l) => l.headerToDataMs)),
      firstLoadFromNavigation: figure(loads.map((l) => l.navigationToDataMs)),
      inApp: figure(inApp.map((s) => s.headerToDataMs)),
      inAppFromPushState: figure(inApp.map((s) => s.pushToDataMs)),
    };
  };
  return { linkedin: await site(PANEL_TARGETS.ethan, PANEL_TARGETS.haruto), x: await site(PANEL_TARGETS.mori, PANEL_TARGETS.shore) };
}

async function countContacts(browser: BenchBrowser): Promise<number> {
  const page = await browser.openExtensionPage('options.html');
  try {
    return await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('kakehashi');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('contacts').objectStore('contacts').count();
            request.onsuccess = () => {
              open.result.close();
              resolve(request.result);
            };
            request.onerror = () => reject(request.error);
          };
        }),
    );
  } finally {
    await page.close();
  }
}

async function benchSize(
  extDir: string,
  size: number,
  now: number,
  tmp: string,
  baseline: BenchBrowser | null,
): Promise<SizeResult> {
  const runs = size >= 50_000 ? RUNS_LARGE : RUNS;
  const data = buildDataset(size, now);
  const backupFile = path.join(tmp, `backup-${size}.json`);
  const backupText = serializeBackup(data, now);
  writeFileSync(backupFile, backupText);
  const backupBytes = Buffer.byteLength(backupText);
  log(`${size}: ${data.contacts.length} contacts, ${data.notes.length} notes, ${data.touches.length} touches, ${(backupBytes / 1e6).toFixed(1)} MB backup`);

  const browser = await launchBrowser(extDir);
  try {
    browser.serve(Object.fromEntries(Object.values(PANEL_TARGETS).map((t) => [t.url, t.html])));
    const seed = await restoreBackup(browser, backupFile);
    const stored = await countContacts(browser);
    expect(stored, 'every contact of the backup is in the database').toBe(size);
    log(`${size}: seeded through the restore UI in ${Math.round(seed.totalMs)} ms`);

    const first = await measurePopupOnce(browser);
    const popupSamples: PopupSample[] = [];
    for (let run = 0; run < runs; run++) popupSamples.push(await measurePopupOnce(browser));
    const due = dueCount(data, Date.now());
    expect(popupSamples[0]!.dueItems, 'the popup lists who is due').toBe(Math.min(50, due));
    log(`${size}: popup ${median(popupSamples.map((s) => s.readyMs))?.toFixed(0)} ms`);

    const refPage = await browser.openExtensionPage('options.html');
    await refPage.waitForTimeout(500);
    const floor = await measureIndexedDbFloor(refPage, Math.max(runs, 5));
    const storage = await measureStorageAlternative(refPage, runs);
    await refPage.close();
    expect(floor.read).toBe(Math.min(50, due));
    expect(storage.read).toBe(Math.min(50, due));
    log(`${size}: references floor ${median(floor.samples)?.toFixed(1)} ms, storage ${median(storage.samples)?.toFixed(1)} ms`);

    const panel = await measurePanels(browser, runs);
    log(`${size}: panel LinkedIn ${panel.linkedin.firstLoad.median?.toFixed(0)} / ${panel.linkedin.inApp.median?.toFixed(0)} ms, X ${panel.x.firstLoad.median?.toFixed(0)} / ${panel.x.inApp.median?.toFixed(0)} ms`);

    let feed: SizeResult['feed'] = null;
    if (baseline) {
      feed = await measureFeeds(browser, baseline, FEED_RUNS);
      log(`${size}: feed script time caused: LinkedIn ${feed.linkedin.extensionCaused.scriptMs.toFixed(0)} ms, X ${feed.x.extensionCaused.scriptMs.toFixed(0)} ms`);
    }

    let exported: SizeResult['export'] = null;
    let imported: SizeResult['import'] = null;
    if (await hasDataTools(browser)) {
      const exports = [];
      for (let run = 0; run < runs; run++) exports.push(await exportContacts(browser));
      exported = { ...figure(exports.map((e) => e.ms)), bytes: exports[0]!.bytes };
      log(`${size}: export ${exported.median?.toFixed(0)} ms`);

      // Each import adds ~9,500 people. Up to RESTORE_BETWEEN_IMPORTS the backup is restored again
      // between runs (untimed) so every run imports into the same database; above it a restore takes
      // minutes, and a few imports change the database's size by only a few per cent.
      const importRuns = Math.min(runs, 3);
      const restoreBetween = size <= RESTORE_BETWEEN_IMPORTS;
      const imports = [];
      let status = '';
      for (let run = 0; run < importRuns; run++) {
        if (run > 0 && restoreBetween) await restoreBackup(browser, backupFile);
        const csvFile = path.join(tmp, `connections-${size}-${run}.csv`);
        writeFileSync(csvFile, connectionsCsv(IMPORT_ROWS, `r${run}`, data));
        const result = await importConnections(browser, csvFile);
        imports.push(result.ms);
        status = result.status;
      }
      imported = {
        ...figure(imports),
        rows: IMPORT_ROWS,
        status,
        note: `into the seeded database (${restoreBetween ? 'restored again before each run' : 'growing by each run'}); ~5% of rows are people already in it`,
      };
      log(`${size}: import ${imported.median?.toFixed(0)} ms (${status})`);
    } else {
      log(`${size}: the options page has no export/import/restore hooks yet: skipped`);
    }

    return {
      contacts: size,
      notes: data.notes.length,
      touches: data.touches.length,
      due,
      backupBytes,
      runs,
      seed,
      popup: {
        firstOpenMs: first.readyMs,
        ready: figure(popupSamples.map((s) => s.readyMs)),
        recent: figure(popupSamples.flatMap((s) => (s.recentMs === null ? [] : [s.recentMs]))),
        domContentLoaded: figure(popupSamples.map((s) => s.domContentLoadedMs)),
        node: figure(popupSamples.map((s) => s.nodeMs)),
        dueItems: popupSamples[0]!.dueItems,
        hasSuggestion: popupSamples.every((s) => s.hasSuggestion),
      },
      references: {
        indexedDbFloor: figure(floor.samples),
        storageOneKey: figure(storage.samples),
        storageWriteMs: storage.writeMs,
        storageBytes: storage.bytes,
      },
      panel,
      feed,
      export: exported,
      import: imported,
    };
  } finally {
    await browser.close();
  }
}

it('benchmarks the built extension at 1k / 10k / 100k contacts', async () => {
  const source = process.env.BENCH_EXT_DIR ?? CHROME_DIR;
  if (!existsSync(path.join(source, 'manifest.json'))) throw new Error(`No build at ${source}: run \`npm run build\` (npm run bench does).`);
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`No Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium.`);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'kakehashi-bench-data-'));
  // A private copy: other work in the tree may rebuild .output while the bench runs.
  const extDir = path.join(tmp, 'chrome-mv3');
  cpSync(source, extDir, { recursive: true });
  const started = new Date();
  const now = started.getTime();
  const results: BenchResults = {
    startedAt: started.toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      chromium: execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
    },
    bundle: contentScriptSizes(extDir),
    sizes: [],
    notes: [],
  };
  // The browser without the extension, for the feed's "extension-caused" share.
  const baseline = FEED_RUNS > 0 ? await launchBrowser(null) : null;
  try {
    for (const size of SIZES) {
      results.sizes.push(await benchSize(extDir, size, now, tmp, baseline));
      writeResults(results);
    }
    if (SIZES.some((s) => s >= 50_000) && RUNS_LARGE < RUNS) {
      results.notes.push(`sizes of 50,000+ use ${RUNS_LARGE} runs per figure instead of ${RUNS}, to keep the bench under ~20 minutes`);
    }
    if (results.sizes.some((s) => s.feed && (s.feed.linkedin.withExtension.panelShown || s.feed.x.withExtension.panelShown))) {
      results.notes.push('a panel was mounted on a feed page, which is not a profile');
    }
    writeResults(results);
    process.stdout.write(`\n${formatTable(results)}\n\n`);
  } finally {
    await baseline?.close();
    rmSync(tmp, { recursive: true, force: true });
  }
});
