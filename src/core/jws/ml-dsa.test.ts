import { ml_dsa44, ml_dsa65, ml_dsa87 } from '@noble/post-quantum/ml-dsa.js';
import { describe, expect, it } from 'vitest';
import fixtures from '../fixtures/ml-dsa-node24.json';
import { generateKey, type GeneratedKey } from '../keys/generate-key';
import { otherPkcs8Forms } from '../fixtures/ml-dsa-forms';
import { parseKeyInput } from '../keys/keys';
import { decodeBase64url } from '../shared/base64url';
import type { JwsAlg } from './algorithms';
import { withMlDsa } from './ml-dsa-jws';
import { signToken } from './sign';
import { verifySignature } from './verify';

const LEVELS = ['ML-DSA-44', 'ML-DSA-65', 'ML-DSA-87'] as const;
const NOBLE = { 'ML-DSA-44': ml_dsa44, 'ML-DSA-65': ml_dsa65, 'ML-DSA-87': ml_dsa87 };
const SIGNATURE_BYTES = { 'ML-DSA-44': 2420, 'ML-DSA-65': 3309, 'ML-DSA-87': 4627 };

const tamper = (token: string): string => {
  const [h, p, s] = token.split('.');
  return `${h}.${p}x.${s}`;
};

async function keyPair(alg: JwsAlg): Promise<Extract<GeneratedKey, { kind: 'key-pair' }>> {
  const r = await generateKey(alg);
  if (!r.ok || r.value.kind !== 'key-pair') throw new Error(`${alg}: ${JSON.stringify(r)}`);
  return r.value;
}

describe.each(LEVELS)('%s tokens and keys made by Node 24 (OpenSSL 3.5)', (alg) => {
  const set = fixtures[alg];
  const forms = otherPkcs8Forms(set.privatePem, alg);
  it.each([
    ['public JWK', JSON.stringify(set.publicJwk)],
    ['private JWK', JSON.stringify(set.privateJwk)],
    ['SPKI PEM', set.publicPem],
    ['PKCS#8 PEM (seed)', set.privatePem],
    ['PKCS#8 PEM (both, as the OpenSSL 3.5 CLI writes)', forms.both],
    ['PKCS#8 PEM (expanded key only)', forms.expanded],
    ['JWKS', JSON.stringify({ keys: [{ ...set.publicJwk, kid: 'other', pub: 'AA' }, set.publicJwk] })],
  ])('verifies with the %s', async (_format, key) => {
    for (const token of [set.token, set.webCryptoToken]) {
      const r = await verifySignature(token, key);
      expect(r.state, JSON.stringify(r.problem)).toBe('valid');
      expect(r.key).toMatchObject({ kty: 'AKP', curve: alg });
      const bad = await verifySignature(tamper(token), key);
      expect(bad.state).toBe('invalid');
      expect(bad.problem?.code).toBe('signature-mismatch');
    }
  });

  it('describes the keys: AKP, the parameter set, public or private', () => {
    const pub = parseKeyInput(set.publicPem);
    const priv = parseKeyInput(JSON.stringify(set.privateJwk));
    expect(pub.state === 'ok' && pub.value.description).toMatchObject({
      format: 'pem-spki',
      kty: 'AKP',
      curve: alg,
      visibility: 'public',
    });
    expect(priv.state === 'ok' && priv.value.description).toMatchObject({
      format: 'jwk',
      kty: 'AKP',
      curve: alg,
      alg,
      visibility: 'private',
    });
  });

  it('signs with its private JWK and PEMs, and verifies what it signed', async () => {
    for (const key of [JSON.stringify(set.privateJwk), set.privatePem, forms.both, forms.expanded]) {
      const signed = await signToken({ header: { alg }, payload: { sub: 'app' } }, key);
      if (!signed.ok) throw new Error(JSON.stringify(signed.problem));
      expect(decodeBase64url(signed.value.token.split('.')[2] ?? '').length).toBe(SIGNATURE_BYTES[alg]);
      expect((await verifySignature(signed.value.token, set.publicPem)).state).toBe('valid');
    }
  });

  it('refuses to sign with a public key and to verify with another level’s key', async () => {
    const signed = await signToken({ header: { alg }, payload: 'x' }, set.publicPem);
    expect(!signed.ok && signed.problem.code).toBe('key-not-private');
    const other = fixtures[alg === 'ML-DSA-44' ? 'ML-DSA-65' : 'ML-DSA-44'];
    const r = await verifySignature(set.token, JSON.stringify(other.publicJwk));
    expect(r.state).toBe('key-error');
    expect(r.problem?.code).toBe('curve-mismatch');
  });

  it('refuses a key whose bytes have the wrong length', async () => {
    const short = { ...set.publicJwk, pub: set.publicJwk.pub.slice(0, 100) };
    const r = await verifySignature(set.token, JSON.stringify(short));
    expect(r.state).toBe('key-error');
    expect(r.problem?.code).toBe('crypto-operation-failed');
  });

  it('generates a key pair that signs and verifies in every form', async () => {
    const k = await keyPair(alg);
    expect(k.publicJwk).toMatchObject({ kty: 'AKP', alg, kid: k.thumbprint });
    expect(decodeBase64url(String(k.privateJwk.priv)).length).toBe(32);
    const signed = await signToken({ header: { alg }, payload: 'hi' }, k.privatePem);
    if (!signed.ok) throw new Error(JSON.stringify(signed.problem));
    for (const key of [k.publicPem, JSON.stringify(k.publicJwk), JSON.stringify(k.privateJwk)])
      expect((await verifySignature(signed.value.token, key)).state).toBe('valid');
    expect((await verifySignature(tamper(signed.value.token), k.publicPem)).state).toBe('invalid');
  });
});

