// Journey (issue 16): hostile tokens, keys and links never crash the page and never give a false "valid".
import { expect, test } from '@playwright/test';
import { generateKeyPairSync } from 'node:crypto';
import { expectSettledState, makeToken, openApp, pasteToken, setKey, signHs256 } from './helpers';

test.describe.configure({ timeout: 120_000 });

const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const goodJwk = publicKey.export({ format: 'jwk' });

test('a JWK or JWKS with kty __proto__ / constructor gets a message, not a blank page', async ({ page }) => {
  const { errors } = await openApp(page);
  await pasteToken(page, signHs256({ alg: 'HS256' }, { sub: 'x', exp: 4102444800 }, 'secret'));
  for (const kty of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
    await setKey(page, JSON.stringify({ kty, k: 'c2VjcmV0' }));
    await expect(page.getByTestId('key-status')).toHaveAttribute('data-state', 'error');
  }
  await setKey(page, JSON.stringify({ keys: [{ kty: 'constructor' }, { kty: 'oct', k: 'c2VjcmV0' }] }));
  await expectSettledState(page, 'signature-status', 'valid');
  await expect(page.getByTestId('token-input')).toBeVisible();
  expect(errors).toEqual([]);
});

test('crit naming an unknown extension is invalid with the crit-unknown finding', async ({ page }) => {
  await openApp(page);
  await pasteToken(
    page,
    signHs256({ alg: 'HS256', crit: ['anything'], anything: 1 }, { exp: 4102444800 }, 'secret'),
  );
  await setKey(page, 'secret');
  await expectSettledState(page, 'signature-status', 'invalid');
  await expect(page.getByTestId('signature-status')).toContainText(/critical/);
  await expect(page.locator('[data-testid="finding"][data-code="crit-unknown"]')).toBeVisible();
});

test('duplicate members are named with both values', async ({ page }) => {
  await openApp(page);
  const h = Buffer.from('{"alg":"HS256","alg":"none"}').toString('base64url');
  const p = Buffer.from('{"sub":"alice","exp":4102444800,"sub":"admin"}').toString('base64url');
  await pasteToken(page, `${h}.${p}.c2ln`);
  const finding = page.locator('[data-testid="finding"][data-code="duplicate-member"]');
  await expect(finding).toHaveCount(2);
  await expect(finding.first()).toContainText('"HS256"');
  await expect(finding.first()).toContainText('"none"');
  await expect(finding.nth(1)).toContainText('"admin"');
});

test('a header without alg still shows header and payload, and cannot be verified', async ({ page }) => {
  await openApp(page);
  await pasteToken(page, makeToken({ typ: 'JWT' }, { sub: 'alice', exp: 4102444800 }));
  await expect(page.getByTestId('token-status')).toHaveAttribute('data-state', 'decoded');
  await expect(page.locator('[data-testid="claim-row"][data-claim="sub"]')).toBeVisible();
  await setKey(page, 'secret');
  await expectSettledState(page, 'signature-status', 'invalid');
  await expect(page.getByTestId('signature-status')).toContainText(/no "alg"/);
});

test('a payload that is JSON null is a payload error', async ({ page }) => {
  await openApp(page);
  await pasteToken(page, makeToken({ alg: 'HS256' }, 'null'));
  await expect(page.getByTestId('token-status')).toContainText(/payload/i);
  await expect(page.getByTestId('token-status')).toHaveAttribute('data-state', 'error');
});

test('a #publicKey= link carrying a secret is ignored and said so', async ({ page }) => {
  const forged = signHs256({ alg: 'HS256' }, { sub: 'admin', exp: 4102444800 }, 'attacker-secret');
  const { errors } = await openApp(page, `/#token=${forged}&publicKey=attacker-secret`);
  await expect(page.getByTestId('link-key-note')).toHaveAttribute('data-state', 'dropped');
  await expect(page.getByTestId('key-input')).toHaveValue('');
  await expect(page.getByTestId('signature-status')).not.toHaveAttribute('data-state', 'valid');
  await expect(page.getByTestId('fragment-token-note')).toContainText(/history/);
  expect(errors).toEqual([]);
});

test('a #publicKey= link with a public key is used and labelled as the link’s', async ({ page }) => {
  await openApp(
    page,
    `/#token=${makeToken({ alg: 'ES256' }, { exp: 4102444800 })}&publicKey=${encodeURIComponent(JSON.stringify(goodJwk))}`,
  );
  await expect(page.getByTestId('link-key-note')).toHaveAttribute('data-state', 'accepted');
  await expect(page.locator('[data-testid="finding"][data-code="untrusted-key-source"]')).toBeVisible();
});
