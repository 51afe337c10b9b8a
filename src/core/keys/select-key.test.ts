import { describe, expect, it } from 'vitest';
import fixtures from '../fixtures/more-algs-jwcrypto.json';
import { verifySignature } from '../jws/verify';
import { jwkAlgFits } from './select-key';

describe('a JWK’s own alg and the token’s alg', () => {
  it.each([
    ['EdDSA', 'Ed448', true],
    ['EdDSA', 'Ed25519', true],
    ['Ed448', 'EdDSA', true],
    ['Ed25519', 'EdDSA', true],
    ['Ed25519', 'Ed448', false],
    ['Ed448', 'Ed25519', false],
    ['ES256', 'EdDSA', false],
    ['RS256', 'RS256', true],
    ['ML-DSA-44', 'ML-DSA-65', false],
  ])('JWK alg %s serves %s: %s', (jwkAlg, alg, fits) => {
    expect(jwkAlgFits(jwkAlg, alg)).toBe(fits);
  });

  it('keeps a JWKS entry kty OKP, crv Ed448, alg EdDSA for an Ed448 token (alg EdDSA or Ed448)', async () => {
    const set = fixtures.Ed448;
    const jwks = JSON.stringify({
      keys: [
        {
          ...set.publicJwk,
          kid: 'another',
          alg: 'EdDSA',
          x: set.publicJwk.x.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')),
        },
        { ...set.publicJwk, alg: 'EdDSA' },
      ],
    });
    const r = await verifySignature(set.token, jwks);
    expect(r.state, JSON.stringify(r.problem)).toBe('valid');
    expect(r.key).toMatchObject({ curve: 'Ed448', alg: 'EdDSA', index: 1, kid: 'jwcrypto-Ed448' });
    // The same key for a token whose alg is the RFC 9864 name.
    const header = JSON.parse(atob(set.token.split('.')[0] ?? '')) as Record<string, unknown>;
    expect(header.alg).toBe('EdDSA');
    const single = await verifySignature(
      set.token,
      JSON.stringify({ keys: [{ ...set.publicJwk, alg: 'Ed448' }] }),
    );
    expect(single.state, JSON.stringify(single.problem)).toBe('valid');
  });
});
