import { describe, expect, it } from 'vitest';
import { calculateJwkThumbprint } from 'jose';
import { exportKey } from './key-export';
import { rfcVectors } from '../fixtures';
import { ALL_TEST_KEY_FORMATS, keyText, testKeySet, type TestKeyKind } from '../fixtures/test-keys';

const kinds: TestKeyKind[] = ['rsa2048', 'p256', 'p384', 'p521', 'ed25519'];
// Every format that holds one key as pasted (not a JWKS, and no alg / kid added).
const formats = ALL_TEST_KEY_FORMATS.filter((f) => f !== 'jwk-public-with-alg' && f !== 'jwks');
const cases = kinds.flatMap((kind) =>
  formats.filter((f) => keyText(testKeySet(kind), f) !== undefined).map((f) => [kind, f] as const),
);

describe('exportKey: PEM ↔ JWK', () => {
  it.each(cases)(
    '%s from %s: both formats describe the same key, with one thumbprint',
    async (kind, format) => {
      const set = testKeySet(kind);
      const r = await exportKey(keyText(set, format) ?? '');
      if (!r.ok) throw new Error(JSON.stringify(r.problem));
      const e = r.value;
      const expectedThumbprint = await calculateJwkThumbprint(set.publicJwk as never);
      expect(e.thumbprint).toBe(expectedThumbprint);
      const isPrivate = format.includes('private') || format.includes('pkcs8') || format.includes('sec1');
      if (isPrivate) {
        expect(e.jwk).toMatchObject(set.privateJwk);
        expect(e.pem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
        expect(e.publicJwk).toEqual(set.publicJwk);
        expect(e.publicPem?.trim()).toBe(set.spki.trim());
      } else {
        expect(e.jwk).toEqual(set.publicJwk);
        expect(e.pem?.trim()).toBe(set.spki.trim());
      }
      // And back: the exported PEM reads as the same key.
      const again = await exportKey(e.pem ?? '');
      expect(again.ok && again.value.thumbprint).toBe(expectedThumbprint);
    },
  );

  it('gives the RFC 7638 §3.1 example thumbprint', async () => {
    const jwk = {
      kty: 'RSA',
      n: '0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw',
      e: 'AQAB',
      alg: 'RS256',
      kid: '2011-04-29',
    };
    const r = await exportKey(JSON.stringify(jwk));
    expect(r.ok && r.value.thumbprint).toBe('NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs');
    expect(r.ok && r.value.jwk).toMatchObject({ kid: '2011-04-29', alg: 'RS256' });
  });

  it('gives the RFC 8037 A.3 Ed25519 thumbprint, and a PEM for the A.1 private key', async () => {
    const jwk = {
      kty: 'OKP',
      crv: 'Ed25519',
      d: 'nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A',
      x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo',
    };
    const r = await exportKey(JSON.stringify(jwk));
    expect(r.ok && r.value.thumbprint).toBe('kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k');
    expect(r.ok && r.value.publicJwk).toEqual({ kty: 'OKP', crv: 'Ed25519', x: jwk.x });
    const back = await exportKey(r.ok ? (r.value.pem ?? '') : '');
    expect(back.ok && back.value.jwk).toEqual(jwk);
  });

  it('exports a secret as an oct JWK only', async () => {
    const r = await exportKey(
      'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow',
      {
        encoding: 'base64url',
      },
    );
    const rfcJwk = JSON.parse(rfcVectors.find((v) => v.id === 'rfc7515-a1-hs256')?.key?.value ?? '{}') as {
      k: string;
    };
    expect(r.ok && r.value.jwk).toEqual({ kty: 'oct', k: rfcJwk.k });
    expect(r.ok && r.value.pem).toBeUndefined();
  });

  it('exports a certificate key as SPKI and JWK', async () => {
    const cert = (await import('../fixtures')).interop.keys.p256;
    const r = await exportKey(cert.certificate);
    expect(r.ok && r.value.jwk).toEqual(cert.publicJwk);
  });

  it('picks a JWKS entry by index and says when the key type cannot be exported', async () => {
    const jwks = JSON.stringify({ keys: [testKeySet('p256').publicJwk, testKeySet('ed25519').publicJwk] });
    const r = await exportKey(jwks, { index: 1 });
    expect(r.ok && r.value.jwk).toEqual(testKeySet('ed25519').publicJwk);
    const k1 = await exportKey(testKeySet('secp256k1').spki);
    expect(!k1.ok && k1.problem.code).toBe('key-type-unsupported');
  });
});
