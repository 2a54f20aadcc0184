import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['{utils,components,entrypoints,tests/unit}/**/*.test.{ts,tsx}'],
    environment: 'node',
    restoreMocks: true,
  },
});
