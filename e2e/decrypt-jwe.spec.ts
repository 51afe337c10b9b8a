// Journey: paste a JWE made outside the app (jose in Node, python3-jwcrypto), put its key in the key box, read what is inside.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import {
  claimRow,
  editorValue,
  expectSettledState,
  jweFixture,
  openApp,
  pasteToken,
  setKey,
} from './helpers';
import type { JweFixture } from './helpers';

// Crypto in a page on a busy machine is slow; these journeys each do several decryptions.
test.describe.configure({ timeout: 120_000 });

const decryption = (page: Page) => page.getByTestId('decryption-status');

async function decrypt(page: Page, fixture: JweFixture): Promise<void> {
  await pasteToken(page, fixture.token);
  await expect(page.getByTestId('token-status')).toHaveAttribute('data-kind', 'jwe');
  await setKey(page, fixture.keyText, fixture.encoding);
  await expectSettledState(page, 'decryption-status', 'decrypted');
}

// One per family and source, with the key in the form its maker wrote it (PEM, JWK, hex, base64, a password).
const CASES: [source: 'jose-node' | 'jwcrypto', id: string][] = [
  ['jwcrypto', 'PBES2-HS512+A256KW A256GCM'],
  ['jose-node', 'PBES2-HS256+A128KW A128CBC-HS256'],
  ['jwcrypto', 'ECDH-ES X25519'],
  ['jose-node', 'ECDH-ES+A128KW X25519'],
  ['jwcrypto', 'RSA-OAEP-256 A256GCM'],
  ['jose-node', 'RSA-OAEP-512 A256CBC-HS512'],
  ['jose-node', 'dir A128CBC-HS256'],
  ['jwcrypto', 'dir A256GCM'],
  ['jose-node', 'A128GCMKW A256GCM'],
  ['jwcrypto', 'A256KW A128CBC-HS256'],
  ['jwcrypto', 'ECDH-ES+A256KW P-521'],
  ['jose-node', 'ECDH-ES P-384'],
  ['jwcrypto', 'zip DEF'],
  ['jose-node', 'zip DEF'],
];

for (const [source, id] of CASES) {
  test(`decrypts ${id} made by ${source} and judges its claims`, async ({ page }) => {
    const fixture = jweFixture(source, id);
    const { errors } = await openApp(page);
    await decrypt(page, fixture);
    const claims = JSON.parse(fixture.plaintext) as Record<string, unknown>;
    expect(JSON.parse(await editorValue(page, 'payload-editor'))).toEqual(claims);
    await expect(claimRow(page, 'iss')).toHaveAttribute('data-status', 'info');
    await expect(claimRow(page, 'exp')).toHaveAttribute('data-status', 'ok');
    await expect(claimRow(page, 'iat')).toHaveAttribute('data-status', 'ok');
    // The outer token has no signature; signature-status says so rather than guessing.
    await expectSettledState(page, 'signature-status', 'not-applicable');
    await expect(page.getByTestId('verdict')).toContainText('Decrypted');
    if (id === 'zip DEF') await expect(decryption(page)).toContainText('DEFLATE');
    expect(errors).toEqual([]);
  });
}

test('shows the five parts of a JWE and asks for a key (or a password) before decrypting', async ({
  page,
}) => {
  const fixture = jweFixture('jwcrypto', 'PBES2-HS512+A256KW A256GCM');
  await openApp(page);
  await pasteToken(page, fixture.token);
  await expectSettledState(page, 'decryption-status', 'no-key');
  await expect(decryption(page)).toContainText('password');
  const parts = page.getByTestId('jwe-part');
  await expect(parts).toHaveCount(5);
  // A 256-bit content key wrapped with AES-KW is 40 bytes (RFC 3394); the GCM IV is 96 bits and the tag 128.
  await expect(page.locator('[data-testid="jwe-part"][data-part="encrypted-key"]')).toContainText('40 bytes');
  await expect(page.locator('[data-testid="jwe-part"][data-part="iv"]')).toContainText('12 bytes');
  await expect(page.locator('[data-testid="jwe-part"][data-part="tag"]')).toContainText('16 bytes');
});

