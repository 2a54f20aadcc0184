/**
 * The People page at 1,000 / 10,000 / 100,000 contacts (part of `npm run bench`; see
 * bench/README.md, "People"): list first paint, keystroke → results, filtered URLs, opening a
 * person and a bulk tag of a filtered set (with its undo), each next to a raw IndexedDB reference
 * of the same work. Seeds with a raw bulk write of what a restore writes (lib/seed.ts), far faster
 * than the restore itself. Prints a table and merges a `people` key into bench/results.json (the
 * other keys are kept); every sample also goes to bench/people-results.json.
 *
 * Knobs: PEOPLE_BENCH_SIZES=1000,10000,100000  PEOPLE_BENCH_RUNS=3  BENCH_EXT_DIR
 * PEOPLE_BENCH_KEEP_DIR=/tmp/dir: keep each size's seeded browser profile there and reuse it on the
 * next run (the data is deterministic per size, but the clock moves, so "due" counts drift a little
 * between runs).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { bigramsOf, MAX_WORD_TOKEN, parseQuery, searchTokens } from '@/utils/domain/search-text';
import { serializeBackup } from '@/utils/io/backup';
import { CHROME_DIR } from '../tests/e2e/paths';
import { launchBrowser, type BenchBrowser } from './lib/browser';
import { buildDataset } from './lib/dataset';
import { measurePeopleOnce, measureRawSearch, type PeopleSample } from './lib/people';
import { firstDueIds, measureBulkTag, measureOpenPerson, rawBulkTag, rawFilter, rawFirstScreen, rawOpenPerson, type BulkSample } from './lib/people-actions';
import { measureFilterOnce } from './lib/people-filters';
import { formatPeopleTable, type PeopleSizeResult } from './lib/people-report';
import { rawBulkWrite, restoreRecordsOf } from './lib/seed';
import { figure, median } from './lib/stats';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const SIZES = (process.env.PEOPLE_BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const RUNS = Number(process.env.PEOPLE_BENCH_RUNS ?? 3);
/** Narrow (one person) and broad (thousands) queries, English and Japanese, one and two words. */
const QUERIES = ['fintech', '金沢出身', 'streams weekends', 'hiking', '勉強会'];
/** Filtered URLs: through the tags index, the nextDueAt index, a full read (site), and combined. */
const FILTERS = ['?tag=mentor', '?status=due', '?site=x', '?tag=mentor&site=linkedin&status=due'];
/** The bulk tag: the whole book up to 10,000 contacts, above it everyone tagged `mentor` (~15%). */
const bulkFilterOf = (size: number) => (size <= 10_000 ? null : 'mentor');
const BULK_TAG = 'benchbulk';
/** The first screen's rows at the bench's 1280×900 viewport (VirtualList `firstWindowRows`). */
const FIRST_SCREEN_ROWS = 17;

function lookupsOf(query: string) {
  return parseQuery(query).map((piece) =>
    !piece.cjk || Array.from(piece.text).length === 1
      ? [{ token: piece.cjk ? piece.text : piece.text.slice(0, MAX_WORD_TOKEN), prefix: true }]
      : [...new Set(bigramsOf(piece.text))].map((token) => ({ token, prefix: false })),
  );
}

/**
 * Seeds an empty profile: people.html opens the database (so Dexie creates it at the app's schema
 * version), then the records a restore (replace) of the size's backup writes are written raw.
 */
async function seedRaw(browser: BenchBrowser, size: number): Promise<{ totalMs: number; writeMs: number }> {
  const start = performance.now();
  const now = Date.now();
  const records = restoreRecordsOf(serializeBackup(buildDataset(size, now), now), now);
  const page = await browser.openExtensionPage('people.html');
  try {
    await page.waitForSelector('[data-testid=people-status][data-state=ready]', { timeout: 60_000 });
    const writeMs = await rawBulkWrite(page, records);
    return { totalMs: performance.now() - start, writeMs };
  } finally {
    await page.close();
  }
}

/** Merges the `people` key into bench/results.json, keeping every other key. */
function writePeopleResults(people: PeopleSizeResult[]): void {
  const file = path.join(BENCH_DIR, 'results.json');
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  writeFileSync(file, `${JSON.stringify({ ...previous, people: { at: new Date().toISOString(), sizes: people } }, null, 2)}\n`);
}

