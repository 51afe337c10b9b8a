// Journey: ES256K (RFC 8812), Ed448 (RFC 8037) and the RFC 9864 `Ed25519` name verify, sign and generate in
// the page; tokens from python-jwcrypto verify, and the page's tokens verify in node:crypto (OpenSSL).
import { expect, test } from '@playwright/test';
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expectSettledState, openApp, pasteToken, setKey } from './helpers';

interface Fixture {
  token: string;
  highS?: string;
  publicJwk: Record<string, string>;
  publicPem: string;
  privatePem: string;
}
const jwcrypto = JSON.parse(
  readFileSync(new URL('../src/core/fixtures/more-algs-jwcrypto.json', import.meta.url), 'utf8'),
) as { ES256K: Fixture; Ed448: Fixture };

/** Checks a compact JWS with node:crypto, an implementation other than the page's. */
function verifiedOutside(token: string, publicPem: string, alg: string): boolean {
  const [h = '', p = '', s = ''] = token.split('.');
  const key = createPublicKey(publicPem);
  const data = Buffer.from(`${h}.${p}`);
  const signature = Buffer.from(s, 'base64url');
  return alg === 'ES256K'
    ? verify('sha256', data, { key, dsaEncoding: 'ieee-p1363' }, signature)
    : verify(null, data, key, signature);
}

for (const [name, fixture] of [
  ['ES256K', jwcrypto.ES256K],
  ['Ed448 (alg EdDSA)', jwcrypto.Ed448],
] as const) {
  test(`a python-jwcrypto ${name} token verifies with its JWK and its PEM, and not once changed`, async ({
    page,
  }) => {
    const { errors } = await openApp(page);
    await pasteToken(page, fixture.token);
    await expect(page.getByTestId('token-status')).toHaveAttribute('data-kind', 'jws');
    await setKey(page, JSON.stringify(fixture.publicJwk));
    await expectSettledState(page, 'signature-status', 'valid');
    await setKey(page, fixture.publicPem);
    await expectSettledState(page, 'signature-status', 'valid');
    const [h, p, s] = fixture.token.split('.');
    await pasteToken(page, `${h}.${p}x.${s}`);
    await expectSettledState(page, 'signature-status', 'invalid');
    expect(errors).toEqual([]);
  });
}

test('a high-S ES256K signature verifies (RFC 8812 does not require low S)', async ({ page }) => {
  await openApp(page);
  await pasteToken(page, jwcrypto.ES256K.highS ?? '');
  await setKey(page, JSON.stringify(jwcrypto.ES256K.publicJwk));
  await expectSettledState(page, 'signature-status', 'valid');
});

test('the RFC 9864 Ed25519 alg name verifies beside EdDSA', async ({ page }) => {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const enc = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const input = `${enc({ alg: 'Ed25519', typ: 'JWT' })}.${enc({ sub: 'rfc9864' })}`;
  const token = `${input}.${sign(null, Buffer.from(input), privateKey).toString('base64url')}`;
  await openApp(page);
  await pasteToken(page, token);
  await setKey(page, publicKey.export({ type: 'spki', format: 'pem' }).toString());
  await expectSettledState(page, 'signature-status', 'valid');
});

for (const alg of ['ES256K', 'Ed25519', 'Ed448']) {
  test(`generate-key for ${alg} signs a token that node:crypto verifies; it re-signs with a pasted key`, async ({
    page,
  }) => {
    const { errors } = await openApp(page);
    await page.getByTestId('alg-select').selectOption(alg);
    await expect(page.getByTestId('token-status')).toHaveAttribute('data-state', 'decoded');
    await page.getByTestId('generate-key').click();
    await expectSettledState(page, 'signature-status', 'valid');
    const token = await page.getByTestId('token-input').inputValue();
    const publicPem = await page.getByTestId('generated-public-pem').innerText();
    const publicJwk = JSON.parse(await page.getByTestId('generated-public-jwk').innerText());
    expect(JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString()).alg).toBe(alg);
    expect(verifiedOutside(token, publicPem, alg)).toBe(true);
    expect(publicJwk).toMatchObject(
      alg === 'ES256K' ? { kty: 'EC', crv: 'secp256k1' } : { kty: 'OKP', crv: alg },
    );
    // The private key is PKCS#8 that OpenSSL reads, and the public JWK verifies the page's token too.
    const keyText = await page.getByTestId('key-input').inputValue();
    expect(createPrivateKey(keyText).asymmetricKeyType).toBe(alg === 'ES256K' ? 'ec' : alg.toLowerCase());
    await setKey(page, JSON.stringify(publicJwk));
    await expectSettledState(page, 'signature-status', 'valid');
    expect(errors).toEqual([]);
  });
}

test('signing with a python-jwcrypto ES256K private key gives a token jwcrypto’s public key verifies', async ({
  page,
}) => {
  await openApp(page);
  await page.getByTestId('alg-select').selectOption('ES256K');
  await setKey(page, jwcrypto.ES256K.privatePem);
  await expectSettledState(page, 'signature-status', 'valid');
  const token = await page.getByTestId('token-input').inputValue();
  expect(verifiedOutside(token, jwcrypto.ES256K.publicPem, 'ES256K')).toBe(true);
});

for (const alg of ['ES256K', 'Ed448']) {
  test(`the example picker makes a valid ${alg} example`, async ({ page }) => {
    await openApp(page);
    await page.getByTestId('example-select').selectOption(alg);
    await expectSettledState(page, 'signature-status', 'valid');
    await expect(page.getByTestId('how-it-is-built')).toContainText(alg === 'ES256K' ? 'RFC 8812' : 'Ed448');
  });
}
