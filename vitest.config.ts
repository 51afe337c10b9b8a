// Vitest runs the pure core in Node (WebCrypto is global there); Playwright owns e2e/.
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      include: ['src/**/*.test.{ts,tsx}'],
      environment: 'node',
      testTimeout: 30_000,
      // In CI the JSON report feeds the closing 'N passed, N failed' line of .ci/run.
      reporters: process.env.CI ? ['default', 'json'] : ['default'],
      outputFile: process.env.CI ? { json: '.ci/results/unit.json' } : undefined,
    },
  }),
);