describe('withMlDsa: WebCrypto when it has ML-DSA, else @noble/post-quantum', () => {
  it('falls back when crypto.subtle throws NotSupportedError', async () => {
    const unsupported = {
      importKey: () => Promise.reject(new DOMException('no', 'NotSupportedError')),
      generateKey: () => Promise.reject(new DOMException('no', 'NotSupportedError')),
    } as unknown as SubtleCrypto;
    expect(await withMlDsa(async (e) => e.name, unsupported)).toBe('webcrypto');
    const used: string[] = [];
    await withMlDsa(async (e) => {
      used.push(e.name);
      return e.generate('ML-DSA-44');
    }, unsupported);
    expect(used).toEqual(['webcrypto', 'noble']);
  });

  it('uses WebCrypto’s answer when it has one', async () => {
    const calls: string[] = [];
    const fake = {
      importKey: async (format: string) => (calls.push(format), {}),
      verify: async () => (calls.push('verify'), true),
    } as unknown as SubtleCrypto;
    expect(
      await withMlDsa(
        (e) => e.verify('ML-DSA-44', new Uint8Array(1), new Uint8Array(1), new Uint8Array(1)),
        fake,
      ),
    ).toBe(true);
    expect(calls).toEqual(['raw-public', 'verify']);
  });
});

describe('each engine on its own checks the Node 24 tokens', () => {
  const notHere = {
    importKey: () => Promise.reject(new DOMException('no', 'NotSupportedError')),
  } as unknown as SubtleCrypto;
  const hasMlDsa = async (): Promise<boolean> => {
    try {
      await crypto.subtle.generateKey({ name: 'ML-DSA-44' }, false, ['sign']);
      return true;
    } catch {
      return false;
    }
  };
  it.each(LEVELS)(
    '%s with @noble/post-quantum, and with this runtime’s WebCrypto when it has ML-DSA',
    async (alg) => {
      const set = fixtures[alg];
      const [h, p, s] = set.token.split('.');
      const message = new TextEncoder().encode(`${h}.${p}`);
      const signature = decodeBase64url(s ?? '');
      const pub = decodeBase64url(set.publicJwk.pub);
      const subtles: SubtleCrypto[] = [notHere];
      if (await hasMlDsa()) subtles.push(crypto.subtle);
      for (const subtle of subtles) {
        expect(await withMlDsa((e) => e.verify(alg, signature, message, pub), subtle)).toBe(true);
        expect(
          await withMlDsa((e) => e.verify(alg, signature, Uint8Array.of(...message, 1), pub), subtle),
        ).toBe(false);
        const seed = decodeBase64url(set.privateJwk.priv);
        const mine = await withMlDsa((e) => e.sign(alg, message, { alg, seed }), subtle);
        expect(NOBLE[alg].verify(mine, message, pub)).toBe(true);
        expect(await withMlDsa((e) => e.publicOf({ alg, seed }), subtle)).toEqual(pub);
      }
    },
  );
});
