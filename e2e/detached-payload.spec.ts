// Journey: paste a JWS whose payload is detached (header..signature, RFC 7515 Appendix F), enter the payload it
// signs in detached-payload-input, and see it verified; also RFC 7797's "b64": false example.
import { expect, test } from '@playwright/test';
import { expectSettledState, openApp, pasteToken, setKey, signHs256 } from './helpers';

test.describe.configure({ timeout: 120_000 });

const SECRET = 'a secret that is long enough for HS256 and then some';
// RFC 7797 §4.2 (the key is RFC 7515 A.1's HMAC key) and its payload, the four bytes "$.02".
const RFC7797_DETACHED =
  'eyJhbGciOiJIUzI1NiIsImI2NCI6ZmFsc2UsImNyaXQiOlsiYjY0Il19..A5dxf2s96_n5FLueVuW1Z_vh161FwXZC4YLPff6dmDY';
const RFC7515_A1_KEY = JSON.stringify({
  kty: 'oct',
  k: 'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow',
});

test('detached compact JWS: the right payload is valid, a wrong one invalid', async ({ page }) => {
  const { errors } = await openApp(page);
  const claims = { sub: 'detached', iat: 1700000000 };
  const [h, p, s] = signHs256({ alg: 'HS256' }, claims, SECRET).split('.');
  const payload = Buffer.from(p!, 'base64url').toString('utf8');
  await pasteToken(page, `${h}..${s}`);
  const status = page.getByTestId('token-status');
  await expect(status).toHaveAttribute('data-state', 'decoded');
  await expect(status).toHaveAttribute('data-kind', 'jws');
  await setKey(page, SECRET);
  await expectSettledState(page, 'signature-status', 'not-applicable');
  const box = page.getByTestId('detached-payload-input');
  await box.fill(payload);
  await expectSettledState(page, 'signature-status', 'valid');
  await box.fill(payload.replace('detached', 'mallory'));
  await expectSettledState(page, 'signature-status', 'invalid');
  expect(errors).toEqual([]);
});

test('RFC 7797 b64:false detached example verifies over the raw bytes "$.02"', async ({ page }) => {
  const { errors } = await openApp(page);
  await pasteToken(page, RFC7797_DETACHED);
  await expect(page.getByTestId('token-status')).toHaveAttribute('data-state', 'decoded');
  await setKey(page, RFC7515_A1_KEY);
  await page.getByTestId('detached-payload-input').fill('$.02');
  await expectSettledState(page, 'signature-status', 'valid');
  // Shown as the bytes it is, not judged as claims.
  await expect(page.getByTestId('token-status')).toContainText('"b64": false');
  expect(errors).toEqual([]);
});
