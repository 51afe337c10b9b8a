// Tests for JWE: every alg × enc round trip, curves, compression, nesting, keys, wrong keys and unsupported algorithms.

import { describe, expect, it } from 'vitest';
import { exportPKCS8, exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { encodeHex } from '../shared/base64url';
import { interop } from '../fixtures';
import { keyText, testKeySet, type TestKeyFormat } from '../fixtures/test-keys';
import {
  JWE_ALGS,
  JWE_ENCS,
  decryptToken,
  describeJweParts,
  encryptPayload,
  generateJweKey,
  getJweSecretLength,
  isJweAlgSupported,
  probeJweSupport,
  supportedJweAlgs,
  type GeneratedJweKey,
  type JweAlg,
  type JweEnc,
  type JweSupport,
} from './jwe';

const CLAIMS = { sub: 'alice', iss: 'https://issuer.example', n: 1 };
const CLAIMS_TEXT = JSON.stringify(CLAIMS);
const NODE: JweSupport = { aes192: true, x25519: true };
const CHROMIUM: JweSupport = { aes192: false, x25519: true };

const keyCache = new Map<string, Promise<GeneratedJweKey>>();
/** One key per alg (and per CEK size for dir), so RSA pairs are not generated 24 times. */
function keyFor(alg: JweAlg, enc: JweEnc): Promise<GeneratedJweKey> {
  const id = `${alg}|${getJweSecretLength(alg, enc) ?? ''}`;
  let key = keyCache.get(id);
  if (!key) {
    key = generateJweKey(alg, enc);
    keyCache.set(id, key);
  }
  return key;
}

async function encryptOrThrow(
  alg: string,
  enc: string,
  keyText: string,
  plaintext = CLAIMS_TEXT,
  extra = {},
) {
  const result = await encryptPayload({ plaintext, alg, enc, keyText, support: NODE, ...extra });
  if (!result.ok) throw new Error(`encrypt failed: ${JSON.stringify(result.problem)}`);
  return result.value;
}

/** The code of the problem that encrypting "x" under `alg` and A128GCM is refused with (undefined when it works). */
async function encryptRefusal(alg: string, keyText: string, extra = {}) {
  const result = await encryptPayload({
    plaintext: 'x',
    alg,
    enc: 'A128GCM',
    keyText,
    support: NODE,
    ...extra,
  });
  return result.ok ? undefined : result.problem.code;
}

const PAIRS = JWE_ALGS.flatMap((alg) => JWE_ENCS.map((enc) => [alg, enc] as const));

describe('every alg × enc', () => {
  it.each(PAIRS)('%s with %s round-trips', async (alg, enc) => {
    const key = await keyFor(alg, enc);
    const token = await encryptOrThrow(alg, enc, key.publicText);
    const parts = describeJweParts(token);
    expect(parts.ok && [parts.value.alg, parts.value.enc]).toEqual([alg, enc]);
    const report = await decryptToken(token, key.privateText, { support: NODE });
    expect(report.problem).toBeUndefined();
    expect(report.state).toBe('decrypted');
    expect(report.claims).toEqual(CLAIMS);
    expect(report.nested).toBe(false);
  });

  it.each(PAIRS)(
    '%s with %s is reported unsupported where 192-bit AES is missing (Chromium)',
    async (alg, enc) => {
      const key = await keyFor(alg, enc);
      const token = await encryptOrThrow(alg, enc, key.publicText);
      const report = await decryptToken(token, key.privateText, { support: CHROMIUM });
      const needs192 = /192/.test(alg) || /192/.test(enc);
      expect(report.state).toBe(needs192 ? 'unsupported' : 'decrypted');
      if (needs192) expect(report.problem?.code).toBe('jwe-unsupported-in-browser');
      expect(await isJweAlgSupported(alg, enc, CHROMIUM)).toBe(!needs192);
      const encrypted = await encryptPayload({
        plaintext: 'x',
        alg,
        enc,
        keyText: key.publicText,
        support: CHROMIUM,
      });
      expect(encrypted.ok ? 'ok' : encrypted.problem.code).toBe(
        needs192 ? 'jwe-unsupported-in-browser' : 'ok',
      );
    },
  );
});

const CURVES = ['P-256', 'P-384', 'P-521', 'X25519'] as const;
const ECDH_ALGS = ['ECDH-ES', 'ECDH-ES+A128KW', 'ECDH-ES+A256KW'] as const;

describe('ECDH-ES curves', () => {
  it.each(CURVES.flatMap((curve) => ECDH_ALGS.map((alg) => [alg, curve] as const)))(
    '%s on %s round-trips',
    async (alg, curve) => {
      const key = await generateJweKey(alg, 'A256GCM', { curve });
      const token = await encryptOrThrow(alg, 'A256GCM', key.publicText);
      const report = await decryptToken(token, key.privateText, { support: NODE });
      expect(report.state).toBe('decrypted');
      expect(report.claims).toEqual(CLAIMS);
    },
  );

  it('reports X25519 as unsupported where the browser lacks it', async () => {
    const key = await generateJweKey('ECDH-ES', 'A256GCM', { curve: 'X25519' });
    const token = await encryptOrThrow('ECDH-ES', 'A256GCM', key.publicText);
    const report = await decryptToken(token, key.privateText, { support: { aes192: true, x25519: false } });
    expect(report.problem).toMatchObject({ code: 'jwe-unsupported-in-browser', feature: 'x25519' });
  });
});

describe('plaintext', () => {
  it('inflates a compressed (zip: DEF) payload', async () => {
    const key = await keyFor('A256KW', 'A256GCM');
    const long = JSON.stringify({ ...CLAIMS, pad: 'a'.repeat(2000) });
    const token = await encryptOrThrow('A256KW', 'A256GCM', key.publicText, long, { zip: true });
    const parts = describeJweParts(token);
    expect(parts.ok && parts.value.zip).toBe('DEF');
    const report = await decryptToken(token, key.privateText, { support: NODE });
    expect(report.plaintext).toBe(long);
  });

  it('marks a nested signed JWT (cty: JWT) and decodes it', async () => {
    const inner = await new SignJWT(CLAIMS)
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new Uint8Array(32).fill(7));
    const key = await keyFor('RSA-OAEP-256', 'A256GCM');
    const token = await encryptOrThrow('RSA-OAEP-256', 'A256GCM', key.publicText, inner, { cty: 'JWT' });
    const report = await decryptToken(token, key.privateText, { support: NODE });
    expect(report).toMatchObject({ state: 'decrypted', nested: true, cty: 'JWT', plaintext: inner });
    expect(report.inner?.kind).toBe('jws');
    expect(report.inner?.payload?.view).toMatchObject({ type: 'claims', claims: CLAIMS });
  });

  it('recognises a nested JWS even without cty', async () => {
    const inner = await new SignJWT(CLAIMS).setProtectedHeader({ alg: 'HS256' }).sign(new Uint8Array(32));
    const key = await keyFor('dir', 'A128GCM');
    const token = await encryptOrThrow('dir', 'A128GCM', key.publicText, inner);
    expect((await decryptToken(token, key.privateText, { support: NODE })).nested).toBe(true);
  });

  it('shows a plaintext that is not JSON as text', async () => {
    const key = await keyFor('dir', 'A128GCM');
    const token = await encryptOrThrow('dir', 'A128GCM', key.publicText, 'hello');
    const report = await decryptToken(token, key.privateText, { support: NODE });
    expect(report).toMatchObject({ state: 'decrypted', plaintext: 'hello', nested: false, binary: false });
    expect(report.claims).toBeUndefined();
  });
});

