import { describe, expect, it } from 'vitest';
import { decodeBase64url, encodeBase64, encodeHex } from '../shared/base64url';
import { interop, type InteropKeyKind, type InteropKeySet } from '../fixtures';
import type { SecretEncoding } from '../keys/keys';
import { verifySignature } from './verify';

/** Every public and private container the key box accepts, for one fixture key. */
function keyFormats(set: InteropKeySet, kid: string): [string, string][] {
  const out: [string, string][] = [
    ['SPKI PEM', set.spki],
    ['PKCS#8 PEM', set.pkcs8],
    ['X.509 certificate', set.certificate],
    ['public JWK', JSON.stringify(set.publicJwk)],
    ['private JWK', JSON.stringify(set.privateJwk)],
    [
      'JWKS',
      JSON.stringify({
        keys: [
          { ...interop.pyjwtJwks.keys[0], kid: 'decoy' },
          { ...set.publicJwk, kid },
        ],
      }),
    ],
  ];
  if (set.pkcs1Public) out.push(['PKCS#1 public PEM', set.pkcs1Public]);
  if (set.pkcs1Private) out.push(['PKCS#1 private PEM', set.pkcs1Private]);
  if (set.sec1) out.push(['SEC1 PEM', set.sec1]);
  if (set.sec1WithParams)
    out.push(['SEC1 PEM after EC PARAMETERS', set.sec1WithParams.replace(/\n/g, '\r\n')]);
  return out;
}

const asymmetric = interop.tokens.filter((t) => !t.alg.startsWith('HS'));
const cases = asymmetric.flatMap((t) =>
  keyFormats(interop.keys[t.key as InteropKeyKind], `${t.key}-kid`).map(
    ([format, key]) => [t.issuer, t.alg, t.signedWith, format, t.token, key] as const,
  ),
);

describe('tokens made by other implementations verify the same way', () => {
  it('covers both libraries and every asymmetric alg', () => {
    const seen = new Set(asymmetric.map((t) => `${t.issuer.split(' ')[0]} ${t.alg}`));
    expect(seen.size).toBeGreaterThanOrEqual(19);
  });

  it.each(cases)('%s %s (signed from %s) with a %s', async (_issuer, _alg, _from, _format, token, key) => {
    const r = await verifySignature(token, key);
    expect(r.state, JSON.stringify(r.problem)).toBe('valid');
    const [h, p, s = ''] = token.split('.');
    const flipped = `${h}.${p}.${s.startsWith('A') ? 'B' : 'A'}${s.slice(1)}`;
    expect((await verifySignature(flipped, key)).state).toBe('invalid');
  });

  it.each(
    interop.tokens.filter((t) => t.alg.startsWith('HS')).map((t) => [t.issuer, t.alg, t.token] as const),
  )('%s %s with the secret in every encoding and as a JWK', async (_issuer, alg, token) => {
    const b64url = interop.secrets[alg as 'HS256'];
    const bytes = decodeBase64url(b64url);
    const inputs: [string, SecretEncoding][] = [
      [b64url, 'base64url'],
      [encodeBase64(bytes), 'base64'],
      [encodeHex(bytes), 'hex'],
      [JSON.stringify({ kty: 'oct', k: b64url }), 'utf8'],
      [JSON.stringify({ keys: [{ kty: 'oct', k: b64url, kid: 'hmac-kid' }] }), 'utf8'],
    ];
    for (const [key, encoding] of inputs) {
      expect((await verifySignature(token, key, { encoding })).state, `${encoding} ${key.slice(0, 20)}`).toBe(
        'valid',
      );
    }
    expect((await verifySignature(token, b64url, { encoding: 'utf8' })).state).toBe('invalid');
  });

  it('picks PyJWT JWKS keys (with key_ops) by kid', async () => {
    for (const t of asymmetric.filter((x) => x.key !== 'rsa1024')) {
      const r = await verifySignature(t.token, JSON.stringify(interop.pyjwtJwks));
      expect(r.state, `${t.issuer} ${t.alg}`).toBe('valid');
      expect(r.key?.kid).toBe(`${t.key}-kid`);
    }
  });

  it('shows the certificate subject of the openssl certificates', async () => {
    const r = await verifySignature(
      asymmetric.find((t) => t.alg === 'ES256')?.token ?? '',
      interop.keys.p256.certificate,
    );
    expect(r.key?.certificate?.subject).toBe('C=NL, O=JWT Debugger Tests, CN=p256.test.example');
    expect(r.key?.format).toBe('pem-x509');
  });

  it('checks a 1024-bit RSA token from jsonwebtoken with a warning', async () => {
    const t = interop.tokens.find((x) => x.key === 'rsa1024');
    const r = await verifySignature(t?.token ?? '', interop.keys.rsa1024.certificate);
    expect(r.state).toBe('valid');
    expect(r.warnings.map((w) => w.code)).toContain('rsa-key-too-short');
  });
});
