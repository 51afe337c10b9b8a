// Takes the README's screenshots from the running app: a decoded, verified token, in light and dark.
//   node scripts/screenshots.mjs                 build, serve on a free port (scripts/bench/serve.mjs), shoot, stop
//   node scripts/screenshots.mjs --url http://…  shoot an app already served there
import { mkdirSync } from 'node:fs';
import { appServer, chromiumPath } from './bench/serve.mjs';
import { chromium } from '@playwright/test';
import * as jose from 'jose';

const args = process.argv.slice(2);
const given = args.includes('--url') ? args[args.indexOf('--url') + 1] : undefined;

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

const server = await appServer(given);
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--disable-gpu', '--no-first-run'],
});
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
  await server.stop();
}
