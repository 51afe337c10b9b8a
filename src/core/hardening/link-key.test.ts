import { describe, expect, it } from 'vitest';
import { isPublicKeyOnly } from './link-key';
import { testKeySet } from '../fixtures/test-keys';

describe('isPublicKeyOnly (keys arriving in a #publicKey= link)', () => {
  const set = testKeySet('p256');
  it.each([
    ['an SPKI PEM', set.spki],
    ['a public JWK', JSON.stringify(set.publicJwk)],
    ['a public JWKS', JSON.stringify({ keys: [set.publicJwk] })],
  ])('accepts %s', (_name, text) => expect(isPublicKeyOnly(text)).toBe(true));
  it.each([
    ['an HMAC secret', 'secret'],
    ['a private PEM', set.pkcs8],
    ['a private JWK', JSON.stringify(set.privateJwk)],
    ['an oct JWK', JSON.stringify({ kty: 'oct', k: 'c2VjcmV0' })],
    ['a JWKS with one private key', JSON.stringify({ keys: [set.publicJwk, set.privateJwk] })],
    ['garbage', '{"kty":"__proto__"}'],
  ])('refuses %s', (_name, text) => expect(isPublicKeyOnly(text)).toBe(false));
});