for (const [source, id] of [
  ['jwcrypto', 'nested cty JWT'],
  ['jose-node', 'nested cty JWT'],
] as const) {
  test(`a nested JWT from ${source} is decrypted, then verified with the nested key`, async ({ page }) => {
    const fixture = jweFixture(source, id);
    const { errors } = await openApp(page);
    await decrypt(page, fixture);
    await expect(page.getByTestId('nested-token')).toHaveValue(fixture.plaintext);
    await expectSettledState(page, 'signature-status', 'no-key');
    await expect(claimRow(page, 'exp')).toHaveAttribute('data-status', 'ok');

    await page.getByTestId('nested-key-input').fill(fixture.innerKeyText ?? '');
    await expectSettledState(page, 'signature-status', 'valid');
    await expect(page.getByTestId('signature-status')).toContainText('Inner signed JWT');
    await expect(page.getByTestId('verdict')).toContainText('Decrypted · Signature verified');
    // The claims judged are the inner token's, so expectations apply to them.
    await page.getByTestId('expected-issuer').fill('https://someone-else.example');
    await expect(claimRow(page, 'iss')).toHaveAttribute('data-status', 'mismatch');
    await expect(claimRow(page, 'iat')).toHaveAttribute('data-status', 'ok');

    // A key that did not sign it: the inner signature is invalid, the decryption still stands.
    await page.getByTestId('nested-key-input').fill('not the signing secret at all, long enough though');
    await expectSettledState(page, 'decryption-status', 'decrypted');
    await expect(page.getByTestId('signature-status')).not.toHaveAttribute('data-state', 'valid');
    await expect(page.getByTestId('signature-status')).not.toHaveAttribute('data-busy', 'true');
    expect(errors).toEqual([]);
  });
}

test('a wrong key says so plainly, for a shared secret and for an RSA key', async ({ page }) => {
  const { errors } = await openApp(page);
  await pasteToken(page, jweFixture('jose-node', 'A128KW A256GCM').token);
  await setKey(page, JSON.stringify({ kty: 'oct', k: 'AAAAAAAAAAAAAAAAAAAAAA' }));
  await expectSettledState(page, 'decryption-status', 'failed');
  await expect(decryption(page)).toContainText('not the key');
  await expect(page.getByTestId('verdict')).toContainText('Decryption failed');
  await expect(page.getByTestId('claims-table').getByTestId('claim-row')).toHaveCount(0);

  // jwcrypto's RSA token with jose-node's RSA private key.
  await pasteToken(page, jweFixture('jwcrypto', 'RSA-OAEP-256 A256GCM').token);
  await setKey(page, jweFixture('jose-node', 'RSA-OAEP-256 A256GCM').keyText);
  await expectSettledState(page, 'decryption-status', 'failed');
  await expect(decryption(page)).toContainText('not the key');

  // A secret of the wrong size is a key that does not fit, said with the sizes.
  await pasteToken(page, jweFixture('jose-node', 'A128KW A256GCM').token);
  await setKey(page, JSON.stringify({ kty: 'oct', k: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }));
  await expectSettledState(page, 'decryption-status', 'failed');
  await expect(decryption(page)).toContainText('16 bytes');
  expect(errors).toEqual([]);
});

test('a 192-bit AES token is reported as unsupported by this browser, not as broken', async ({ page }) => {
  const { errors } = await openApp(page);
  for (const id of ['A192KW A128GCM', 'dir A192GCM', 'A128KW A192CBC-HS384']) {
    const fixture = jweFixture('jose-node', id);
    await pasteToken(page, fixture.token);
    await setKey(page, fixture.keyText, fixture.encoding);
    await expectSettledState(page, 'decryption-status', 'unsupported');
    await expect(decryption(page)).toContainText('192-bit AES');
  }
  await expect(page.getByTestId('verdict')).toContainText('Cannot decrypt in this browser');
  expect(errors).toEqual([]);
});