it('People page: first paint, keystroke → results, filters, opening a person, bulk tag', async () => {
  const keep = process.env.PEOPLE_BENCH_KEEP_DIR;
  // A kept profile needs the same extension path each time (the extension id comes from it).
  const extDir = keep ? path.join(keep, 'ext') : mkdtempSync(path.join(os.tmpdir(), 'kakehashi-bench-ext-'));
  if (keep) rmSync(extDir, { recursive: true, force: true });
  cpSync(process.env.BENCH_EXT_DIR ?? CHROME_DIR, extDir, { recursive: true });
  const results: PeopleSizeResult[] = [];
  try {
    for (const size of SIZES) {
      const profile = keep ? path.join(keep, `profile-${size}`) : undefined;
      const marker = profile && path.join(profile, 'kakehashi-seeded.json');
      if (profile) mkdirSync(profile, { recursive: true });
      const browser = await launchBrowser(extDir, profile);
      try {
        const loadBefore = os.loadavg();
        let seed: { totalMs: number; writeMs: number };
        if (marker && existsSync(marker)) {
          seed = JSON.parse(readFileSync(marker, 'utf8')) as typeof seed;
        } else {
          seed = await seedRaw(browser, size);
          if (marker) writeFileSync(marker, JSON.stringify(seed));
        }
        process.stdout.write(`[people bench] ${size}: seeded (raw write ${Math.round(seed.writeMs)} ms of ${Math.round(seed.totalMs)} ms)\n`);
        const samples: PeopleSample[] = [];
        for (let run = 0; run < RUNS; run++) samples.push(await measurePeopleOnce(browser, QUERIES));
        const filterRuns: Array<Record<string, { ms: number; shown: string }>> = [];
        for (let run = 0; run < RUNS; run++) {
          const one: Record<string, { ms: number; shown: string }> = {};
          for (const f of FILTERS) one[f] = await measureFilterOnce(browser, f);
          filterRuns.push(one);
        }
        const opens = await measureOpenPerson(browser, RUNS, size >= 50_000 ? 3_000 : 1_000);
        const bulkFilter = bulkFilterOf(size);
        const bulks: BulkSample[] = [];
        for (let run = 0; run < RUNS; run++) bulks.push(await measureBulkTag(browser, bulkFilter ? `?tag=${bulkFilter}` : '', BULK_TAG));
        const ref = await browser.openExtensionPage('options.html');
        const raw = await measureRawSearch(ref, Object.fromEntries(QUERIES.map((q) => [q, lookupsOf(q)])), Math.max(RUNS, 5));
        const rawScreen = await rawFirstScreen(ref, FIRST_SCREEN_ROWS, Math.max(RUNS, 5));
        const rawFilters: Record<string, number> = {};
        for (const f of FILTERS) rawFilters[f] = median(await rawFilter(ref, f, Math.max(RUNS, 5)))!;
        const rawOpen = await rawOpenPerson(ref, await firstDueIds(ref, RUNS));
        const rawBulk = [];
        for (let run = 0; run < RUNS; run++) rawBulk.push(await rawBulkTag(ref, bulkFilter, BULK_TAG, searchTokens(BULK_TAG)));
        await ref.close();
        expect(samples[0]!.matches.fintech).toMatch(/^1 of /);
        for (const b of bulks) {
          expect(b.taggedAfter, 'the bulk tag tagged everyone selected').toBe(b.affected);
          expect(b.taggedAfterUndo, 'its undo removed the tag again').toBe(0);
        }
        const firstPaint = median(samples.map((s) => s.firstPaintMs))!;
        const ratioOf = (ours: number, floor: number) => ({ ms: +ours.toFixed(1), rawMs: +floor.toFixed(1), ratio: +(ours / floor).toFixed(1) });
        const row: PeopleSizeResult = {
          contacts: size,
          runs: RUNS,
          load: { before: loadBefore, after: os.loadavg() },
          seedMs: Math.round(seed.totalMs),
          seedWriteMs: Math.round(seed.writeMs),
          firstPaintMs: firstPaint,
          firstPaint: ratioOf(firstPaint, median(rawScreen)!),
          open: { ...ratioOf(median(opens.map((o) => o.ms))!, median(rawOpen)!), samples: figure(opens.map((o) => o.ms)).samples, rawSamples: figure(rawOpen).samples },
          bulk: {
            filter: bulkFilter ? `?tag=${bulkFilter}` : '',
            people: bulks[0]!.affected,
            status: bulks[0]!.status,
            tag: ratioOf(median(bulks.map((b) => b.ms))!, median(rawBulk.map((r) => r.ms))!),
            undo: ratioOf(median(bulks.map((b) => b.undoMs))!, median(rawBulk.map((r) => r.undoMs))!),
            samples: bulks.map((b) => ({ ms: +b.ms.toFixed(1), undoMs: +b.undoMs.toFixed(1) })),
            rawSamples: rawBulk.map((r) => ({ ms: +r.ms.toFixed(1), undoMs: +r.undoMs.toFixed(1), rows: r.rows })),
          },
          keystroke: Object.fromEntries(
            QUERIES.map((q) => {
              const ours = median(samples.map((s) => s.keystrokeMs[q]!))!;
              return [q, { ...ratioOf(ours, median(raw[q]!)!), shown: samples[0]!.matches[q]! }];
            }),
          ),
          /** Navigation → the filtered list on screen (includes first paint and reading the whole order). */
          filters: Object.fromEntries(FILTERS.map((f) => [f, { ...ratioOf(median(filterRuns.map((r) => r[f]!.ms))!, rawFilters[f]!), shown: filterRuns[0]![f]!.shown }])),
          samples,
        };
        results.push(row);
        process.stdout.write(`[people bench] ${size}: ${JSON.stringify({ ...row, samples: undefined })}\n`);
      } finally {
        await browser.close();
      }
    }
    writeFileSync(path.join(BENCH_DIR, 'people-results.json'), `${JSON.stringify(results, null, 2)}\n`);
    writePeopleResults(results);
    process.stdout.write(`\n${formatPeopleTable(results)}\n\n`);
  } finally {
    if (!keep) rmSync(extDir, { recursive: true, force: true });
  }
});
