import { describe, expect, it } from 'vitest';
import { CompactSign } from 'jose';
import { JWS_ALGORITHMS, type JwsAlg } from './algorithms';
import { encodeBase64, encodeBase64url, encodeHex } from '../shared/base64url';
import { verifySignature } from './verify';
import { rfcVectors } from '../fixtures';
import {
  ALL_TEST_KEY_FORMATS,
  KEY_KIND_FOR_ALG,
  keyText,
  signTestToken,
  testKeySet,
  type TestKeyFormat,
} from '../fixtures/test-keys';

const enc = new TextEncoder();
const hmacSecret = (alg: string) =>
  enc.encode(`a secret that is long enough for ${alg} and then some more bytes!!`);

async function hmacToken(
  alg: string,
  secret: Uint8Array,
  header: Record<string, unknown> = {},
): Promise<string> {
  return new CompactSign(enc.encode('{"sub":"hmac"}')).setProtectedHeader({ alg, ...header }).sign(secret);
}

function tamper(token: string): string {
  const [h, , s] = token.split('.');
  return [h, encodeBase64url(enc.encode('{"sub":"mallory"}')), s].join('.');
}

const asymmetric = JWS_ALGORITHMS.filter((a) => a.family !== 'hmac').map((a) => a.alg);
const matrix: [JwsAlg, TestKeyFormat][] = asymmetric.flatMap((alg) => {
  const set = testKeySet(KEY_KIND_FOR_ALG[alg] ?? 'rsa2048');
  return ALL_TEST_KEY_FORMATS.filter((f) => keyText(set, f, alg) !== undefined).map(
    (f): [JwsAlg, TestKeyFormat] => [alg, f],
  );
});

describe('verifySignature: every asymmetric alg × every key format', () => {
  it.each(matrix)('%s with a %s key: valid, and invalid once the payload changes', async (alg, format) => {
    const set = testKeySet(KEY_KIND_FOR_ALG[alg] ?? 'rsa2048');
    const token = await signTestToken(alg, set, { sub: 'x' }, { kid: 'test-kid' });
    const key = keyText(set, format, alg) ?? '';
    const good = await verifySignature(token, key);
    expect(good.state, JSON.stringify(good.problem)).toBe('valid');
    expect(good.warnings).toEqual([]);
    const bad = await verifySignature(tamper(token), key);
    expect(bad.state).toBe('invalid');
    expect(bad.problem?.code).toBe('signature-mismatch');
  });

  it.each(asymmetric)('%s does not verify with another key of the right type', async (alg) => {
    const kind = KEY_KIND_FOR_ALG[alg] ?? 'rsa2048';
    const token = await signTestToken(alg, testKeySet(kind));
    const { generateKeyPairSync } = await import('node:crypto');
    const other =
      kind === 'rsa2048'
        ? generateKeyPairSync('rsa', { modulusLength: 2048 })
        : kind === 'ed25519'
          ? generateKeyPairSync('ed25519')
          : kind === 'ed448'
            ? generateKeyPairSync('ed448')
            : generateKeyPairSync('ec', {
                namedCurve: { p256: 'P-256', p384: 'P-384', p521: 'P-521', secp256k1: 'secp256k1' }[
                  kind as 'p256'
                ],
              });
    const r = await verifySignature(
      token,
      other.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    );
    expect(r.state).toBe('invalid');
  });
});

describe('verifySignature: HMAC secrets in every encoding', () => {
  const hmacAlgs = JWS_ALGORITHMS.filter((a) => a.family === 'hmac').map((a) => a.alg);
  const encodings = [
    ['utf8', (b: Uint8Array) => new TextDecoder().decode(b)],
    ['base64url', encodeBase64url],
    ['base64', encodeBase64],
    ['hex', encodeHex],
  ] as const;
  const cases = hmacAlgs.flatMap((alg) => encodings.map(([e, f]) => [alg, e, f] as const));
  it.each(cases)('%s with a %s secret', async (alg, encoding, write) => {
    const secret = hmacSecret(alg);
    const token = await hmacToken(alg, secret);
    expect((await verifySignature(token, write(secret), { encoding })).state).toBe('valid');
    expect((await verifySignature(tamper(token), write(secret), { encoding })).state).toBe('invalid');
  });

  it.each(hmacAlgs)('%s with an oct JWK and from a JWKS by kid', async (alg) => {
    const secret = hmacSecret(alg);
    const token = await hmacToken(alg, secret, { kid: 'k2' });
    const jwk = { kty: 'oct', k: encodeBase64url(secret) };
    expect((await verifySignature(token, JSON.stringify(jwk))).state).toBe('valid');
    const jwks = {
      keys: [
        { kty: 'oct', kid: 'k1', k: encodeBase64url(enc.encode('other')) },
        { ...jwk, kid: 'k2' },
      ],
    };
    const r = await verifySignature(token, JSON.stringify(jwks));
    expect(r.state).toBe('valid');
    expect(r.key).toMatchObject({ kid: 'k2', index: 1 });
  });

  it('warns about a secret shorter than the hash but still verifies (RFC 7518 §3.2)', async () => {
    const token = await hmacToken('HS512', enc.encode('short'));
    const r = await verifySignature(token, 'short');
    expect(r.state).toBe('valid');
    expect(r.warnings).toContainEqual({ code: 'secret-too-short', alg: 'HS512', bytes: 5, minBytes: 64 });
  });

  it('reads the secret in the chosen encoding, not as typed', async () => {
    const token = await hmacToken('HS256', hmacSecret('HS256'));
    const asText = encodeBase64url(hmacSecret('HS256'));
    const r = await verifySignature(token, asText, { encoding: 'utf8' });
    expect(r.state).toBe('invalid');
    expect(r.warnings).toContainEqual({ code: 'secret-looks-base64', suggested: 'base64url' });
  });
});