describe('wrong keys', () => {
  const FAMILIES: [JweAlg, JweEnc][] = [
    ['dir', 'A256GCM'],
    ['A128KW', 'A128CBC-HS256'],
    ['A256GCMKW', 'A256GCM'],
    ['RSA-OAEP', 'A256GCM'],
    ['RSA-OAEP-512', 'A128GCM'],
    ['ECDH-ES', 'A256GCM'],
    ['ECDH-ES+A256KW', 'A256CBC-HS512'],
    ['PBES2-HS256+A128KW', 'A128GCM'],
  ];
  it.each(FAMILIES)('%s says a different key of the right kind is the wrong key', async (alg, enc) => {
    const right = await generateJweKey(alg, enc);
    const other = await generateJweKey(alg, enc);
    const token = await encryptOrThrow(alg, enc, right.publicText);
    const report = await decryptToken(token, other.privateText, { support: NODE });
    expect(report.state).toBe('failed');
    expect(report.problem?.code).toBe('jwe-wrong-key');
  });

  it('says when a secret has the wrong length for the alg', async () => {
    const key = await keyFor('A256KW', 'A256GCM');
    const token = await encryptOrThrow('A256KW', 'A256GCM', key.publicText);
    const report = await decryptToken(token, 'sixteen byte key', { support: NODE });
    expect(report.problem).toMatchObject({
      code: 'jwe-key-wrong-length',
      expectedBytes: 32,
      actualBytes: 16,
    });
  });

  it('says when the key is of the wrong kind for the alg', async () => {
    const rsa = await keyFor('RSA-OAEP', 'A256GCM');
    const oct = await keyFor('A128KW', 'A128GCM');
    const token = await encryptOrThrow('A128KW', 'A128GCM', oct.publicText);
    const report = await decryptToken(token, rsa.privateText, { support: NODE });
    expect(report.problem).toMatchObject({ code: 'jwe-key-wrong-type', expected: 'secret', found: 'RSA' });
    const viaSecret = await decryptToken(
      await encryptOrThrow('RSA-OAEP', 'A256GCM', rsa.publicText),
      'not a key',
      { support: NODE },
    );
    expect(viaSecret.problem).toMatchObject({ code: 'jwe-key-wrong-type', expected: 'rsa' });
  });

  it('says a public key cannot decrypt', async () => {
    const key = await keyFor('RSA-OAEP-256', 'A256GCM');
    const token = await encryptOrThrow('RSA-OAEP-256', 'A256GCM', key.publicText);
    const report = await decryptToken(token, key.publicText, { support: NODE });
    expect(report.problem?.code).toBe('jwe-key-not-private');
  });

  it('says an EC key on another curve does not fit', async () => {
    const p256 = await generateJweKey('ECDH-ES', 'A256GCM', { curve: 'P-256' });
    const p384 = await generateJweKey('ECDH-ES', 'A256GCM', { curve: 'P-384' });
    const token = await encryptOrThrow('ECDH-ES', 'A256GCM', p256.publicText);
    const report = await decryptToken(token, p384.privateText, { support: NODE });
    expect(report.state).toBe('failed');
    expect(report.problem?.code).toBe('jwe-wrong-key');
  });
});

