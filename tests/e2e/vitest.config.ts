import { defineConfig } from 'vitest/config';

// Real-Chromium tests of the built extension. One browser at a time: CI machines have 2 cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    expect: { poll: { timeout: 10_000, interval: 50 } },
    globalSetup: ['tests/e2e/global-setup.ts'],
    reporters: ['default'],
  },
});
