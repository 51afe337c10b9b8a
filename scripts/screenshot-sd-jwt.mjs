// Takes the README's SD-JWT screenshot: RFC 9901 §5.2's presentation with its key binding, verified.
//   node scripts/screenshot-sd-jwt.mjs                 build, serve on a free port (scripts/bench/serve.mjs), shoot, stop
//   node scripts/screenshot-sd-jwt.mjs --url http://…  shoot an app already served there
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { appServer, chromiumPath } from './bench/serve.mjs';

const args = process.argv.slice(2);
const given = args.includes('--url') ? args[args.indexOf('--url') + 1] : undefined;
const rfc = JSON.parse(readFileSync('src/core/sd-jwt/fixtures/rfc9901.json', 'utf8'));

const server = await appServer(given);
const url = server.url;
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--disable-gpu', '--no-first-run'],
});
try {
  mkdirSync('docs', { recursive: true });
  const context = await browser.newContext({
    viewport: { width: 1440, height: 1500 },
    deviceScaleFactor: 1,
    colorScheme: 'light',
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByTestId('key-input').fill(JSON.stringify(rfc.issuerKey));
  await page.getByTestId('expected-audience').fill(rfc.kbAudience);
  await page.getByTestId('expected-nonce').fill(rfc.kbNonce);
  await page.getByTestId('evaluation-time').fill(String(rfc.kbIat + 60));
  await page.getByTestId('token-input').fill(rfc.s5_presentation);
  await page.locator('[data-testid="signature-status"][data-state="valid"]:not([data-busy])').waitFor();
  await page.locator('[data-testid="kb-status"][data-state="valid"]:not([data-busy])').waitFor();
  await page.getByTestId('disclosures').scrollIntoViewIfNeeded();
  await page.waitForTimeout(800);
  await page.screenshot({ path: 'docs/screenshot-sd-jwt.png' });
  console.log('wrote docs/screenshot-sd-jwt.png');
  await context.close();
} finally {
  await browser.close();
  await server.stop();
}