describe('key input', () => {
  it('reads PKCS#8 to decrypt and SPKI or PKCS#8 to encrypt', async () => {
    const pair = await generateKeyPair('RSA-OAEP-256', { extractable: true });
    const spki = await exportSPKI(pair.publicKey);
    const pkcs8 = await exportPKCS8(pair.privateKey);
    for (const recipient of [spki, `\n  ${pkcs8}`]) {
      const token = await encryptOrThrow('RSA-OAEP-256', 'A128GCM', recipient);
      const report = await decryptToken(token, pkcs8, { support: NODE });
      expect(report.state).toBe('decrypted');
    }
    const token = await encryptOrThrow('RSA-OAEP-256', 'A128GCM', spki);
    expect((await decryptToken(token, spki, { support: NODE })).problem?.code).toBe('jwe-key-not-private');
  });

  const PRIVATE_FORMATS: TestKeyFormat[] = [
    'pem-pkcs8',
    'pem-pkcs1-private',
    'pem-sec1',
    'pem-sec1-with-params',
    'jwk-private',
  ];
  const PUBLIC_FORMATS: TestKeyFormat[] = ['pem-spki', 'pem-pkcs1-public', 'jwk-public', ...PRIVATE_FORMATS];
  const FORMAT_CASES = (
    [
      ['RSA-OAEP-256', 'rsa2048'],
      ['ECDH-ES', 'p256'],
      ['ECDH-ES+A128KW', 'p384'],
      ['ECDH-ES+A256KW', 'p521'],
    ] as const
  ).flatMap(([alg, kind]) => PUBLIC_FORMATS.map((format) => [alg, kind, format] as const));

  it.each(FORMAT_CASES)(
    '%s (%s) encrypts to a %s key and decrypts with every private format',
    async (alg, kind, format) => {
      const set = testKeySet(kind);
      const recipient = keyText(set, format);
      if (recipient === undefined) return; // PKCS#1 exists for RSA only, SEC1 for EC only
      const token = await encryptOrThrow(alg, 'A128GCM', recipient);
      for (const privateFormat of PRIVATE_FORMATS) {
        const privateText = keyText(set, privateFormat);
        if (privateText === undefined) continue;
        const report = await decryptToken(token, privateText, { support: NODE });
        expect([privateFormat, report.state]).toEqual([privateFormat, 'decrypted']);
      }
    },
  );

  it.each([
    ['RSA-OAEP-256', 'rsa2048'],
    ['ECDH-ES+A128KW', 'p256'],
    ['ECDH-ES', 'p384'],
  ] as const)('%s encrypts to an openssl X.509 certificate (%s)', async (alg, kind) => {
    const set = interop.keys[kind];
    const token = await encryptOrThrow(alg, 'A256GCM', set.certificate);
    expect((await decryptToken(token, set.pkcs8, { support: NODE })).state).toBe('decrypted');
    expect((await decryptToken(token, set.certificate, { support: NODE })).problem?.code).toBe(
      'jwe-key-not-private',
    );
  });

  it("passes on the key reader's problem for an encrypted PEM", async () => {
    const key = await keyFor('RSA-OAEP', 'A256GCM');
    const token = await encryptOrThrow('RSA-OAEP', 'A256GCM', key.publicText);
    const encrypted = '-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIB\n-----END ENCRYPTED PRIVATE KEY-----';
    const report = await decryptToken(token, encrypted, { support: NODE });
    expect(report.problem?.code).toBe('pem-encrypted');
  });

  it('picks the key from a JWKS by the token kid', async () => {
    const a = JSON.parse((await generateJweKey('ECDH-ES', 'A256GCM')).privateText) as { kid: string };
    const b = await generateJweKey('ECDH-ES', 'A256GCM');
    const token = await encryptOrThrow('ECDH-ES', 'A256GCM', b.publicText);
    const jwks = JSON.stringify({ keys: [a, JSON.parse(b.privateText)] });
    expect(describeJweParts(token).ok).toBe(true);
    expect((await decryptToken(token, jwks, { support: NODE })).state).toBe('decrypted');
    const onlyA = JSON.stringify({ keys: [a] });
    expect((await decryptToken(token, onlyA, { support: NODE })).problem?.code).toBe('jwe-no-matching-key');
  });

  it('never decrypts with a JWKS key the kid names but that is not for encryption (the JWS selection rules)', async () => {
    const b = await generateJweKey('ECDH-ES', 'A256GCM');
    const token = await encryptOrThrow('ECDH-ES', 'A256GCM', b.publicText);
    const jwk = JSON.parse(b.privateText) as Record<string, unknown>;
    const asEnc = JSON.stringify({ keys: [{ ...jwk, use: 'enc' }] });
    expect((await decryptToken(token, asEnc, { support: NODE })).state).toBe('decrypted');
    const asSig = JSON.stringify({ keys: [{ ...jwk, use: 'sig' }] });
    expect((await decryptToken(token, asSig, { support: NODE })).problem?.code).toBe('jwe-no-matching-key');
    const otherAlg = JSON.stringify({ keys: [{ ...jwk, alg: 'ECDH-ES+A128KW' }] });
    expect((await decryptToken(token, otherAlg, { support: NODE })).problem?.code).toBe(
      'jwe-no-matching-key',
    );
  });

  it.each([
    ['utf8', 'a'.repeat(16)],
    ['hex', encodeHex(new Uint8Array(16).fill(0xab))],
    ['base64url', 'q6urq6urq6urq6urq6urqw'],
    ['base64', 'q6urq6urq6urq6urq6urqw=='],
  ] as const)('reads a raw %s secret for dir', async (encoding, secret) => {
    const token = await encryptOrThrow('dir', 'A128GCM', secret, 'x', { encoding });
    const report = await decryptToken(token, secret, { encoding, support: NODE });
    expect(report).toMatchObject({ state: 'decrypted', plaintext: 'x' });
  });

  it('says when a secret is not in the chosen encoding', async () => {
    expect(await encryptRefusal('A128KW', 'zz', { encoding: 'hex' })).toBe('secret-not-encoded');
  });

  it('puts the kid of the key chosen from a JWKS in the header', async () => {
    const key = await keyFor('RSA-OAEP', 'A256GCM');
    const publicJwk = JSON.parse(key.publicText) as { kid: string };
    const jwks = JSON.stringify({ keys: [{ kty: 'oct', k: 'AAAA', kid: 'other' }, publicJwk] });
    const parts = describeJweParts(await encryptOrThrow('RSA-OAEP', 'A256GCM', jwks));
    expect(parts.ok && parts.value.kid).toBe(publicJwk.kid);
  });

  it('puts the recipient key kid in the header', async () => {
    const key = await keyFor('RSA-OAEP', 'A256GCM');
    const kid = (JSON.parse(key.publicText) as { kid: string }).kid;
    const parts = describeJweParts(await encryptOrThrow('RSA-OAEP', 'A256GCM', key.publicText));
    expect(parts.ok && parts.value.kid).toBe(kid);
  });
});

