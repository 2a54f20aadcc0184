import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['{utils,components,entrypoints,tests/unit}/**/*.test.{ts,tsx}'],
    environment: 'node',
    restoreMocks: true,
    // CI machines have 2 cores; fake-indexeddb tests with thousands of records need headroom.
    testTimeout: 30_000,
  },
});
