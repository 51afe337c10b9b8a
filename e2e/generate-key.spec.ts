// Journey: generate a key for every alg; the token it signs verifies outside the browser.
import { expect, test } from '@playwright/test';
import { createPublicKey } from 'node:crypto';
import { compactVerify, importJWK } from 'jose';
import { openApp } from './helpers';

const ALGS = [
  'HS256',
  'HS384',
  'HS512',
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
];

for (const alg of ALGS) {
  test(`generate-key for ${alg} signs a token that verifies`, async ({ page }) => {
    const { errors } = await openApp(page);
    // From an empty page: choosing the alg starts a login token.
    await page.getByTestId('alg-select').selectOption(alg);
    await expect(page.getByTestId('token-status')).toHaveAttribute('data-state', 'decoded');
    await page.getByTestId('generate-key').click();
    const status = page.getByTestId('signature-status');
    await expect(status).toHaveAttribute('data-state', 'valid', { timeout: 20_000 });
    await expect(status).not.toHaveAttribute('data-busy', 'true');
    const token = await page.getByTestId('token-input').inputValue();
    const keyText = await page.getByTestId('key-input').inputValue();
    let key: Parameters<typeof compactVerify>[1];
    if (alg.startsWith('HS')) {
      // A UTF-8 secret is random base64url text carrying the hash's size of randomness (RFC 7518 §3.2).
      await expect(page.getByTestId('key-status')).toContainText('byte secret');
      expect(keyText.replace(/\./g, '').length).toBeGreaterThanOrEqual(
        Math.ceil((Number(alg.slice(2)) / 8) * (4 / 3)),
      );
      key = new TextEncoder().encode(keyText);
    } else {
      const publicPem = await page.getByTestId('generated-public-pem').innerText();
      key = createPublicKey(publicPem);
      // The JWK form verifies too.
      const jwk = JSON.parse(await page.getByTestId('generated-public-jwk').innerText());
      await compactVerify(token, await importJWK(jwk, alg));
      expect(keyText).toContain('BEGIN PRIVATE KEY');
    }
    const { protectedHeader } = await compactVerify(token, key);
    expect(protectedHeader.alg).toBe(alg);
    expect(errors).toEqual([]);
  });
}
