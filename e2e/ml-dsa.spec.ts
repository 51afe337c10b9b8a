// Journey: ML-DSA-44/65/87 (RFC 9964) in the page: generate a key, sign, verify, tamper; a token and keys made
// by Node 24 (OpenSSL 3.5) verify; the example picker and the learning panel cover each level. One load per level.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectSettledState, openApp, pasteToken, setKey } from './helpers';

interface Fixture {
  token: string;
  publicJwk: Record<string, string>;
  publicPem: string;
  privatePem: string;
}
const node24 = JSON.parse(
  readFileSync(new URL('../src/core/fixtures/ml-dsa-node24.json', import.meta.url), 'utf8'),
) as Record<string, Fixture>;

const SIZES: Record<string, { signature: number; publicKey: number }> = {
  'ML-DSA-44': { signature: 2420, publicKey: 1312 },
  'ML-DSA-65': { signature: 3309, publicKey: 1952 },
  'ML-DSA-87': { signature: 4627, publicKey: 2592 },
};

const tamper = (token: string): string => {
  const [h, p, s] = token.split('.');
  return `${h}.${p}x.${s}`;
};

for (const alg of ['ML-DSA-44', 'ML-DSA-65', 'ML-DSA-87']) {
  test(`${alg}: generated, signed and verified in the page; tampering fails; Node 24's token verifies`, async ({
    page,
  }) => {
    const fixture = node24[alg];
    if (!fixture) throw new Error(`no ${alg} fixture`);
    const { errors } = await openApp(page);

    // Generate in the page and sign: the token verifies with the generated private key and its public JWK.
    await page.getByTestId('alg-select').selectOption(alg);
    await expect(page.getByTestId('token-status')).toHaveAttribute('data-state', 'decoded');
    await page.getByTestId('generate-key').click();
    await expectSettledState(page, 'signature-status', 'valid');
    const token = await page.getByTestId('token-input').inputValue();
    const [h = '', , s = ''] = token.split('.');
    expect(JSON.parse(Buffer.from(h, 'base64url').toString()).alg).toBe(alg);
    expect(Buffer.from(s, 'base64url').length).toBe(SIZES[alg]?.signature);
    const publicJwk = JSON.parse(await page.getByTestId('generated-public-jwk').innerText());
    expect(publicJwk).toMatchObject({ kty: 'AKP', alg });
    expect(Buffer.from(publicJwk.pub, 'base64url').length).toBe(SIZES[alg]?.publicKey);
    await expect(page.getByTestId('key-status')).toContainText('AKP');
    await setKey(page, JSON.stringify(publicJwk));
    await expectSettledState(page, 'signature-status', 'valid');
    await pasteToken(page, tamper(token));
    await expectSettledState(page, 'signature-status', 'invalid');

    // Node 24's token with its public JWK and its SPKI PEM; changed, it fails.
    await pasteToken(page, fixture.token);
    await setKey(page, JSON.stringify(fixture.publicJwk));
    await expectSettledState(page, 'signature-status', 'valid');
    await setKey(page, fixture.publicPem);
    await expectSettledState(page, 'signature-status', 'valid');
    await pasteToken(page, tamper(fixture.token));
    await expectSettledState(page, 'signature-status', 'invalid');

    // The example picker makes a valid example; the learning panel says what the alg is and its sizes.
    await page.getByTestId('example-select').selectOption(alg);
    await expectSettledState(page, 'signature-status', 'valid');
    const facts = page.getByTestId('learn-alg-facts');
    await expect(facts).toHaveAttribute('data-alg', alg);
    await expect(facts).toContainText(`AKP, alg ${alg}`);
    await expect(facts).toContainText(`${SIZES[alg]?.signature} bytes`);
    await expect(page.getByTestId('how-it-is-built')).toContainText('RFC 9964');
    expect(errors).toEqual([]);
  });
}

test('the learning panel gives key type and sizes for ES256K, Ed448 and Ed25519 examples', async ({
  page,
}) => {
  await openApp(page);
  for (const [alg, type, signature] of [
    ['ES256K', 'EC, crv secp256k1', '64 bytes'],
    ['Ed448', 'OKP, crv Ed448', '114 bytes'],
    ['Ed25519', 'OKP, crv Ed25519', '64 bytes'],
  ] as const) {
    await page.getByTestId('example-select').selectOption(alg);
    await expectSettledState(page, 'signature-status', 'valid');
    const facts = page.getByTestId('learn-alg-facts');
    await expect(facts).toHaveAttribute('data-alg', alg);
    await expect(facts).toContainText(type);
    await expect(facts).toContainText(signature);
  }
});