describe('token states', () => {
  it('waits for a key', async () => {
    const key = await keyFor('A128KW', 'A128GCM');
    const token = await encryptOrThrow('A128KW', 'A128GCM', key.publicText);
    expect((await decryptToken(token, '  ', { support: NODE })).state).toBe('no-key');
  });

  it('reports algorithms jose cannot do (RSA1_5) as unsupported, not broken', async () => {
    const key = await keyFor('A128KW', 'A128GCM');
    const token = await encryptOrThrow('A128KW', 'A128GCM', key.publicText);
    const [, ...rest] = token.split('.');
    const header = Buffer.from(JSON.stringify({ alg: 'RSA1_5', enc: 'A128GCM' })).toString('base64url');
    const report = await decryptToken([header, ...rest].join('.'), key.privateText, { support: NODE });
    expect(report).toMatchObject({
      state: 'unsupported',
      problem: { code: 'jwe-alg-unknown', alg: 'RSA1_5' },
    });
  });

  it('says a tampered ciphertext cannot be decrypted', async () => {
    const key = await keyFor('A128KW', 'A128GCM');
    const parts = (await encryptOrThrow('A128KW', 'A128GCM', key.publicText)).split('.');
    parts[3] = (parts[3] ?? '').startsWith('A') ? `B${parts[3]?.slice(1)}` : `A${parts[3]?.slice(1)}`;
    const report = await decryptToken(parts.join('.'), key.privateText, { support: NODE });
    expect(report.problem?.code).toBe('jwe-wrong-key');
  });

  it('describes the five parts and their sizes', async () => {
    const key = await keyFor('A128KW', 'A128GCM');
    const parts = describeJweParts(await encryptOrThrow('A128KW', 'A128GCM', key.publicText, 'abc'));
    expect(parts.ok && parts.value.parts.map((p) => [p.name, p.byteLength ?? null])).toEqual([
      ['protected', null],
      ['encrypted-key', 24],
      ['iv', 12],
      ['ciphertext', 3],
      ['tag', 16],
    ]);
  });

  it('flags a broken part without hiding the others', () => {
    const parts = describeJweParts('eyJhbGciOiJkaXIiLCJlbmMiOiJBMTI4R0NNIn0..AAAA.b*d.');
    expect(parts.ok && parts.value.parts.map((p) => p.problem?.code ?? 'ok')).toEqual([
      'ok',
      'ok',
      'ok',
      'segment-not-base64url',
      'segment-empty',
    ]);
  });

  it('refuses a token that is not five parts', () => {
    const result = describeJweParts('a.b.c.d');
    expect(!result.ok && result.problem.code).toBe('wrong-part-count');
  });
});

