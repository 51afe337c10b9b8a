import { describe, expect, it } from 'vitest';
import { verifySignature } from './verify';
import { jsonSerialization } from '../fixtures';

const all = [...jsonSerialization.rfc, ...jsonSerialization.jwcrypto];
const fixture = (id: string) => all.find((f) => f.id === id)!;
const jwk = (key: Record<string, unknown>) => JSON.stringify(key);
const jwks = (keys: Record<string, unknown>[]) => JSON.stringify({ keys });

describe('verifying a JWS in JSON serialization', () => {
  it('RFC 7515 A.6 with the RSA key: the RS256 signature is valid, the ES256 one cannot use that key', async () => {
    const f = fixture('rfc7515-a6-general');
    const report = await verifySignature(f.token, jwk(f.keys[0]!));
    expect(report.state).toBe('valid');
    expect(report.signatures?.map((s) => [s.index, s.alg, s.kid, s.state])).toEqual([
      [0, 'RS256', '2010-12-29', 'valid'],
      [1, 'ES256', 'e9bc097a-ce51-4036-9562-d2ade882db0d', 'key-error'],
    ]);
  });

  it('RFC 7515 A.6 with the EC key: the second signature is the valid one', async () => {
    const f = fixture('rfc7515-a6-general');
    const report = await verifySignature(f.token, jwk(f.keys[1]!));
    expect(report.state).toBe('valid');
    expect(report.signatures?.map((s) => s.state)).toEqual(['key-error', 'valid']);
  });

  it('no key: every signature is no-key', async () => {
    const report = await verifySignature(fixture('rfc7515-a6-general').token, '');
    expect(report.state).toBe('no-key');
    expect(report.signatures?.map((s) => s.state)).toEqual(['no-key', 'no-key']);
  });

  it('a changed payload is invalid for every signature', async () => {
    const f = fixture('rfc7515-a6-general');
    const tampered = f.token.replace('"eyJpc3MiOiJqb2Ui', '"eyJpc3MiOiJqb2Ei');
    const report = await verifySignature(tampered, jwk(f.keys[0]!));
    expect(report.state).toBe('invalid');
    expect(report.signatures?.[0]?.state).toBe('invalid');
  });

  it.each(['rfc7515-a7-flattened', 'rfc7520-4.7-json', 'rfc7520-4.7-json-flat', 'jwcrypto-jws-flattened'])(
    '%s verifies with its key',
    async (id) => {
      const f = fixture(id);
      const report = await verifySignature(f.token, jwk(f.keys[0]!));
      expect(report.state).toBe('valid');
      expect(report.signatures).toHaveLength(1);
    },
  );

  it.each(['rfc7520-4.8-general', 'jwcrypto-jws-general-3'])(
    '%s: a JWKS of every signer verifies every signature, each by its own key',
    async (id) => {
      const f = fixture(id);
      const report = await verifySignature(f.token, jwks(f.keys));
      expect(report.state).toBe('valid');
      expect(report.signatures?.map((s) => s.state)).toEqual(['valid', 'valid', 'valid']);
      expect(report.signatures?.map((s) => s.alg)).toEqual(f.algs ?? ['RS256', 'ES512', 'HS256']);
    },
  );

  it('RFC 7520 §4.8: with only the HMAC key, only the third signature is valid', async () => {
    const f = fixture('rfc7520-4.8-general');
    const report = await verifySignature(f.token, jwk(f.keys[2]!));
    expect(report.state).toBe('valid');
    expect(report.signatures?.map((s) => s.state)).toEqual(['key-error', 'key-error', 'valid']);
  });

  it('alg only in the unprotected header still verifies (RFC 7520 §4.7 flattened has no protected header)', async () => {
    const f = fixture('rfc7520-4.7-json-flat');
    expect(JSON.parse(f.token)).not.toHaveProperty('protected');
    const report = await verifySignature(
      f.token,
      jwk({ ...f.keys[0]!, k: 'AAAA' + String(f.keys[0]!.k).slice(4) }),
    );
    expect(report.state).toBe('invalid');
  });
});
