import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// `npm run bench`: one long run in real Chromium, never in parallel (2-core machines), never part of
// `npm test`. A Vitest file only so the bench can import the extension's own TypeScript
// (backup format, cadence, industries) to build its data.
// BENCH_ONLY=budgets runs only bench/budgets.bench-run.ts (any <name> of bench/<name>.bench-run.ts).
const only = process.env.BENCH_ONLY;

export default defineConfig({
  root: ROOT,
  resolve: { alias: { '@': ROOT } },
  test: {
    include: only ? only.split(',').map((name) => `bench/${name.trim()}.bench-run.ts`) : ['bench/**/*.bench-run.ts'],
    testTimeout: 40 * 60_000,
    hookTimeout: 10 * 60_000,
    fileParallelism: false,
    reporters: ['default'],
  },
});
