// Journey: encrypt the current claims (or the signed token, nested) to a JWE, and decrypt the app's output in Node with jose.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { compactDecrypt, compactVerify, decodeProtectedHeader, importJWK, importPKCS8 } from 'jose';
import type { JWK } from 'jose';
import { claimRow, expectSettledState, openApp, pasteToken, setEditorValue, signHs256 } from './helpers';

// Crypto in a page on a busy machine is slow; these journeys each do several decryptions.
test.describe.configure({ timeout: 120_000 });

interface InteropKeys {
  keys: Record<string, { spki: string; pkcs8: string; publicJwk: JWK; privateJwk: JWK }>;
}
const interop = JSON.parse(
  readFileSync(new URL('../src/core/fixtures/interop.json', import.meta.url), 'utf8'),
) as InteropKeys;
const RSA = interop.keys.rsa2048!;
const P256 = interop.keys.p256!;

const SECRET = 'a signing secret that is at least thirty-two bytes long';
const CLAIMS = { iss: 'https://encrypt.example', sub: 'alice', aud: 'api', iat: 1700000000, exp: 4102444800 };
const TOKEN = signHs256({ alg: 'HS256', typ: 'JWT' }, CLAIMS, SECRET);

const output = (page: Page) => page.getByTestId('encrypt-output');

async function choose(page: Page, alg: string, enc: string, keyText: string): Promise<string> {
  await page.getByTestId('jwe-alg-select').selectOption(alg);
  await page.getByTestId('jwe-enc-select').selectOption(enc);
  await page.getByTestId('encryption-key-input').fill(keyText);
  return readOutput(page);
}

async function readOutput(page: Page): Promise<string> {
  await expectSettledState(page, 'encrypt-status', 'ok');
  const jwe = await output(page).inputValue();
  expect(jwe.split('.')).toHaveLength(5);
  return jwe;
}

/** Decrypts in Node, outside the browser, allowing exactly the pair the test chose. */
async function decryptInNode(
  jwe: string,
  key: Parameters<typeof compactDecrypt>[1],
  alg: string,
  enc: string,
) {
  const { plaintext, protectedHeader } = await compactDecrypt(jwe, key, {
    keyManagementAlgorithms: [alg],
    contentEncryptionAlgorithms: [enc],
  });
  return { text: new TextDecoder().decode(plaintext), header: protectedHeader };
}

test('the claims encrypted to an RSA public key decrypt in Node, and follow edits live', async ({ page }) => {
  const { errors } = await openApp(page);
  await pasteToken(page, TOKEN);
  const jwe = await choose(page, 'RSA-OAEP-256', 'A256GCM', RSA.spki);
  const privateKey = await importPKCS8(RSA.pkcs8, 'RSA-OAEP-256');
  const first = await decryptInNode(jwe, privateKey, 'RSA-OAEP-256', 'A256GCM');
  expect(JSON.parse(first.text)).toEqual(CLAIMS);
  expect(first.header).toEqual({ alg: 'RSA-OAEP-256', enc: 'A256GCM' });

  const edited = { ...CLAIMS, sub: 'bob' };
  await setEditorValue(page, 'payload-editor', JSON.stringify(edited, null, 2));
  await expect(output(page)).not.toHaveValue(jwe);
  const second = await decryptInNode(await readOutput(page), privateKey, 'RSA-OAEP-256', 'A256GCM');
  expect(JSON.parse(second.text)).toEqual(edited);
  expect(errors).toEqual([]);
});

