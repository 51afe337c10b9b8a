import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import fixtures from '../fixtures/more-algs-jwcrypto.json';
import { generateKey, type GeneratedKey } from '../keys/generate-key';
import { decodeBase64url, encodeBase64url } from '../shared/base64url';
import type { JwsAlg } from './algorithms';
import { signToken } from './sign';
import { verifySignature } from './verify';

const PYTHON = '/usr/bin/python3';

async function keyPair(alg: JwsAlg): Promise<Extract<GeneratedKey, { kind: 'key-pair' }>> {
  const r = await generateKey(alg);
  if (!r.ok || r.value.kind !== 'key-pair') throw new Error(`${alg}: ${JSON.stringify(r)}`);
  return r.value;
}

const tamper = (token: string): string => {
  const [h, p, s] = token.split('.');
  return `${h}.${p}x.${s}`;
};

describe('ES256K and Ed448 tokens made by python-jwcrypto', () => {
  const sets = [
    ['ES256K', fixtures.ES256K],
    ['Ed448 (alg EdDSA, RFC 8037)', fixtures.Ed448],
  ] as const;
  describe.each(sets)('%s', (_name, set) => {
    it.each([
      ['public JWK', JSON.stringify(set.publicJwk)],
      ['SPKI PEM', set.publicPem],
      ['PKCS#8 PEM', set.privatePem],
      ['JWKS', JSON.stringify({ keys: [{ ...set.publicJwk, kid: 'other', x: 'AA' }, set.publicJwk] })],
    ])('verifies with the %s', async (_format, key) => {
      const r = await verifySignature(set.token, key);
      expect(r.state, JSON.stringify(r.problem)).toBe('valid');
      expect(r.key?.curve).toBe(set.crv);
      const bad = await verifySignature(tamper(set.token), key);
      expect(bad.state).toBe('invalid');
      expect(bad.problem?.code).toBe('signature-mismatch');
    });
  });

  it('verifies an EdDSA token with a JWKS holding both Ed25519 and Ed448 keys, whichever signed it', async () => {
    const ed25519 = await keyPair('EdDSA');
    const jwks = JSON.stringify({
      keys: [{ ...ed25519.publicJwk, kid: 'ed25519' }, fixtures.Ed448.publicJwk],
    });
    const byEd448 = await verifySignature(fixtures.Ed448.token, jwks);
    expect(byEd448.state, JSON.stringify(byEd448.problem)).toBe('valid');
    expect(byEd448.key?.curve).toBe('Ed448');
    const signed = await signToken({ header: { alg: 'EdDSA' }, payload: { sub: 'a' } }, ed25519.privatePem);
    if (!signed.ok) throw new Error(JSON.stringify(signed.problem));
    const byEd25519 = await verifySignature(signed.value.token, jwks);
    expect(byEd25519.state, JSON.stringify(byEd25519.problem)).toBe('valid');
    expect(byEd25519.key?.curve).toBe('Ed25519');
    const bad = await verifySignature(tamper(fixtures.Ed448.token), jwks);
    expect(bad.state).toBe('invalid');
  });

  it('accepts a high-S ES256K signature (RFC 8812 does not require low S)', async () => {
    expect(fixtures.ES256K.highS).not.toBe(fixtures.ES256K.token);
    const r = await verifySignature(fixtures.ES256K.highS, JSON.stringify(fixtures.ES256K.publicJwk));
    expect(r.state, JSON.stringify(r.problem)).toBe('valid');
  });

  it('says invalid for another key on the same curve', async () => {
    const other = await keyPair('ES256K');
    const r = await verifySignature(fixtures.ES256K.token, JSON.stringify(other.publicJwk));
    expect(r.state).toBe('invalid');
  });

  it('refuses a P-256 key for ES256K and an Ed25519 key for Ed448, naming the curve', async () => {
    const p256 = await keyPair('ES256');
    const r = await verifySignature(fixtures.ES256K.token, p256.publicPem);
    expect(r.state).toBe('key-error');
    expect(r.problem).toMatchObject({ code: 'curve-mismatch', curve: 'P-256', expected: 'secp256k1' });
    const ed = await keyPair('Ed448');
    const [, p, s] = fixtures.Ed448.token.split('.');
    const ed448Named = `${encodeBase64url(new TextEncoder().encode('{"alg":"Ed448"}'))}.${p}.${s}`;
    const ed25519 = await keyPair('EdDSA');
    const r2 = await verifySignature(ed448Named, ed25519.publicPem);
    expect(r2.problem).toMatchObject({ code: 'curve-mismatch', expected: 'Ed448' });
    expect((await verifySignature(ed448Named, ed.publicPem)).state).toBe('invalid');
  });

  it('says signature-wrong-length for a truncated signature', async () => {
    const [h, p, s = ''] = fixtures.Ed448.token.split('.');
    const short = `${h}.${p}.${encodeBase64url(decodeBase64url(s).subarray(0, 64))}`;
    const r = await verifySignature(short, fixtures.Ed448.publicPem);
    expect(r.state).toBe('invalid');
    expect(r.problem).toMatchObject({ code: 'signature-wrong-length', expected: 114, actual: 64 });
  });

  it('refuses a JWK whose point is not on the curve', async () => {
    const bad = { ...fixtures.ES256K.publicJwk, y: fixtures.ES256K.publicJwk.x };
    const r = await verifySignature(fixtures.ES256K.token, JSON.stringify(bad));
    expect(r.state).toBe('key-error');
  });
});

