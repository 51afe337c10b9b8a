import { describe, expect, it } from 'vitest';
import { errors } from 'jose';
import { problemFromCryptoError } from './crypto-errors';
import { verifySignature } from '../jws/verify';
import { signTestToken, testKeySet } from '../fixtures/test-keys';

describe('problemFromCryptoError', () => {
  it.each([
    [new errors.JWSSignatureVerificationFailed(), { code: 'signature-mismatch' }],
    [new errors.JWSInvalid('Invalid Compact JWS'), { code: 'jws-invalid', reason: 'Invalid Compact JWS' }],
    [
      new errors.JOSENotSupported('x'),
      { code: 'crypto-operation-failed', operation: 'verify', reason: 'ERR_JOSE_NOT_SUPPORTED' },
    ],
    [
      new DOMException('', 'DataError'),
      { code: 'crypto-operation-failed', operation: 'verify', reason: 'DataError' },
    ],
    [
      new TypeError('"alg" argument is required'),
      { code: 'crypto-operation-failed', operation: 'verify', reason: 'invalid-key-data' },
    ],
    ['a string', { code: 'crypto-operation-failed', operation: 'verify', reason: 'unknown' }],
  ])('maps %s', (err, problem) => {
    expect(problemFromCryptoError(err, 'verify')).toEqual(problem);
  });

  it('does not depend on class names, which the production minifier mangles', () => {
    const err = new errors.JWSSignatureVerificationFailed();
    Object.defineProperty(err, 'name', { value: '_' });
    expect(problemFromCryptoError(err, 'verify')).toEqual({ code: 'signature-mismatch' });
  });
});

describe('keys WebCrypto refuses reach the report as a named problem', () => {
  it('an EC JWK whose point is not on the curve', async () => {
    const token = await signTestToken('ES256', testKeySet('p256'));
    const jwk = { ...testKeySet('p256').publicJwk, y: testKeySet('p256').publicJwk.x };
    const r = await verifySignature(token, JSON.stringify(jwk));
    expect(r.state).toBe('key-error');
    expect(r.problem).toMatchObject({ code: 'crypto-operation-failed', operation: 'import' });
    expect(r.problem && 'reason' in r.problem && r.problem.reason).toBeTruthy();
  });

  it('a private JWK missing its CRT members when signing', async () => {
    const { signToken } = await import('../jws/sign');
    const { p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...partial } = testKeySet('rsa2048').privateJwk;
    const r = await signToken({ header: { alg: 'RS256' }, payload: {} }, JSON.stringify(partial));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatchObject({ code: 'crypto-operation-failed', operation: 'import' });
  });
});
