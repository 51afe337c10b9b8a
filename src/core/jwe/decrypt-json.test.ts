import { describe, expect, it } from 'vitest';
import { decryptToken } from './jwe';
import { jsonSerialization } from '../fixtures';

const all = [...jsonSerialization.rfc, ...jsonSerialization.jwcrypto];
const fixture = (id: string) => all.find((f) => f.id === id)!;
const jwk = (key: Record<string, unknown>) => JSON.stringify(key);
const NODE = { aes192: true, x25519: true };

describe('decrypting a JWE in JSON serialization', () => {
  it('RFC 7520 §5.13: the ECDH-ES+A256KW key opens it as recipient 2 (index 1)', async () => {
    const f = fixture('rfc7520-5.13-general');
    const report = await decryptToken(f.token, jwk(f.keys[1]!), { support: NODE });
    expect(report.state).toBe('decrypted');
    expect(report.recipient).toBe(1);
    expect(report.plaintext).toBe(f.plaintext);
    // RSA1_5 is not offered (RFC 8725 §3.2 / not in WebCrypto): recipient 1 is unsupported, not an error.
    expect(report.recipients?.map((r) => [r.index, r.state])).toEqual([
      [0, 'unsupported'],
      [1, 'decrypted'],
    ]);
  });

  it('RFC 7520 §5.13: the A256GCMKW key opens it as recipient 3 (index 2)', async () => {
    const f = fixture('rfc7520-5.13-general');
    const report = await decryptToken(f.token, jwk(f.keys[2]!), { support: NODE });
    expect(report.state).toBe('decrypted');
    expect(report.recipient).toBe(2);
    expect(report.recipients?.[1]).toMatchObject({
      state: 'failed',
      problem: { code: 'jwe-key-wrong-type' },
    });
  });

  it('jwcrypto general JWE: the second recipient’s key decrypts it, and the claims are read', async () => {
    const f = fixture('jwcrypto-jwe-general-2');
    const report = await decryptToken(f.token, jwk(f.keys[1]!), { support: NODE });
    expect(report.state).toBe('decrypted');
    expect(report.recipient).toBe(1);
    expect(report.claims).toEqual(JSON.parse(f.plaintext!));
  });

  it('jwcrypto general JWE: the first recipient’s RSA key decrypts it as recipient 1', async () => {
    const f = fixture('jwcrypto-jwe-general-2');
    const report = await decryptToken(f.token, jwk(f.keys[0]!), { support: NODE });
    expect(report.state).toBe('decrypted');
    expect(report.recipient).toBe(0);
  });

  it('jwcrypto flattened ECDH-ES+A128KW JWE decrypts', async () => {
    const f = fixture('jwcrypto-jwe-flattened');
    const report = await decryptToken(f.token, jwk(f.keys[0]!), { support: NODE });
    expect(report.state).toBe('decrypted');
    expect(report.plaintext).toBe(f.plaintext);
  });

  it('a key that fits no recipient fails and says why for each', async () => {
    const f = fixture('jwcrypto-jwe-general-2');
    const wrong = jwk({ kty: 'oct', k: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' });
    const report = await decryptToken(f.token, wrong, { support: NODE });
    expect(report.state).toBe('failed');
    expect(report.recipient).toBeUndefined();
    expect(report.problem?.code).toBe('jwe-wrong-key');
    expect(report.recipients?.map((r) => r.state)).toEqual(['failed', 'failed']);
  });

  it('no key: no-key, with the first recipient’s algorithms', async () => {
    const report = await decryptToken(fixture('jwcrypto-jwe-general-2').token, '', { support: NODE });
    expect(report).toMatchObject({ state: 'no-key', alg: 'RSA-OAEP-256', enc: 'A256GCM' });
  });
});
