/**
 * The People page at 10,000 / 100,000 contacts (part of `npm run bench`; see bench/README.md,
 * "People"): list first paint and keystroke → results, next to the raw IndexedDB reference of the
 * same search work. Seeds through the options page's restore, like the main bench.
 *
 * Knobs: PEOPLE_BENCH_SIZES=10000,100000  PEOPLE_BENCH_RUNS=3  BENCH_EXT_DIR
 * PEOPLE_BENCH_KEEP_DIR=/tmp/dir: keep each size's seeded browser profile there and reuse it on the
 * next run (seeding 100,000 through restore takes many minutes; the data is deterministic per size,
 * but the clock moves, so "due" counts drift a little between runs).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { bigramsOf, MAX_WORD_TOKEN, parseQuery } from '@/utils/domain/search-text';
import { serializeBackup } from '@/utils/io/backup';
import { CHROME_DIR } from '../tests/e2e/paths';
import { launchBrowser } from './lib/browser';
import { buildDataset } from './lib/dataset';
import { restoreBackup } from './lib/options-io';
import { measurePeopleOnce, measureRawSearch, type PeopleSample } from './lib/people';
import { measureFilterOnce } from './lib/people-filters';
import { median } from './lib/stats';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const SIZES = (process.env.PEOPLE_BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const RUNS = Number(process.env.PEOPLE_BENCH_RUNS ?? 3);
/** Narrow (one person) and broad (thousands) queries, English and Japanese, one and two words. */
const QUERIES = ['fintech', '金沢出身', 'streams weekends', 'hiking', '勉強会'];
/** Filtered URLs: through the tags index, the nextDueAt index, a full read (site), and combined. */
const FILTERS = ['?tag=mentor', '?status=due', '?site=x', '?tag=mentor&site=linkedin&status=due'];

function lookupsOf(query: string) {
  return parseQuery(query).map((piece) =>
    !piece.cjk || Array.from(piece.text).length === 1
      ? [{ token: piece.cjk ? piece.text : piece.text.slice(0, MAX_WORD_TOKEN), prefix: true }]
      : [...new Set(bigramsOf(piece.text))].map((token) => ({ token, prefix: false })),
  );
}

it('People page: first paint and keystroke → results', async () => {
  const keep = process.env.PEOPLE_BENCH_KEEP_DIR;
  // A kept profile needs the same extension path each time (the extension id comes from it).
  const extDir = keep ? path.join(keep, 'ext') : mkdtempSync(path.join(os.tmpdir(), 'kakehashi-bench-ext-'));
  if (keep) rmSync(extDir, { recursive: true, force: true });
  cpSync(process.env.BENCH_EXT_DIR ?? CHROME_DIR, extDir, { recursive: true });
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'kakehashi-bench-people-'));
  const results: Record<string, unknown> = {};
  try {
    for (const size of SIZES) {
      const profile = keep ? path.join(keep, `profile-${size}`) : undefined;
      const marker = profile && path.join(profile, 'kakehashi-seeded.json');
      if (profile) mkdirSync(profile, { recursive: true });
      const browser = await launchBrowser(extDir, profile);
      try {
        let seed: { totalMs: number };
        if (marker && existsSync(marker)) {
          seed = JSON.parse(readFileSync(marker, 'utf8')) as { totalMs: number };
        } else {
          const now = Date.now();
          const file = path.join(tmp, `backup-${size}.json`);
          writeFileSync(file, serializeBackup(buildDataset(size, now), now));
          seed = await restoreBackup(browser, file);
          rmSync(file);
          if (marker) writeFileSync(marker, JSON.stringify(seed));
        }
        const samples: PeopleSample[] = [];
        for (let run = 0; run < RUNS; run++) samples.push(await measurePeopleOnce(browser, QUERIES));
        const filterRuns: Array<Record<string, { ms: number; shown: string }>> = [];
        for (let run = 0; run < RUNS; run++) {
          const one: Record<string, { ms: number; shown: string }> = {};
          for (const f of FILTERS) one[f] = await measureFilterOnce(browser, f);
          filterRuns.push(one);
        }
        const ref = await browser.openExtensionPage('options.html');
        const raw = await measureRawSearch(ref, Object.fromEntries(QUERIES.map((q) => [q, lookupsOf(q)])), Math.max(RUNS, 5));
        await ref.close();
        expect(samples[0]!.matches.fintech).toMatch(/^1 of /);
        const row = {
          seedMs: Math.round(seed.totalMs),
          firstPaintMs: median(samples.map((s) => s.firstPaintMs)),
          keystroke: Object.fromEntries(
            QUERIES.map((q) => {
              const ours = median(samples.map((s) => s.keystrokeMs[q]!))!;
              const floor = median(raw[q]!)!;
              return [q, { ms: +ours.toFixed(1), rawMs: +floor.toFixed(1), ratio: +(ours / floor).toFixed(1), shown: samples[0]!.matches[q] }];
            }),
          ),
          /** Navigation → the filtered list on screen (includes first paint and reading the whole order). */
          filters: Object.fromEntries(FILTERS.map((f) => [f, { ms: +median(filterRuns.map((r) => r[f]!.ms))!.toFixed(1), shown: filterRuns[0]![f]!.shown }])),
          samples,
        };
        results[size] = row;
        process.stdout.write(`[people bench] ${size}: ${JSON.stringify({ ...row, samples: undefined })}\n`);
      } finally {
        await browser.close();
      }
    }
    writeFileSync(path.join(BENCH_DIR, 'people-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    if (!keep) rmSync(extDir, { recursive: true, force: true });
  }
});