describe('verifySignature: JWKS', () => {
  const rsa = testKeySet('rsa2048');
  const ec = testKeySet('p256');
  const jwks = JSON.stringify({
    keys: [
      { ...ec.publicJwk, kid: 'ec-key', alg: 'ES256', use: 'sig' },
      { ...rsa.publicJwk, kid: 'rsa-key', alg: 'RS256', use: 'sig' },
    ],
  });

  it('says which key matched the token kid', async () => {
    const r = await verifySignature(await signTestToken('RS256', rsa, {}, { kid: 'rsa-key' }), jwks);
    expect(r.state).toBe('valid');
    expect(r.key).toMatchObject({ format: 'jwk', kid: 'rsa-key', index: 1, kty: 'RSA' });
  });

  it('lists the kids that exist when none matches', async () => {
    const r = await verifySignature(await signTestToken('RS256', rsa, {}, { kid: 'rotated-away' }), jwks);
    expect(r.state).toBe('key-error');
    expect(r.problem).toEqual({
      code: 'kid-not-in-jwks',
      kid: 'rotated-away',
      available: ['ec-key', 'rsa-key'],
    });
  });

  it('without a kid, tries each fitting key and reports the one that verified', async () => {
    const other = { ...testKeySet('p384').publicJwk };
    const set = JSON.stringify({
      keys: [
        {
          kty: 'EC',
          crv: 'P-256',
          x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU',
          y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0',
        },
        other,
        { ...ec.publicJwk },
      ],
    });
    const r = await verifySignature(await signTestToken('ES256', ec), set);
    expect(r.state).toBe('valid');
    expect(r.key?.index).toBe(2);
    expect(r.triedKeys).toBe(2);
  });

  it('says no key fits when the set has none for the alg', async () => {
    const r = await verifySignature(await signTestToken('EdDSA', testKeySet('ed25519')), jwks);
    expect(r.state).toBe('key-error');
    expect(r.problem?.code).toBe('no-matching-key');
  });
});