describe.each(['ES256K', 'Ed448'] as const)('%s made by the app', (alg) => {
  it('generates, signs with PEM and JWK, verifies with both public forms', async () => {
    const k = await keyPair(alg);
    expect(k.privatePem).toContain('BEGIN PRIVATE KEY');
    expect(k.publicJwk).toMatchObject({ alg, kid: k.thumbprint, use: 'sig' });
    for (const signer of [k.privatePem, JSON.stringify(k.privateJwk)]) {
      const signed = await signToken({ header: { alg, typ: 'JWT' }, payload: { sub: alg } }, signer);
      if (!signed.ok) throw new Error(JSON.stringify(signed.problem));
      for (const verifier of [k.publicPem, JSON.stringify(k.publicJwk), signer]) {
        const r = await verifySignature(signed.value.token, verifier);
        expect(r.state, JSON.stringify(r.problem)).toBe('valid');
      }
      expect((await verifySignature(tamper(signed.value.token), k.publicPem)).state).toBe('invalid');
    }
  });

  it('will not sign with a public key', async () => {
    const k = await keyPair(alg);
    const signed = await signToken({ header: { alg }, payload: 'x' }, k.publicPem);
    expect(signed.ok).toBe(false);
    if (!signed.ok) expect(signed.problem.code).toBe('key-not-private');
  });
});

it('signs EdDSA with an Ed448 key (RFC 8037) as well as with Ed25519', async () => {
  const k = await keyPair('Ed448');
  const signed = await signToken({ header: { alg: 'EdDSA' }, payload: 'hi' }, k.privatePem);
  if (!signed.ok) throw new Error(JSON.stringify(signed.problem));
  expect(decodeBase64url(signed.value.token.split('.')[2] ?? '').length).toBe(114);
  expect((await verifySignature(signed.value.token, k.publicPem)).state).toBe('valid');
});

// The app's own output, checked outside the browser by python-jwcrypto (Debian python3-jwcrypto).
describe('the app’s ES256K and Ed448 tokens and keys verify in python-jwcrypto', () => {
  it.each([
    ['ES256K', 'ES256K'],
    ['Ed448', 'Ed448'],
    ['Ed448', 'EdDSA'],
  ] as const)('%s key, alg %s', async (keyAlg, alg) => {
    const k = await keyPair(keyAlg);
    const signed = await signToken({ header: { alg, typ: 'JWT' }, payload: { sub: 'app' } }, k.privatePem);
    if (!signed.ok) throw new Error(JSON.stringify(signed.problem));
    // jwcrypto 1.1 predates RFC 9864's `Ed448` alg name: that token's signature is checked over its
    // signing input with python3-cryptography's Ed448 instead, with each key form loaded by jwcrypto.
    const script = `
import base64, json, sys
from jwcrypto import jwk, jws
data = json.load(sys.stdin)
out = []
for key in (jwk.JWK(**data["jwk"]), jwk.JWK.from_pem(data["pem"].encode()), jwk.JWK.from_pem(data["priv"].encode())):
    try:
        if data["alg"] == "Ed448":
            h, p, s = data["token"].split(".")
            public = key.get_op_key("verify")
            public.verify(base64.urlsafe_b64decode(s + "=" * (-len(s) % 4)), (h + "." + p).encode())
        else:
            t = jws.JWS()
            t.deserialize(data["token"])
            t.verify(key, alg=data["alg"])
        out.append("valid")
    except Exception as e:
        out.append("invalid: " + repr(e))
print(json.dumps(out))
`;
    const token = signed.value.token;
    const run = spawnSync(PYTHON, ['-c', script], {
      input: JSON.stringify({ jwk: k.publicJwk, pem: k.publicPem, priv: k.privatePem, token, alg }),
      encoding: 'utf8',
    });
    if (run.error || run.status !== 0)
      throw new Error(`${PYTHON} with python3-jwcrypto is needed: ${run.error?.message ?? run.stderr}`);
    expect(JSON.parse(run.stdout)).toEqual(['valid', 'valid', 'valid']);
  });
});
