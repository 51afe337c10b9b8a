// Takes README.zh-CN.md's screenshot: the page in a zh-CN browser with a decoded, verified token.
//   node scripts/screenshot-zh.mjs --url http://127.0.0.1:4173/   (an app served by `npx vite preview`)
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import * as jose from 'jose';

const args = process.argv.slice(2);
const url = args.includes('--url') ? args[args.indexOf('--url') + 1] : 'http://127.0.0.1:4173/';

const secret = 'your-256-bit-secret-for-the-demo!';
const now = Math.floor(Date.now() / 1000);
const token = await new jose.SignJWT({
  iss: 'https://issuer.example.com',
  sub: '1234567890',
  aud: 'https://api.example.com',
  name: '张三',
  admin: true,
  iat: now - 3 * 3600,
  exp: now + 3600,
})
  .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
  .sign(new TextEncoder().encode(secret));

const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const browser = await chromium.launch({ executablePath, args: ['--disable-gpu', '--no-first-run'] });
try {
  mkdirSync('docs', { recursive: true });
  const context = await browser.newContext({
    viewport: { width: 1440, height: 1100 },
    deviceScaleFactor: 1,
    colorScheme: 'light',
    locale: 'zh-CN',
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByTestId('token-input').fill(token);
  await page.getByTestId('key-input').fill(secret);
  await page.locator('[data-testid="signature-status"][data-state="valid"]:not([data-busy])').waitFor();
  await page.getByTestId('payload-editor').locator('.monaco-editor .view-lines').waitFor();
  await page.getByTestId('claims-table').waitFor();
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.waitForTimeout(800);
  await page.screenshot({ path: 'docs/screenshot.zh-CN.png' });
  console.log('wrote docs/screenshot.zh-CN.png');
  await context.close();
} finally {
  await browser.close();
}