describe('verifySignature: states other than valid and invalid', () => {
  it('verifies a token pasted with Bearer and line breaks', async () => {
    const token = await signTestToken('ES256', testKeySet('p256'));
    const pasted = `Bearer ${token.slice(0, 30)}\n${token.slice(30)}\n`;
    expect((await verifySignature(pasted, testKeySet('p256').spki)).state).toBe('valid');
  });

  it('needs a key', async () => {
    const token = await signTestToken('ES256', testKeySet('p256'));
    expect(await verifySignature(token, '   ')).toEqual({ state: 'no-key', alg: 'ES256', warnings: [] });
  });

  it('reports a key that does not fit the alg as a key error', async () => {
    const token = await signTestToken('ES256', testKeySet('p256'));
    const r = await verifySignature(token, testKeySet('rsa2048').spki);
    expect(r).toMatchObject({
      state: 'key-error',
      problem: { code: 'alg-key-mismatch', keyType: 'RSA', alg: 'ES256' },
    });
    const c = await verifySignature(token, testKeySet('p384').spki);
    expect(c).toMatchObject({ state: 'key-error', problem: { code: 'curve-mismatch', curve: 'P-384' } });
  });

  it('reports an unreadable key as a key error', async () => {
    const token = await signTestToken('ES256', testKeySet('p256'));
    const r = await verifySignature(token, '{"kty":"EC"');
    expect(r).toMatchObject({ state: 'key-error', problem: { code: 'jwk-unreadable', reason: 'not-json' } });
  });

  it('never calls alg none valid', async () => {
    const r = await verifySignature('eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.', 'anything');
    expect(r).toMatchObject({ state: 'unsecured', problem: { code: 'alg-none' } });
  });

  it.each(['ES256P', 'Ed25519ph', 'RS1', 'HS1'])('cannot check %s in the browser', async (alg) => {
    const token = `${encodeBase64url(enc.encode(JSON.stringify({ alg })))}.e30.AAAA`;
    const r = await verifySignature(token, 'secret');
    expect(r).toMatchObject({ state: 'unsupported', problem: { code: 'alg-unsupported', alg } });
  });

  it('does not apply to text that is not a token, or to a JWE', async () => {
    expect((await verifySignature('hello', 'k')).state).toBe('not-applicable');
    const jwe = rfcVectors.find((v) => v.id === 'rfc7519-a1-jwe')?.token ?? '';
    expect(await verifySignature(jwe, 'k')).toMatchObject({
      state: 'not-applicable',
      problem: { code: 'token-is-jwe' },
    });
  });

  it('says when an ECDSA signature has the wrong length (e.g. DER instead of r||s)', async () => {
    const token = await signTestToken('ES256', testKeySet('p256'));
    const [h, p] = token.split('.');
    const r = await verifySignature(
      `${h}.${p}.${encodeBase64url(new Uint8Array(71))}`,
      testKeySet('p256').spki,
    );
    expect(r).toMatchObject({
      state: 'invalid',
      problem: { code: 'signature-wrong-length', expected: 64, actual: 71 },
    });
  });

  // Issue 16: RFC 7515 §4.1.11 says reject; this test used to expect 'valid' with a crit-extension warning.
  it('rejects a token with a critical extension it does not understand', async () => {
    const set = testKeySet('p256');
    const { importPKCS8 } = await import('jose');
    const token = await new CompactSign(enc.encode('{}'))
      .setProtectedHeader({ alg: 'ES256', crit: ['exp-ext'], 'exp-ext': 1 })
      .sign(await importPKCS8(set.pkcs8, 'ES256'), { crit: { 'exp-ext': true } });
    const r = await verifySignature(token, set.spki);
    expect(r.state).toBe('invalid');
    expect(r.problem).toEqual({ code: 'crit-unknown', names: ['exp-ext'] });
  });

  it('stops when aborted', async () => {
    const token = await signTestToken('ES256', testKeySet('p256'));
    const controller = new AbortController();
    controller.abort();
    await expect(
      verifySignature(token, testKeySet('p256').spki, { signal: controller.signal }),
    ).rejects.toThrow();
  });
});

describe('verifySignature: RSA keys under 2048 bits', () => {
  it.each(['RS256', 'PS384', 'RS512'])('%s is still checked, with a warning', async (alg) => {
    const set = testKeySet('rsa1024');
    const { createPrivateKey, sign, constants } = await import('node:crypto');
    const header = encodeBase64url(enc.encode(JSON.stringify({ alg })));
    const payload = encodeBase64url(enc.encode('{"sub":"old"}'));
    const hash = `sha${alg.slice(2)}`;
    const pss = alg.startsWith('PS');
    const sig = sign(hash, Buffer.from(`${header}.${payload}`), {
      key: createPrivateKey(set.pkcs8),
      ...(pss ? { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: Number(alg.slice(2)) / 8 } : {}),
    });
    const token = `${header}.${payload}.${encodeBase64url(new Uint8Array(sig))}`;
    for (const key of [set.spki, set.pkcs1Public ?? '', JSON.stringify(set.publicJwk)]) {
      const r = await verifySignature(token, key);
      expect(r.state).toBe('valid');
      expect(r.warnings).toContainEqual({ code: 'rsa-key-too-short', bits: 1024, minBits: 2048 });
      expect((await verifySignature(tamper(token), key)).state).toBe('invalid');
    }
  });
});

describe('verifySignature: RFC examples', () => {
  const vectors = rfcVectors.filter((v) => v.expect.decode === 'ok');
  it.each(vectors.map((v) => [v.id, v] as const))('%s', async (_id, v) => {
    const encoding = v.key?.format === 'base64url-secret' ? 'base64url' : 'utf8';
    const r = await verifySignature(v.token, v.key?.value ?? '', { encoding });
    if (v.alg === 'none') expect(r.state).toBe('unsecured');
    else expect(r.state).toBe(v.expect.signature);
  });

  it('verifies the RFC 7520 keys through their private JWKs too', async () => {
    for (const v of rfcVectors.filter((x) => x.signingKey && x.expect.decode === 'ok')) {
      expect((await verifySignature(v.token, v.signingKey?.value ?? '')).state, v.id).toBe('valid');
    }
  });
});

describe('verifySignature: speed', () => {
  it('re-verifies a changed token without re-importing the key', async () => {
    const set = testKeySet('rsa2048');
    const key = set.pkcs1Private ?? '';
    await verifySignature(await signTestToken('RS256', set, { n: 0 }), key);
    const tokens = await Promise.all(
      Array.from({ length: 20 }, (_, n) => signTestToken('RS256', set, { n: n + 1 })),
    );
    const times: number[] = [];
    for (const t of tokens) {
      const start = performance.now();
      expect((await verifySignature(t, key)).state).toBe('valid');
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    expect(times[10]).toBeLessThan(16);
  });
});
