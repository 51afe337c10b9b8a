import { describe, expect, it } from 'vitest';
import { JWS_ALGORITHMS } from '../jws/algorithms';
import { generateKey } from './generate-key';
import { parseKeyInput } from './keys';
import { signToken } from '../jws/sign';
import { verifySignature } from '../jws/verify';

const asymmetric = JWS_ALGORITHMS.filter((a) => a.family !== 'hmac');
const hmac = JWS_ALGORITHMS.filter((a) => a.family === 'hmac');

describe('generateKey', () => {
  it.each(asymmetric.map((a) => [a.alg, a] as const))(
    '%s: a key pair that signs and verifies in both formats',
    async (alg, a) => {
      const r = await generateKey(alg);
      expect(r.ok).toBe(true);
      if (!r.ok || r.value.kind !== 'key-pair') throw new Error('expected a key pair');
      const g = r.value;
      expect(g.privatePem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
      expect(g.publicPem).toMatch(/^-----BEGIN PUBLIC KEY-----/);
      expect(g.publicJwk).toMatchObject({ kty: a.kty, kid: g.thumbprint, alg });
      expect(g.publicJwk).not.toHaveProperty('d');
      expect(g.privateJwk).toHaveProperty('d');
      const described = parseKeyInput(g.privatePem);
      expect(described.state === 'ok' && described.value.description).toMatchObject(
        a.kty === 'RSA' ? { kty: 'RSA', bits: 2048 } : { curve: a.curve },
      );
      for (const signingKey of [g.privatePem, JSON.stringify(g.privateJwk)]) {
        const signed = await signToken({ header: { alg }, payload: { sub: 'gen' } }, signingKey);
        expect(signed.ok).toBe(true);
        if (!signed.ok) continue;
        for (const verifyingKey of [g.publicPem, JSON.stringify(g.publicJwk), g.privatePem]) {
          expect((await verifySignature(signed.value.token, verifyingKey)).state).toBe('valid');
        }
      }
    },
  );

  it.each([3072, 4096])('makes RSA %i on request', async (bits) => {
    const r = await generateKey('RS256', { modulusLength: bits });
    const pem = r.ok && r.value.kind === 'key-pair' ? r.value.publicPem : '';
    const d = parseKeyInput(pem);
    expect(d.state === 'ok' && d.value.description.bits).toBe(bits);
  });

  it('refuses other RSA sizes', async () => {
    expect(await generateKey('PS256', { modulusLength: 1024 })).toEqual({
      ok: false,
      problem: { code: 'rsa-size-unsupported', bits: 1024 },
    });
  });

  const encodings = ['base64url', 'base64', 'hex', 'utf8'] as const;
  it.each(hmac.flatMap((a) => encodings.map((e) => [a.alg, e, a.minSecretBytes ?? 0] as const)))(
    '%s: a %s secret as long as the hash',
    async (alg, encoding, bytes) => {
      const r = await generateKey(alg, { encoding });
      if (!r.ok || r.value.kind !== 'secret') throw new Error('expected a secret');
      expect(r.value.byteLength).toBe(bytes);
      const reading = parseKeyInput(r.value.secret, encoding);
      if (reading.state !== 'ok') throw new Error('generated secret must read back');
      expect(reading.value.hints).toEqual([]);
      expect((reading.value.description.bits ?? 0) / 8).toBeGreaterThanOrEqual(bytes);
      const signed = await signToken({ header: { alg }, payload: {} }, r.value.secret, { encoding });
      expect(signed.ok && signed.value.warnings).toEqual([]);
      if (signed.ok)
        expect((await verifySignature(signed.value.token, JSON.stringify(r.value.jwk))).state).toBe('valid');
    },
  );

  it('never returns the same secret twice', async () => {
    const a = await generateKey('HS256');
    const b = await generateKey('HS256');
    expect(a.ok && a.value.kind === 'secret' && a.value.secret).not.toBe(
      b.ok && b.value.kind === 'secret' && b.value.secret,
    );
  });
});
