// Takes the README's token profile screenshot: a recognised Microsoft Entra ID token (fixture), verified.
//   node scripts/screenshot-profile.mjs                 build, serve on a free port (scripts/bench/serve.mjs), shoot, stop
//   node scripts/screenshot-profile.mjs --url http://…  shoot an app already served there
import { mkdirSync, readFileSync } from 'node:fs';
import { appServer, chromiumPath } from './bench/serve.mjs';
import { chromium } from '@playwright/test';

const args = process.argv.slice(2);
const given = args.includes('--url') ? args[args.indexOf('--url') + 1] : undefined;

const { fixtures, publicKeys } = JSON.parse(readFileSync('src/core/profiles/fixtures.json', 'utf8'));
const entra = fixtures.find((f) => f.name === 'entra-id-token-v2');

const server = await appServer(given);
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--disable-gpu', '--no-first-run'],
});
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
  await server.stop();
}