test('each key family encrypts to something jose in Node decrypts', async ({ page }) => {
  await openApp(page);
  await pasteToken(page, TOKEN);
  const password = 'Tr0ub4dor&3 été';
  const pbes2 = await choose(page, 'PBES2-HS512+A256KW', 'A128CBC-HS256', password);
  expect(
    JSON.parse(
      (await decryptInNode(pbes2, new TextEncoder().encode(password), 'PBES2-HS512+A256KW', 'A128CBC-HS256'))
        .text,
    ),
  ).toEqual(CLAIMS);

  const ecdh = await choose(page, 'ECDH-ES+A128KW', 'A256GCM', JSON.stringify(P256.publicJwk));
  const ecPrivate = await importJWK(P256.privateJwk, 'ECDH-ES+A128KW');
  expect(JSON.parse((await decryptInNode(ecdh, ecPrivate, 'ECDH-ES+A128KW', 'A256GCM')).text)).toEqual(
    CLAIMS,
  );

  // dir with A256CBC-HS512 takes the 64-byte content key itself, here typed as hex.
  const cek = 'ab'.repeat(64);
  await page.getByTestId('encryption-key-encoding').selectOption('hex');
  const dir = await choose(page, 'dir', 'A256CBC-HS512', cek);
  expect(
    JSON.parse((await decryptInNode(dir, Buffer.from(cek, 'hex'), 'dir', 'A256CBC-HS512')).text),
  ).toEqual(CLAIMS);

  await page.getByTestId('encryption-key-encoding').selectOption('utf8');
  const kek = { kty: 'oct', k: Buffer.alloc(32, 7).toString('base64url') };
  const gcmkw = await choose(page, 'A256GCMKW', 'A128GCM', JSON.stringify(kek));
  expect(JSON.parse((await decryptInNode(gcmkw, Buffer.alloc(32, 7), 'A256GCMKW', 'A128GCM')).text)).toEqual(
    CLAIMS,
  );
});

test('nested: the signed token is encrypted with cty JWT, and its signature still verifies in Node', async ({
  page,
}) => {
  await openApp(page);
  await pasteToken(page, TOKEN);
  await page.getByTestId('encrypt-nested').check();
  const jwe = await choose(page, 'ECDH-ES', 'A256GCM', JSON.stringify(P256.publicJwk));
  expect(decodeProtectedHeader(jwe)).toMatchObject({ alg: 'ECDH-ES', enc: 'A256GCM', cty: 'JWT' });
  const { text } = await decryptInNode(
    jwe,
    await importJWK(P256.privateJwk, 'ECDH-ES'),
    'ECDH-ES',
    'A256GCM',
  );
  expect(text).toBe(TOKEN);
  const verified = await compactVerify(text, new TextEncoder().encode(SECRET));
  expect(JSON.parse(new TextDecoder().decode(verified.payload))).toEqual(CLAIMS);
});

test('the selects offer only what this browser can do (no 192-bit AES in Chromium)', async ({ page }) => {
  await openApp(page);
  // The choices come from a probe of this browser's WebCrypto, which runs once the panel has loaded.
  await expect(page.getByTestId('jwe-alg-select').locator('option', { hasText: 'RSA-OAEP-256' })).toHaveCount(
    1,
  );
  const algs = await page.getByTestId('jwe-alg-select').locator('option').allTextContents();
  const encs = await page.getByTestId('jwe-enc-select').locator('option').allTextContents();
  expect(algs).toContain('RSA-OAEP-256');
  expect(algs).toContain('PBES2-HS256+A128KW');
  expect(encs).toEqual(['A128GCM', 'A256GCM', 'A128CBC-HS256', 'A256CBC-HS512']);
  expect(algs.filter((a) => a.includes('192'))).toEqual([]);
});

for (const [alg, enc] of [
  ['ECDH-ES+A256KW', 'A256GCM'],
  ['RSA-OAEP', 'A128CBC-HS256'],
  ['A128KW', 'A128GCM'],
  ['PBES2-HS256+A128KW', 'A256GCM'],
] as const) {
  test(`a key generated for ${alg} / ${enc} encrypts, decrypts in Node and back in the app`, async ({
    page,
  }) => {
    const { errors } = await openApp(page);
    await pasteToken(page, TOKEN);
    await page.getByTestId('jwe-alg-select').selectOption(alg);
    await page.getByTestId('jwe-enc-select').selectOption(enc);
    await page.getByTestId('generate-encryption-key').click();
    const privateText = page.getByTestId('generated-private-key');
    await expect(privateText).not.toHaveValue('');
    const jwe = await readOutput(page);

    const secret = await privateText.inputValue();
    const key = alg.startsWith('PBES2')
      ? new TextEncoder().encode(secret)
      : await importJWK(JSON.parse(secret) as JWK, alg);
    expect(JSON.parse((await decryptInNode(jwe, key, alg, enc)).text)).toEqual(CLAIMS);

    // The same key, put in the key box, lets the app decrypt its own output.
    await page.getByTestId('use-generated-key').click();
    await pasteToken(page, jwe);
    await expectSettledState(page, 'decryption-status', 'decrypted');
    await expect(claimRow(page, 'sub')).toHaveAttribute('data-status', 'info');
    await expect(claimRow(page, 'exp')).toHaveAttribute('data-status', 'ok');
    expect(errors).toEqual([]);
  });
}
