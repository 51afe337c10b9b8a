// Takes the README's validation-policy screenshots (the policy inputs and checks, and the library verdicts).
//   node scripts/screenshot-policy.mjs                 build, serve on a free port (scripts/bench/serve.mjs), shoot, stop
//   node scripts/screenshot-policy.mjs --url http://…  shoot an app already served there
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { appServer, chromiumPath } from './bench/serve.mjs';
import * as jose from 'jose';

const args = process.argv.slice(2);
const given = args.includes('--url') ? args[args.indexOf('--url') + 1] : undefined;

const secret = 'your-256-bit-secret-for-the-demo!';
const now = Math.floor(Date.now() / 1000);
const token = await new jose.SignJWT({
  iss: 'https://issuer.example.com',
  sub: '1234567890',
  aud: 'https://api.example.com',
  iat: now - 600,
  exp: now + 3600,
})
  .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
  .sign(new TextEncoder().encode(secret));

const server = await appServer(given);
const url = server.url;
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--disable-gpu', '--no-first-run'],
});
try {
  mkdirSync('docs', { recursive: true });
  const context = await browser.newContext({
    viewport: { width: 1440, height: 1400 },
    colorScheme: 'light',
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByTestId('token-input').fill(token);
  await page.getByTestId('key-input').fill(secret);
  await page.getByTestId('allowed-algorithms').fill('HS256, HS384, HS512');
  await page.getByTestId('required-claims').fill('exp, jti');
  await page.getByTestId('expected-type').fill('at+jwt');
  await page.getByTestId('max-age').fill('1h');
  await page.locator('[data-testid="library-verdicts"]:not([data-busy])').waitFor();
  await page.locator('[data-testid="policy-check"]').first().waitFor();
  await page.waitForTimeout(500);
  await page.locator('fieldset.validation-options').screenshot({ path: 'docs/validation-policy.png' });
  await page.locator('.library-verdicts-panel').screenshot({ path: 'docs/library-verdicts.png' });
  console.log('wrote docs/validation-policy.png, docs/library-verdicts.png');
  await context.close();
} finally {
  await browser.close();
  await server.stop();
}
