// Tests that a verification snippet carries only the public part of every private key the page reads.

import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { publicKeyForSnippet } from './public-key';
import { makeSnippets } from './snippets';

const spkiDer = (key: KeyObject) =>
  (key.type === 'public' ? key : createPublicKey(key)).export({ type: 'spki', format: 'der' });
const pemBody = (pem: string) => pem.split('\n').filter((l) => l && !l.startsWith('-----'));

type Pair = { name: string; alg: string; privateKey: KeyObject };
const pairs: Pair[] = [
  { name: 'RSA', alg: 'RS256', privateKey: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey },
  { name: 'P-256', alg: 'ES256', privateKey: generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey },
  { name: 'P-384', alg: 'ES384', privateKey: generateKeyPairSync('ec', { namedCurve: 'P-384' }).privateKey },
  { name: 'P-521', alg: 'ES512', privateKey: generateKeyPairSync('ec', { namedCurve: 'P-521' }).privateKey },
  {
    name: 'secp256k1',
    alg: 'ES256K',
    privateKey: generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).privateKey,
  },
  { name: 'Ed25519', alg: 'EdDSA', privateKey: generateKeyPairSync('ed25519').privateKey },
  { name: 'Ed448', alg: 'Ed448', privateKey: generateKeyPairSync('ed448').privateKey },
];

/** Every PEM form the key box reads a private key in, per key type. */
function privatePems({ name, privateKey }: Pair): [string, string][] {
  const forms: [string, string][] = [
    ['PKCS#8', privateKey.export({ type: 'pkcs8', format: 'pem' }) as string],
  ];
  if (name === 'RSA') forms.push(['PKCS#1', privateKey.export({ type: 'pkcs1', format: 'pem' }) as string]);
  if (privateKey.asymmetricKeyType === 'ec')
    forms.push(['SEC1', privateKey.export({ type: 'sec1', format: 'pem' }) as string]);
  return forms;
}

describe('publicKeyForSnippet', () => {
  for (const pair of pairs) {
    for (const [form, pem] of privatePems(pair)) {
      it(`derives the SPKI public key of a ${pair.name} ${form} private key`, async () => {
        const result = await publicKeyForSnippet(pem);
        if (!result.ok) throw new Error('not derived');
        expect(result.keyKind).toBe('pem-public');
        expect(result.derived).toBe(true);
        expect(result.keyText).toContain('-----BEGIN PUBLIC KEY-----');
        expect(result.keyText).not.toContain('PRIVATE');
        // Node reads what we wrote as exactly the key pair's public key.
        expect(spkiDer(createPublicKey(result.keyText))).toEqual(spkiDer(pair.privateKey));

        const codes = makeSnippets({
          token: 'a.b.c',
          alg: pair.alg,
          keyKind: result.keyKind,
          keyText: result.keyText,
          includeKey: true,
          keyDerivedFromPrivate: result.derived,
          clockTolerance: 0,
          requireExp: false,
        });
        // A SEC1 key's last line can be public-point bytes that the SPKI happens to share.
        const privateLines = pemBody(pem).filter((line) => !result.keyText.includes(line));
        expect(privateLines.length).toBeGreaterThan(0);
        for (const { code } of codes) {
          for (const line of privateLines) expect(code).not.toContain(line);
          expect(code).not.toContain('PRIVATE KEY');
          expect(code).toContain('only its public part');
        }
      });
    }

    it(`keeps only the public members of a ${pair.name} private JWK, alone or in a JWKS`, async () => {
      const jwk = { ...pair.privateKey.export({ format: 'jwk' }), kid: 'k1' };
      const privateValues = ['d', 'p', 'q', 'dp', 'dq', 'qi'].flatMap((m) => {
        const v = (jwk as Record<string, unknown>)[m];
        return typeof v === 'string' ? [v] : [];
      });
      expect(privateValues.length).toBeGreaterThan(0);
      for (const text of [JSON.stringify(jwk), JSON.stringify({ keys: [jwk] })]) {
        const result = await publicKeyForSnippet(text);
        if (!result.ok) throw new Error('not read');
        expect(result.derived).toBe(true);
        for (const value of privateValues) expect(result.keyText).not.toContain(value);
        const parsed = JSON.parse(result.keyText) as { keys?: unknown[] };
        const publicJwk = (parsed.keys ? parsed.keys[0] : parsed) as Record<string, unknown>;
        expect(publicJwk.kid).toBe('k1');
        expect(spkiDer(createPublicKey({ key: publicJwk as never, format: 'jwk' }))).toEqual(
          spkiDer(pair.privateKey),
        );
      }
    });
  }

  it('drops the private member of an ML-DSA (AKP) JWK', async () => {
    const codes = makeSnippets({
      token: 'a.b.c',
      alg: 'ML-DSA-44',
      keyKind: 'jwk',
      keyText: JSON.stringify({ kty: 'AKP', alg: 'ML-DSA-44', pub: 'PUBLIC-PART', priv: 'PRIVATE-SEED' }),
      includeKey: true,
      clockTolerance: 0,
      requireExp: false,
    });
    for (const { code } of codes) {
      expect(code).toContain('PUBLIC-PART');
      expect(code).not.toContain('PRIVATE-SEED');
    }
  });

  it('keeps public keys, certificates and secrets as pasted', async () => {
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const spki = publicKey.export({ type: 'spki', format: 'pem' }) as string;
    expect(await publicKeyForSnippet(spki)).toEqual({
      ok: true,
      keyKind: 'pem-public',
      keyText: spki,
      derived: false,
    });
    expect(await publicKeyForSnippet('a-long-enough-hmac-secret-0123456789')).toMatchObject({
      ok: true,
      keyKind: 'secret',
      derived: false,
    });
    const publicJwk = JSON.stringify(publicKey.export({ format: 'jwk' }));
    expect(await publicKeyForSnippet(publicJwk)).toMatchObject({ ok: true, keyKind: 'jwk', derived: false });
  });

  it('gives no key for text it cannot read', async () => {
    expect(await publicKeyForSnippet('-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----')).toEqual(
      {
        ok: false,
      },
    );
  });
});

describe('makeSnippets and a private PEM', () => {
  it('never writes a private PEM it is handed, and says why', () => {
    const pem = createPrivateKey(
      generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }),
    ).export({ type: 'pkcs8', format: 'pem' }) as string;
    const codes = makeSnippets({
      token: 'a.b.c',
      alg: 'RS256',
      keyKind: 'pem-private',
      keyText: pem,
      includeKey: true,
      clockTolerance: 0,
      requireExp: false,
    });
    for (const { code } of codes) {
      for (const line of pemBody(pem)) expect(code).not.toContain(line);
      expect(code).toContain('JWT_PUBLIC_KEY');
      expect(code).toContain('never written into code');
    }
  });
});
