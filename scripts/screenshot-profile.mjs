// Takes the README's token profile screenshot: a recognised Microsoft Entra ID token (fixture), verified.
//   node scripts/screenshot-profile.mjs                 build, serve on a free port, shoot, stop
//   node scripts/screenshot-profile.mjs --url http://…  shoot an app already served there
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium } from '@playwright/test';

const args = process.argv.slice(2);
const given = args.includes('--url') ? args[args.indexOf('--url') + 1] : undefined;

function freePort() {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function serve() {
  if (given) return { url: given, stop: () => {} };
  if (spawnSync('npx', ['vite', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] }).status !== 0) {
    throw new Error('vite build failed');
  }
  const port = await freePort();
  const server = spawn(
    'npx',
    ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => process.kill(-server.pid, 'SIGTERM') };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  process.kill(-server.pid, 'SIGTERM');
  throw new Error('vite preview did not start');
}

const { fixtures, publicKeys } = JSON.parse(readFileSync('src/core/profiles/fixtures.json', 'utf8'));
const entra = fixtures.find((f) => f.name === 'entra-id-token-v2');

const server = await serve();
const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const browser = await chromium.launch({ executablePath, args: ['--disable-gpu', '--no-first-run'] });
try {
  mkdirSync('docs', { recursive: true });
  const context = await browser.newContext({
    viewport: { width: 1440, height: 1000 },
    deviceScaleFactor: 1,
    colorScheme: 'light',
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByTestId('token-input').fill(entra.token);
  await page.getByTestId('key-input').fill(publicKeys.RS256);
  // Judged a minute after it was issued, so the fixture's times read as a fresh token.
  await page.getByTestId('evaluation-time').fill('1764400060');
  await page.locator('[data-testid="token-profile"][data-provider="entra"]').waitFor();
  await page.locator('[data-testid="signature-status"][data-state="valid"]:not([data-busy])').waitFor();
  await page.getByTestId('payload-editor').locator('.monaco-editor .view-lines').waitFor();
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.waitForTimeout(800);
  // The profile panel (left column), then the claims table rows where Entra's own claims are explained.
  const file = 'docs/token-profile-entra.png';
  await page.locator('.token-profile-panel').screenshot({ path: file });
  const claimsFile = 'docs/token-profile-entra-claims.png';
  const rows = page.locator('[data-testid="claim-row"]');
  const first = await rows
    .filter({ has: page.locator('[data-provider]') })
    .first()
    .boundingBox();
  const table = await page.getByTestId('claims-table').boundingBox();
  await page.screenshot({
    path: claimsFile,
    fullPage: true,
    clip: {
      x: table.x,
      y: first.y,
      width: table.width,
      height: Math.min(520, table.y + table.height - first.y),
    },
  });
  console.log(`wrote ${claimsFile}`);
  console.log(`wrote ${file}`);
  await context.close();
} finally {
  await browser.close();
  server.stop();
}
