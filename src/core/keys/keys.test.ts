import { describe, expect, it } from 'vitest';
import { JWS_ALGORITHMS, getJwsAlgorithm } from '../jws/algorithms';
import {
  canSign,
  importSigningKey,
  minimalJwk,
  importVerificationKeys,
  parseKeyInput,
  selectKeys,
  type KeyInputReading,
  type ParsedKeyInput,
} from './keys';
import { interop } from '../fixtures';
import { keyText, testKeySet, type TestKeyFormat, type TestKeyKind } from '../fixtures/test-keys';

function okInput(reading: KeyInputReading): ParsedKeyInput {
  if (reading.state !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(reading)}`);
  return reading.value;
}

describe('parseKeyInput: what was pasted', () => {
  it('says the box is empty for whitespace only', () => {
    expect(parseKeyInput('  \n\t ')).toEqual({ state: 'empty' });
  });

  const described: [TestKeyKind, TestKeyFormat, Record<string, unknown>][] = [
    ['rsa2048', 'pem-spki', { format: 'pem-spki', kty: 'RSA', bits: 2048, visibility: 'public' }],
    ['rsa2048', 'pem-pkcs8', { format: 'pem-pkcs8', kty: 'RSA', bits: 2048, visibility: 'private' }],
    [
      'rsa2048',
      'pem-pkcs1-public',
      { format: 'pem-pkcs1-public', kty: 'RSA', bits: 2048, visibility: 'public' },
    ],
    [
      'rsa2048',
      'pem-pkcs1-private',
      { format: 'pem-pkcs1-private', kty: 'RSA', bits: 2048, visibility: 'private' },
    ],
    ['rsa1024', 'pem-spki', { format: 'pem-spki', kty: 'RSA', bits: 1024 }],
    ['p256', 'pem-spki', { format: 'pem-spki', kty: 'EC', curve: 'P-256', visibility: 'public' }],
    ['p384', 'pem-pkcs8', { format: 'pem-pkcs8', kty: 'EC', curve: 'P-384', visibility: 'private' }],
    ['p521', 'pem-sec1', { format: 'pem-sec1', kty: 'EC', curve: 'P-521', visibility: 'private' }],
    ['p256', 'pem-sec1-with-params', { format: 'pem-sec1', kty: 'EC', curve: 'P-256' }],
    ['secp256k1', 'pem-spki', { format: 'pem-spki', kty: 'EC', curve: 'secp256k1' }],
    ['ed25519', 'pem-spki', { format: 'pem-spki', kty: 'OKP', curve: 'Ed25519', visibility: 'public' }],
    ['ed25519', 'pem-pkcs8', { format: 'pem-pkcs8', kty: 'OKP', curve: 'Ed25519', visibility: 'private' }],
    ['rsa2048', 'jwk-private', { format: 'jwk', kty: 'RSA', bits: 2048, visibility: 'private' }],
    [
      'p256',
      'jwk-public-with-alg',
      { format: 'jwk', kty: 'EC', curve: 'P-256', alg: 'ES256', kid: 'test-kid', use: 'sig' },
    ],
    ['ed25519', 'jwk-public', { format: 'jwk', kty: 'OKP', curve: 'Ed25519', visibility: 'public' }],
  ];
  it.each(described)('describes a %s key as %s', (kind, format, expected) => {
    const text = keyText(testKeySet(kind), format, 'ES256');
    expect(text).toBeDefined();
    expect(okInput(parseKeyInput(text ?? '')).description).toMatchObject(expected);
  });

  it('tolerates surrounding whitespace, CRLF line ends and blank lines in a PEM', () => {
    const pem = testKeySet('p256').spki.replace(/\n/g, '\r\n\r\n');
    expect(okInput(parseKeyInput(`\n\n  ${pem}  \n`)).description).toMatchObject({
      format: 'pem-spki',
      curve: 'P-256',
    });
  });

  it('lists the keys of a JWKS with their kids', () => {
    const jwks = {
      keys: [
        { ...testKeySet('rsa2048').publicJwk, kid: 'r1', alg: 'RS256', use: 'sig' },
        { ...testKeySet('p256').publicJwk, kid: 'e1' },
      ],
    };
    const input = okInput(parseKeyInput(JSON.stringify(jwks)));
    expect(input.description.format).toBe('jwks');
    expect(input.description.keys?.map((k) => [k.kid, k.kty, k.index])).toEqual([
      ['r1', 'RSA', 0],
      ['e1', 'EC', 1],
    ]);
  });

  it('skips unreadable JWKS entries with a hint and keeps the rest', () => {
    const jwks = {
      keys: [
        { kty: 'RSA', kid: 'broken' },
        { ...testKeySet('p256').publicJwk, kid: 'e1' },
      ],
    };
    const input = okInput(parseKeyInput(JSON.stringify(jwks)));
    expect(input.keys).toHaveLength(1);
    expect(input.hints).toContainEqual({ code: 'jwks-entry-skipped', index: 0, reason: 'jwk-unreadable' });
  });

  it('shows a certificate subject, issuer and validity', () => {
    // openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -subj "/CN=test.example/O=Acme" -days 1
    const cert = `-----BEGIN CERTIFICATE-----
MIIBojCCAUegAwIBAgIUU8sMpeblI4e55vgJvLYbNcDKEwcwCgYIKoZIzj0EAwIw
JjEVMBMGA1UEAwwMdGVzdC5leGFtcGxlMQ0wCwYDVQQKDARBY21lMB4XDTI2MTEy
NjIwMzIxMVoXDTI2MTEyNzIwMzIxMVowJjEVMBMGA1UEAwwMdGVzdC5leGFtcGxl
MQ0wCwYDVQQKDARBY21lMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAECvyFrUWK
axSsTQ7MvQ46C7o10+qVrGApVoKUlu0Pbz7VkeIWo1rqsJ8mJw9TT+1vr/Eb6dL5
k7NxvVBdq0ZSDaNTMFEwHQYDVR0OBBYEFI84KiO6APR7OigxFf9KyIiHGt1vMB8G
A1UdIwQYMBaAFI84KiO6APR7OigxFf9KyIiHGt1vMA8GA1UdEwEB/wQFMAMBAf8w
CgYIKoZIzj0EAwIDSQAwRgIhAJ883zA8RKS67i42xrLREfAcOuKIQw+q5lGfoL9k
Qf0bAiEAmFH5iVxRFDcTenRagwgPOMTFD814CPoWoIvzWt5O1c0=
-----END CERTIFICATE-----`;
    const d = okInput(parseKeyInput(cert)).description;
    expect(d).toMatchObject({ format: 'pem-x509', kty: 'EC', curve: 'P-256', visibility: 'public' });
    expect(d.certificate).toEqual({
      subject: 'CN=test.example, O=Acme',
      issuer: 'CN=test.example, O=Acme',
      notBefore: '2026-11-26T20:32:11Z',
      notAfter: '2026-11-27T20:32:11Z',
      selfIssued: true,
    });
  });
});

describe('parseKeyInput: secrets', () => {
  it.each([
    ['utf8', 'hello', [104, 101, 108, 108, 111]],
    ['base64url', 'aGVs_-8', [104, 101, 108, 255, 239]],
    ['base64url', 'aGVsbG8=', [104, 101, 108, 108, 111]],
    ['base64', 'aGVs/+8=', [104, 101, 108, 255, 239]],
    ['hex', '68 65 6c 6c 6F', [104, 101, 108, 108, 111]],
  ] as const)('reads a %s secret', (encoding, text, bytes) => {
    const input = okInput(parseKeyInput(text, encoding));
    expect(input.keys[0]?.material).toEqual({ type: 'secret', bytes: Uint8Array.from(bytes) });
    expect(input.description).toMatchObject({
      format: 'secret',
      kty: 'oct',
      bits: bytes.length * 8,
      encoding,
    });
  });

  it.each([
    ['base64url', 'not base64!'],
    ['base64', 'a-b_'],
    ['hex', 'abc'],
  ] as const)('says a %s secret that is not encoded that way cannot be read', (encoding, text) => {
    expect(parseKeyInput(text, encoding)).toEqual({
      state: 'error',
      problem: { code: 'secret-not-encoded', encoding },
    });
  });

  it('refuses an empty secret given as an encoding of nothing', () => {
    expect(parseKeyInput('==', 'base64')).toEqual({ state: 'error', problem: { code: 'empty-secret' } });
    expect(parseKeyInput('{"kty":"oct","k":""}')).toEqual({
      state: 'error',
      problem: { code: 'empty-secret' },
    });
  });

  it('hints when a UTF-8 secret looks like base64url, base64 or hex', () => {
    const b64u = 'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T';
    expect(okInput(parseKeyInput(b64u)).hints).toContainEqual({
      code: 'secret-looks-base64',
      suggested: 'base64url',
    });
    expect(okInput(parseKeyInput('q83vEjRWeJq83vEjRWeJ+w==')).hints).toContainEqual({
      code: 'secret-looks-base64',
      suggested: 'base64',
    });
    expect(okInput(parseKeyInput('00112233445566778899aabbccddeeff')).hints).toContainEqual({
      code: 'secret-looks-base64',
      suggested: 'hex',
    });
  });

  it('does not hint for ordinary passphrases', () => {
    for (const s of [
      'a-string-secret-at-least-256-bits-long',
      'your-256-bit-secret',
      'secret',
      'Hello World 2024',
    ]) {
      expect(okInput(parseKeyInput(s)).hints).toEqual([]);
    }
  });

  it('drops whitespace around a UTF-8 secret and says so', () => {
    const input = okInput(parseKeyInput('  secret\n'));
    expect(input.keys[0]?.material).toEqual({ type: 'secret', bytes: new TextEncoder().encode('secret') });
    expect(input.hints).toContainEqual({ code: 'secret-has-whitespace' });
  });
});

describe('parseKeyInput: what cannot be read', () => {
  it.each([
    [
      'a PEM with a broken body',
      '-----BEGIN PUBLIC KEY-----\nMIIB!!!\n-----END PUBLIC KEY-----',
      'pem-unreadable',
    ],
    ['a PEM with no END line', '-----BEGIN PUBLIC KEY-----\nMIIBIjAN\n', 'pem-unreadable'],
    [
      'a PEM whose DER is garbage',
      '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----',
      'pem-unreadable',
    ],
    [
      'an encrypted PKCS#8 key',
      '-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----',
      'pem-encrypted',
    ],
    [
      'an OpenSSH key',
      '-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----',
      'pem-unsupported',
    ],
    ['broken JSON', '{"kty": "RSA",', 'jwk-unreadable'],
    ['a JWK without kty', '{"n": "AQAB"}', 'jwk-unreadable'],
    ['a JWK with an unknown kty', '{"kty": "DSA"}', 'jwk-unreadable'],
    ['an EC JWK without y', '{"kty":"EC","crv":"P-256","x":"AAAA"}', 'jwk-unreadable'],
    ['a JWK with a non-base64url member', '{"kty":"RSA","n":"a+b/","e":"AQAB"}', 'jwk-unreadable'],
    ['an empty JWKS', '{"keys": []}', 'jwks-empty'],
  ])('reports %s', (_name, text, code) => {
    const reading = parseKeyInput(text);
    expect(reading.state).toBe('error');
    if (reading.state === 'error') expect(reading.problem.code).toBe(code);
  });

  it('names the missing member of a JWK', () => {
    expect(parseKeyInput('{"kty":"EC","crv":"P-256","x":"AAAA"}')).toEqual({
      state: 'error',
      problem: { code: 'jwk-unreadable', reason: 'missing-member', member: 'y', kty: 'EC' },
    });
  });
});

describe('selectKeys and import: does the key fit the alg', () => {
  const cases: [string, TestKeyKind | 'secret', string, Record<string, unknown>][] = [
    [
      'an RSA key for ES256',
      'rsa2048',
      'ES256',
      { code: 'alg-key-mismatch', alg: 'ES256', keyType: 'RSA', expected: 'EC' },
    ],
    ['an EC key for RS256', 'p256', 'RS256', { code: 'alg-key-mismatch', keyType: 'EC', expected: 'RSA' }],
    [
      'an Ed25519 key for ES256',
      'ed25519',
      'ES256',
      { code: 'alg-key-mismatch', keyType: 'OKP', expected: 'EC' },
    ],
    ['a P-384 key for ES256', 'p384', 'ES256', { code: 'curve-mismatch', curve: 'P-384', expected: 'P-256' }],
    ['a secp256k1 key for ES256', 'secp256k1', 'ES256', { code: 'curve-mismatch', curve: 'secp256k1' }],
    [
      'a public key for HS256',
      'rsa2048',
      'HS256',
      { code: 'alg-key-mismatch', keyType: 'RSA', expected: 'oct' },
    ],
    ['a secret for RS256', 'secret', 'RS256', { code: 'alg-key-mismatch', keyType: 'oct', expected: 'RSA' }],
  ];
  it.each(cases)('rejects %s', async (_name, kind, alg, problem) => {
    const text = kind === 'secret' ? 'a secret' : testKeySet(kind).spki;
    const input = okInput(parseKeyInput(text));
    const r = await importVerificationKeys(input, alg);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatchObject(problem);
  });

  it('imports every asymmetric alg from every format that holds its key', async () => {
    const formats: TestKeyFormat[] = [
      'pem-spki',
      'pem-pkcs8',
      'pem-pkcs1-public',
      'pem-pkcs1-private',
      'pem-sec1',
      'jwk-private',
    ];
    let imported = 0;
    for (const a of JWS_ALGORITHMS) {
      // ES256K and Ed448 keys are read by software-jws.ts, not imported into WebCrypto (software-jws.test.ts).
      if (a.family === 'hmac' || a.engine === 'software') continue;
      const kind: TestKeyKind =
        a.kty === 'RSA'
          ? 'rsa2048'
          : a.curve === 'P-256'
            ? 'p256'
            : a.curve === 'P-384'
              ? 'p384'
              : a.curve === 'P-521'
                ? 'p521'
                : 'ed25519';
      for (const f of formats) {
        const text = keyText(testKeySet(kind), f);
        if (!text) continue;
        const r = await importVerificationKeys(okInput(parseKeyInput(text)), a.alg);
        expect(r.ok, `${a.alg} ${f}`).toBe(true);
        if (r.ok)
          expect(
            r.value.map((k) => (k.key as CryptoKey).type),
            `${a.alg} ${f}`,
          ).toEqual(['public']);
        imported++;
      }
    }
    expect(imported).toBeGreaterThan(30);
  });

  it('tells whether the key box can sign an alg', () => {
    expect(canSign(parseKeyInput('secret'), 'HS256')).toBe(true);
    expect(canSign(parseKeyInput('secret'), 'RS256')).toBe(false);
    expect(canSign(parseKeyInput(testKeySet('rsa2048').pkcs1Private ?? ''), 'PS512')).toBe(true);
    expect(canSign(parseKeyInput(testKeySet('rsa2048').pkcs1Public ?? ''), 'PS512')).toBe(false);
    expect(canSign(parseKeyInput(JSON.stringify(testKeySet('ed25519').privateJwk)), 'EdDSA')).toBe(true);
    expect(canSign(parseKeyInput(''), 'HS256')).toBe(false);
  });

  it('signs only with a private key or a secret', async () => {
    const pub = okInput(parseKeyInput(testKeySet('p256').spki));
    expect(await importSigningKey(pub, 'ES256')).toEqual({
      ok: false,
      problem: { code: 'key-not-private', keyType: 'EC' },
    });
    const priv = await importSigningKey(okInput(parseKeyInput(testKeySet('p256').sec1 ?? '')), 'ES256');
    expect(priv.ok && (priv.value.key as CryptoKey).type).toBe('private');
    const secret = await importSigningKey(okInput(parseKeyInput('s3cret')), 'HS256');
    expect(secret.ok && secret.value.key).toEqual(new TextEncoder().encode('s3cret'));
  });
});

describe('selectKeys: choosing from a JWKS', () => {
  const rsa = testKeySet('rsa2048').publicJwk;
  const ec = testKeySet('p256').publicJwk;
  const ed = testKeySet('ed25519').publicJwk;
  const jwks = okInput(
    parseKeyInput(
      JSON.stringify({
        keys: [
          { ...rsa, kid: 'rsa-1', alg: 'RS256', use: 'sig' },
          { ...rsa, kid: 'rsa-enc', use: 'enc' },
          { ...ec, kid: 'ec-1' },
          { ...ed, kid: 'ed-1' },
        ],
      }),
    ),
  );

  it('picks the key named by kid', () => {
    const r = selectKeys(jwks, 'ES256', { kid: 'ec-1' });
    expect(r.ok && r.value.map((k) => k.description.kid)).toEqual(['ec-1']);
  });

  it('lists the kids that exist when the token kid is not in the set', () => {
    expect(selectKeys(jwks, 'RS256', { kid: 'gone' })).toEqual({
      ok: false,
      problem: { code: 'kid-not-in-jwks', kid: 'gone', available: ['rsa-1', 'rsa-enc', 'ec-1', 'ed-1'] },
    });
  });

  it('explains why the key named by kid does not fit', () => {
    const r = selectKeys(jwks, 'ES384', { kid: 'ec-1' });
    expect(!r.ok && r.problem).toMatchObject({ code: 'curve-mismatch', curve: 'P-256', expected: 'P-384' });
  });

  it('without a kid, offers every key whose kty, alg, crv and use fit', () => {
    const r = selectKeys(jwks, 'RS256');
    expect(r.ok && r.value.map((k) => k.description.kid)).toEqual(['rsa-1']);
    const ps = selectKeys(jwks, 'PS256');
    // rsa-1 says alg RS256 and rsa-enc is for encryption: nothing fits PS256.
    expect(!ps.ok && ps.problem.code).toBe('no-matching-key');
  });

  it('imports each candidate so verify can try them all', async () => {
    const two = okInput(
      parseKeyInput(
        JSON.stringify({
          keys: [
            { ...ec, kid: 'a' },
            { ...testKeySet('p256').publicJwk, kid: 'b' },
          ],
        }),
      ),
    );
    const r = await importVerificationKeys(two, 'ES256');
    expect(r.ok && r.value.map((k) => k.description.kid)).toEqual(['a', 'b']);
  });

  it('knows every registry alg', () => {
    for (const a of JWS_ALGORITHMS) expect(getJwsAlgorithm(a.alg)).toBe(a);
    expect(getJwsAlgorithm('ES256P')).toBeUndefined();
  });
});

describe('minimalJwk', () => {
  it('restores the leading zero bytes PyJWT 2.6 drops from P-521 coordinates (Chromium needs 66 bytes)', () => {
    const short = interop.pyjwtJwks.keys.find((k) => k.crv === 'P-521') ?? {};
    expect(minimalJwk(short as never, false)).toEqual(interop.keys.p521.publicJwk);
  });

  it('keeps only the members WebCrypto needs', () => {
    const jwk = {
      ...testKeySet('rsa2048').privateJwk,
      alg: 'RS256',
      key_ops: ['verify'],
      ext: false,
      use: 'sig',
    };
    expect(Object.keys(minimalJwk(jwk as never, false)).sort()).toEqual(['e', 'kty', 'n']);
    expect(Object.keys(minimalJwk(jwk as never, true)).sort()).toEqual([
      'd',
      'dp',
      'dq',
      'e',
      'kty',
      'n',
      'p',
      'q',
      'qi',
    ]);
  });
});
