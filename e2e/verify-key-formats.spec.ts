// Journey: what the key box says about keys that cannot verify the token (wrong kid, type or curve, unreadable),
// and that the interop fixtures cover both libraries and every alg. The formats that verify are checked by
// verify-key-formats-{rsa,ec,hmac}.spec.ts (cases in key-format-cases.ts).
import { expect, test } from '@playwright/test';
import { openApp, pasteToken } from './helpers';
import {
  byAlg,
  expectKeyErrorSentence,
  expectSignature,
  interop,
  keyStatus,
  signature,
  useKey,
} from './key-format-cases';

// Each test drives several edits through the page; a loaded CI machine needs more than 30 s.
test.describe.configure({ timeout: 90_000 });

test('the fixtures cover both libraries and every alg', () => {
  const algs = new Set(interop.tokens.map((t) => t.alg));
  for (const alg of 'HS256 HS384 HS512 RS256 RS384 RS512 PS256 PS384 PS512 ES256 ES384 ES512 EdDSA'.split(
    ' ',
  ))
    expect(algs, alg).toContain(alg);
  expect(new Set(interop.tokens.map((t) => t.issuer.split(' ')[0]))).toEqual(
    new Set(['jsonwebtoken', 'PyJWT']),
  );
});

test('a JWKS without the token’s kid lists the kids it has', async ({ page }) => {
  await openApp(page);
  await pasteToken(page, byAlg('ES256'));
  const others = { keys: interop.pyjwtJwks.keys.filter((k) => k.kid !== 'p256-kid') };
  await useKey(page, JSON.stringify(others));
  await expect(keyStatus(page)).toHaveAttribute('data-state', 'ok');
  await expectKeyErrorSentence(page, /No key in the JWKS has kid “p256-kid”/);
  for (const k of others.keys) await expect(signature(page)).toContainText(String(k.kid));
});

test('a token without a kid tries each fitting JWKS key and says which one matched', async ({ page }) => {
  await openApp(page);
  await pasteToken(page, byAlg('RS256', 'rsa1024'));
  const jwks = { keys: [interop.keys.rsa2048.publicJwk, interop.keys.rsa1024.publicJwk] };
  await useKey(page, JSON.stringify(jwks));
  await expectSignature(page, 'valid');
  await expect(signature(page)).toContainText(/JWKS key 2.*after trying 2 keys/);
});

test('an RSA key for an ES256 token is a key error in words', async ({ page }) => {
  await openApp(page);
  await pasteToken(page, byAlg('ES256'));
  for (const key of [interop.keys.rsa2048.spki, JSON.stringify(interop.keys.rsa2048.publicJwk)]) {
    await useKey(page, key);
    await expect(keyStatus(page)).toHaveAttribute('data-state', 'ok');
    await expectKeyErrorSentence(page, /This is an RSA key, but ES256 needs an EC P-256 key/);
  }
});

test('an EC key on the wrong curve is a key error naming both curves', async ({ page }) => {
  await openApp(page);
  await pasteToken(page, byAlg('ES256'));
  await useKey(page, interop.keys.p384.spki);
  await expectKeyErrorSentence(page, /curve P-384, but ES256 needs P-256/);
  await pasteToken(page, byAlg('EdDSA'));
  await useKey(page, interop.keys.p256.pkcs8);
  await expectKeyErrorSentence(page, /EC key, but EdDSA needs an Ed25519 key/);
  await pasteToken(page, byAlg('HS256'));
  await expectKeyErrorSentence(page, /HS256 needs a shared secret/);
});

const unreadable: [string, string, RegExp][] = [
  [
    'a PEM with a broken body',
    '-----BEGIN PUBLIC KEY-----\nnot base64!!\n-----END PUBLIC KEY-----',
    /not valid base64/,
  ],
  [
    'a truncated SPKI',
    (() => {
      const lines = interop.keys.rsa2048.spki.trim().split('\n');
      return [...lines.slice(0, 3), lines.at(-1)].join('\n');
    })(),
    /could not be read as a key/,
  ],
  [
    'a PEM without its END line',
    interop.keys.p256.spki.split('-----END')[0] ?? '',
    /no matching END line|could not|not/,
  ],
  [
    'a certificate request',
    '-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n-----END CERTIFICATE REQUEST-----',
    /not a key/,
  ],
  ['JSON that does not parse', '{"kty":"RSA","n":', /does not parse/],
  ['a JWK without kty', '{"n":"AQAB","e":"AQAB"}', /no "kty"/],
  ['an EC JWK without y', JSON.stringify({ ...interop.keys.p256.publicJwk, y: undefined }), /lacks its "y"/],
  ['a JWK with a bad member', JSON.stringify({ ...interop.keys.p256.publicJwk, x: '***' }), /"x" member/],
  ['a JWKS with keys not a list', '{"keys":"x"}', /kty|JWKS|JWK/],
];

test('each unreadable key gets a key error with a sentence', async ({ page }) => {
  const { errors } = await openApp(page);
  await pasteToken(page, byAlg('ES256'));
  for (const [name, text, pattern] of unreadable) {
    await test.step(name, async () => {
      // Cleared first, so that the checks below read this key's status, not the one before.
      await useKey(page, '');
      await expect(keyStatus(page)).toHaveAttribute('data-state', 'empty');
      await useKey(page, text);
      await expect(keyStatus(page)).toHaveAttribute('data-state', 'error');
      await expect(keyStatus(page)).toContainText(pattern);
      await expect(keyStatus(page)).not.toContainText('DOMException');
      await expectKeyErrorSentence(page, /Key cannot be used: \S+/);
    });
  }
  expect(errors).toEqual([]);
});
