// Playwright runs every user journey in real Chromium: Debian's /usr/bin/chromium when present.
import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

// PW_CHROMIUM: a path, or 'bundled' to force Playwright's own browser (after `npx playwright install chromium`).
const wanted = process.env.PW_CHROMIUM;
const systemChromium =
  wanted === 'bundled'
    ? undefined
    : (wanted ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p)));

const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: '.ci/results/e2e.json' }]] : 'list',
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${port}`,
    // The offline worker would answer requests before page.route sees them; only the offline spec allows it.
    serviceWorkers: 'block',
    trace: process.env.PW_TRACE === 'off' ? 'off' : 'retain-on-failure',
    launchOptions: systemChromium
      ? { executablePath: systemChromium, args: ['--disable-quic', '--disable-gpu', '--no-first-run'] }
      : {},
  },
  webServer: {
    command: `npx vite build && npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
