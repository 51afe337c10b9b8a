// Takes the README's screenshots from the running app: a decoded, verified token, in light and dark.
//   node scripts/screenshots.mjs                 build, serve on a free port, shoot, stop
//   node scripts/screenshots.mjs --url http://…  shoot an app already served there
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium } from '@playwright/test';
import * as jose from 'jose';

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

// A fixed, readable example: the same picture on every run except the times.
const secret = 'your-256-bit-secret-for-the-demo!';
const now = Math.floor(Date.now() / 1000);
const token = await new jose.SignJWT({
  iss: 'https://issuer.example.com',
  sub: '1234567890',
  aud: 'https://api.example.com',
  name: 'Ada Lovelace',
  admin: true,
  iat: now,
  exp: now + 3600,
})
  .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
  .sign(new TextEncoder().encode(secret));

const server = await serve();
const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const browser = await chromium.launch({ executablePath, args: ['--disable-gpu', '--no-first-run'] });
try {
  mkdirSync('docs', { recursive: true });
  for (const theme of ['light', 'dark']) {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 960 },
      deviceScaleFactor: 1,
      colorScheme: theme,
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByTestId('token-input').fill(token);
    await page.getByTestId('key-input').fill(secret);
    await page.locator('[data-testid="signature-status"][data-state="valid"]:not([data-busy])').waitFor();
    await page.getByTestId('payload-editor').locator('.monaco-editor .view-lines').waitFor();
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await page.waitForTimeout(800);
    const file = theme === 'light' ? 'docs/screenshot.png' : 'docs/screenshot-dark.png';
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
    await context.close();
  }
} finally {
  await browser.close();
  server.stop();
}
