// Journey: key discovery within limits: a 1 MB cap, a cancel button, refused hosts (redirects: unit tests, limits.test.ts).
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { createSign, generateKeyPairSync } from 'node:crypto';
import { openApp, pasteToken } from './helpers';

const ISSUER = 'https://issuer.test';
const OIDC_URL = `${ISSUER}/.well-known/openid-configuration`;
const JWKS_URL = `${ISSUER}/keys.json`;
// The app is served from http://127.0.0.1, so every answer must allow any origin to read it.
const CORS = { 'access-control-allow-origin': '*' };

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const signerJwk = { ...publicKey.export({ format: 'jwk' }), kid: 'signer-1', alg: 'RS256', use: 'sig' };

function signRs256(payload: object): string {
  const enc = (value: object) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
  const input = `${enc({ alg: 'RS256', typ: 'JWT', kid: 'signer-1' })}.${enc(payload)}`;
  return `${input}.${createSign('RSA-SHA256').update(input).sign(privateKey).toString('base64url')}`;
}
const token = (iss = ISSUER) => signRs256({ iss, sub: 'user-1', exp: Math.floor(Date.now() / 1000) + 600 });

const status = (page: Page) => page.getByTestId('discovery-status');
test.describe.configure({ timeout: 120_000 });
const SLOW = { timeout: 30_000 };

/** Records every URL the page asks outside its own origin. */
function recordForeign(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && url.protocol.startsWith('http')) foreign.push(url.href);
  });
  return foreign;
}

test('stops reading a key set over 1 MB and says so, naming the URL', async ({ page }) => {
  await page.route(OIDC_URL, (route) =>
    route.fulfill({
      headers: CORS,
      contentType: 'application/json',
      body: JSON.stringify({ issuer: ISSUER, jwks_uri: JWKS_URL }),
    }),
  );
  // 3 MB of JSON whitespace around a real key set: valid JSON, but far larger than any key set.
  const huge = `{"keys":[${JSON.stringify(signerJwk)}]${' '.repeat(3 * 1024 * 1024)}}`;
  await page.route(JWKS_URL, (route) =>
    route.fulfill({ headers: CORS, contentType: 'application/json', body: huge }),
  );
  await openApp(page);
  await pasteToken(page, token());
  await page.getByTestId('discover-keys').click();
  await expect(status(page)).toHaveAttribute('data-state', 'error', SLOW);
  await expect(status(page)).toContainText(`${JWKS_URL} sent more than 1 MB`);
  await expect(page.getByTestId('key-input')).toHaveValue('');
});

test('shows a cancel button while fetching, and cancelling stops the run', async ({ page }) => {
  let asked = 0;
  // The issuer never answers.
  await page.route(OIDC_URL, () => {
    asked++;
  });
  await openApp(page);
  await pasteToken(page, token());
  await expect(page.getByTestId('discovery-cancel')).toHaveCount(0);
  await page.getByTestId('discover-keys').click();
  await expect(status(page)).toHaveAttribute('data-state', 'fetching');
  const cancel = page.getByTestId('discovery-cancel');
  await expect(cancel).toBeVisible();
  await expect.poll(() => asked).toBe(1);
  await cancel.click();
  await expect(status(page)).toHaveAttribute('data-state', 'error');
  await expect(status(page)).toContainText('cancelled');
  await expect(cancel).toHaveCount(0);
  await expect(page.getByTestId('discover-keys')).toBeEnabled();
});

test('refuses a token whose issuer is localhost or an IP address, asking nothing', async ({
  page,
  baseURL,
}) => {
  const foreign = recordForeign(page, new URL(baseURL!).origin);
  await openApp(page);
  for (const [iss, words] of [
    ['https://localhost:8443/realms/demo', 'localhost'],
    ['https://169.254.169.254', 'IP address'],
    ['https://nas.local', '.local'],
  ] as const) {
    await pasteToken(page, token(iss));
    await expect(page.getByTestId('discovery-plan')).toContainText('it will not be fetched');
    await page.getByTestId('discover-keys').click();
    await expect(status(page)).toHaveAttribute('data-state', 'error', SLOW);
    await expect(status(page)).toContainText('was not asked');
    await expect(status(page)).toContainText(words);
  }
  await page.waitForTimeout(300);
  expect(foreign).toEqual([]);
});