describe('generateJweKey', () => {
  it.each(JWE_ALGS)('makes a key that fits %s', async (alg) => {
    const enc: JweEnc = 'A256CBC-HS512';
    const key = await generateJweKey(alg, enc);
    if (alg.startsWith('PBES2')) {
      expect(key.privateText).toMatch(/^[A-Za-z0-9_-]{24}$/);
      expect(key.publicText).toBe(key.privateText);
      return;
    }
    const privateJwk = JSON.parse(key.privateText) as Record<string, string>;
    const publicJwk = JSON.parse(key.publicText) as Record<string, string>;
    expect(privateJwk).toMatchObject({ alg, use: 'enc' });
    expect(typeof privateJwk.kid).toBe('string');
    const secretLength = getJweSecretLength(alg, enc);
    if (secretLength !== undefined) {
      expect(privateJwk.kty).toBe('oct');
      expect(Buffer.from(privateJwk.k ?? '', 'base64url')).toHaveLength(secretLength);
    } else {
      expect(privateJwk.kty).toBe(alg.startsWith('RSA') ? 'RSA' : 'EC');
      expect(typeof privateJwk.d).toBe('string');
      expect(publicJwk.d).toBeUndefined();
      if (alg.startsWith('RSA')) expect(Buffer.from(publicJwk.n ?? '', 'base64url')).toHaveLength(256);
    }
  });

  it('makes an X25519 pair on request', async () => {
    const key = await generateJweKey('ECDH-ES+A128KW', 'A128GCM', { curve: 'X25519' });
    expect(JSON.parse(key.publicText)).toMatchObject({ kty: 'OKP', crv: 'X25519' });
  });

  it('refuses an empty password', async () => {
    expect(await encryptRefusal('PBES2-HS256+A128KW', '')).toBe('empty-secret');
  });
});

describe('feature probe', () => {
  it('finds 192-bit AES and X25519 in Node, and caches the answer', async () => {
    const first = probeJweSupport();
    expect(probeJweSupport()).toBe(first);
    expect(await first).toEqual(NODE);
  });

  it('lists everything but 192-bit AES for Chromium', async () => {
    const { algs, encs } = await supportedJweAlgs(CHROMIUM);
    expect(algs.some((a) => a.includes('192'))).toBe(false);
    expect(encs).toEqual(['A128GCM', 'A256GCM', 'A128CBC-HS256', 'A256CBC-HS512']);
    expect(algs).toHaveLength(14);
  });
});
