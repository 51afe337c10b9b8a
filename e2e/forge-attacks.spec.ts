// Journey: from an RS256 token and its public key, forge each classic attack token and check its shape in Node.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import {
  createHmac,
  createPublicKey,
  generateKeyPairSync,
  sign as signWithKey,
  verify as verifySignature,
} from 'node:crypto';
import { openApp, pasteToken, setKey } from './helpers';

const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const PUBLIC_PEM = publicKey.export({ type: 'spki', format: 'pem' }).toString();
const enc = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
const HEADER = enc({ alg: 'RS256', typ: 'JWT', kid: 'real-key' });
const PAYLOAD = enc({ sub: 'user-1', role: 'user', exp: Math.floor(Date.now() / 1000) + 3600 });
const RS256_TOKEN = `${HEADER}.${PAYLOAD}.${signWithKey('sha256', Buffer.from(`${HEADER}.${PAYLOAD}`), privateKey).toString('base64url')}`;

interface Parts {
  header: Record<string, unknown>;
  payload: string;
  input: string;
  signature: Buffer;
  signatureText: string;
}

function split(token: string): Parts {
  const [h = '', p = '', s = ''] = token.split('.');
  expect(token.split('.')).toHaveLength(3);
  return {
    header: JSON.parse(Buffer.from(h, 'base64url').toString()) as Record<string, unknown>,
    payload: p,
    input: `${h}.${p}`,
    signature: Buffer.from(s, 'base64url'),
    signatureText: s,
  };
}

/** Chooses an attack and returns the forged token once it has been made from the current token. */
async function forge(page: Page, attack: string): Promise<Parts> {
  await page.getByTestId('attack-select').selectOption(attack);
  const output = page.getByTestId('attack-output');
  await expect(output).toHaveAttribute('data-attack', attack, { timeout: 30_000 });
  await expect(output).not.toHaveAttribute('data-busy', 'true');
  const parts = split(await output.inputValue());
  // Made from the current token's payload, byte for byte.
  expect(parts.payload).toBe(PAYLOAD);
  return parts;
}

const emptyKeyMac = (input: string) => createHmac('sha256', Buffer.alloc(0)).update(input).digest();

test('each attack produces a token of the shape it needs, and nothing is sent anywhere', async ({ page }) => {
  test.setTimeout(180_000);
  const { errors } = await openApp(page);
  const origin = new URL(page.url()).origin;
  const elsewhere: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:'))
      elsewhere.push(r.url());
  });
  await pasteToken(page, RS256_TOKEN);
  await setKey(page, PUBLIC_PEM);
  await expect(page.getByTestId('attack-note')).toContainText('allowed to test');

  // alg-none: four spellings, empty signature.
  const none = await forge(page, 'alg-none');
  expect(none.header.alg).toBe('none');
  expect(none.signatureText).toBe('');
  const spellings = page.getByTestId('attack-variant-select').locator('option');
  await expect(spellings).toHaveCount(4);
  await page.getByTestId('attack-variant-select').selectOption('nOnE');
  expect(split(await page.getByTestId('attack-output').inputValue()).header.alg).toBe('nOnE');
  await expect(page.getByTestId('attack-rules')).toContainText('RFC 8725 §3.1');

  // hs-with-public-key: HMAC-SHA256 keyed with the PEM file's bytes; DER as a variant.
  const hs = await forge(page, 'hs-with-public-key');
  expect(hs.header).toMatchObject({ alg: 'HS256', kid: 'real-key' });
  expect(hs.signature.equals(createHmac('sha256', PUBLIC_PEM).update(hs.input).digest())).toBe(true);
  await page.getByTestId('attack-variant-select').selectOption('der');
  const der = split(await page.getByTestId('attack-output').inputValue());
  const derKey = createPublicKey(PUBLIC_PEM).export({ type: 'spki', format: 'der' });
  expect(der.signature.equals(createHmac('sha256', derKey).update(der.input).digest())).toBe(true);

  // embedded-jwk: the header's JWK (also shown in attack-jwks) verifies the token.
  const embedded = await forge(page, 'embedded-jwk');
  const jwk = embedded.header.jwk as Record<string, unknown>;
  expect(JSON.parse(await page.getByTestId('attack-jwks').inputValue())).toEqual(jwk);
  expect(jwk.d).toBeUndefined();
  const embeddedKey = createPublicKey({ key: jwk as never, format: 'jwk' });
  expect(verifySignature('sha256', Buffer.from(embedded.input), embeddedKey, embedded.signature)).toBe(true);
  expect(verifySignature('sha256', Buffer.from(embedded.input), publicKey, embedded.signature)).toBe(false);

  // empty-secret: HS256 with a zero-length key.
  const empty = await forge(page, 'empty-secret');
  expect(empty.header.alg).toBe('HS256');
  expect(empty.signature.equals(emptyKeyMac(empty.input))).toBe(true);

  // psychic-signature: r = s = 0, 64 zero bytes for ES256 (the first variant for a non-ES token).
  const psychic = await forge(page, 'psychic-signature');
  expect(psychic.header.alg).toBe('ES256');
  expect(psychic.signature).toHaveLength(64);
  expect(psychic.signature.every((b) => b === 0)).toBe(true);
  await page.getByTestId('attack-variant-select').selectOption('ES512');
  const es512 = split(await page.getByTestId('attack-output').inputValue());
  expect(es512.signature).toHaveLength(132);
  expect(es512.signature.every((b) => b === 0)).toBe(true);

  // kid-injection: kid walks to /dev/null, signed with the empty key.
  const kid = await forge(page, 'kid-injection');
  expect(kid.header).toMatchObject({ alg: 'HS256', kid: '../../../../../../dev/null' });
  expect(kid.signature.equals(emptyKeyMac(kid.input))).toBe(true);

  // jku-spoof: jku is the given URL; the JWKS to host there verifies the token.
  await page.getByTestId('attack-select').selectOption('jku-spoof');
  await page.getByTestId('attack-url-input').fill('https://keys.test.example/jwks.json');
  await expect(page.getByTestId('attack-output')).not.toHaveAttribute('data-busy', 'true');
  const jku = await forge(page, 'jku-spoof');
  expect(jku.header.jku).toBe('https://keys.test.example/jwks.json');
  const jwks = JSON.parse(await page.getByTestId('attack-jwks').inputValue()) as {
    keys: Record<string, unknown>[];
  };
  const hosted = jwks.keys.find((k) => k.kid === jku.header.kid);
  expect(hosted).toBeDefined();
  const hostedKey = createPublicKey({ key: hosted as never, format: 'jwk' });
  expect(verifySignature('sha256', Buffer.from(jku.input), hostedKey, jku.signature)).toBe(true);

  expect(elsewhere).toEqual([]);
  expect(errors).toEqual([]);
});

test('hs-with-public-key asks for the public key when the key box is empty', async ({ page }) => {
  await openApp(page);
  await pasteToken(page, RS256_TOKEN);
  await page.getByTestId('attack-select').selectOption('hs-with-public-key');
  await expect(page.getByTestId('attack-problem')).toHaveAttribute('data-code', 'forge-no-public-key');
  await expect(page.getByTestId('attack-output')).toHaveValue('');
});
