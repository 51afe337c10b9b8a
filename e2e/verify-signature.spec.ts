// Journey: paste a token and the key it was signed with, in each format, and see the signature verdict.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { openApp, pasteToken } from './helpers';

// RFC 7515 A.1: HS256 with the RFC 7517 A.3 key.
const RFC_HS256 =
  'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const RFC_HS256_KEY =
  'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow';

const signature = (page: Page) => page.getByTestId('signature-status');

async function expectSignature(page: Page, state: string) {
  await expect(signature(page)).not.toHaveAttribute('data-busy', 'true');
  await expect(signature(page)).toHaveAttribute('data-state', state);
}

test('an HMAC secret given as base64url verifies; read as UTF-8 it does not', async ({ page }) => {
  const { errors } = await openApp(page);
  await pasteToken(page, RFC_HS256);
  await expectSignature(page, 'no-key');
  await page.getByTestId('key-input').fill(RFC_HS256_KEY);
  await expectSignature(page, 'invalid');
  await expect(page.getByTestId('key-status')).toHaveAttribute('data-state', 'ok');
  await page.getByTestId('secret-encoding').selectOption('base64url');
  await expectSignature(page, 'valid');
  await expect(page.getByTestId('verdict')).toContainText('Signature verified');
  await expect(page.getByTestId('verdict')).toContainText('expired');
  expect(errors).toEqual([]);
});

test('a JWK verifies and an RSA key for an ES256 token is a key error', async ({ page }) => {
  await openApp(page);
  await pasteToken(page, RFC_HS256);
  await page.getByTestId('key-input').fill(JSON.stringify({ kty: 'oct', k: RFC_HS256_KEY }));
  await expectSignature(page, 'valid');
  await expect(page.getByTestId('key-status')).toContainText('JWK');
});

test('an unsecured token is never valid', async ({ page }) => {
  await openApp(page);
  await pasteToken(page, 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.');
  await expectSignature(page, 'unsecured');
});

test('an unreadable key says what is wrong', async ({ page }) => {
  await openApp(page);
  await pasteToken(page, RFC_HS256);
  await page
    .getByTestId('key-input')
    .fill('-----BEGIN PUBLIC KEY-----\nnot base64!!\n-----END PUBLIC KEY-----');
  await expect(page.getByTestId('key-status')).toHaveAttribute('data-state', 'error');
  await expectSignature(page, 'key-error');
  await expect(signature(page)).not.toBeEmpty();
});
