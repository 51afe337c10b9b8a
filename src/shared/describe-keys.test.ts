import { beforeAll, describe, expect, it } from 'vitest';
import { describeKey, describeKeyProblem, loadHardeningWords } from './describe-keys';
import type { KeyProblem, SignatureProblem } from '../core/shared';
import { itWordsEachProblem } from './test-support';

// One example of every code this file owns; the Record type makes a new code without an example a type error.
const EXAMPLES: {
  [C in (KeyProblem | SignatureProblem)['code']]: Extract<KeyProblem | SignatureProblem, { code: C }>;
} = {
  'empty-secret': { code: 'empty-secret' },
  'secret-not-encoded': { code: 'secret-not-encoded', encoding: 'hex' },
  'pem-unreadable': { code: 'pem-unreadable', label: 'PUBLIC KEY', reason: 'bad-der' },
  'pem-encrypted': { code: 'pem-encrypted', label: 'ENCRYPTED PRIVATE KEY' },
  'pem-unsupported': { code: 'pem-unsupported', label: 'OPENSSH PRIVATE KEY' },
  'key-type-unsupported': { code: 'key-type-unsupported', algorithm: 'dsa' },
  'jwk-unreadable': { code: 'jwk-unreadable', reason: 'missing-member', member: 'y', kty: 'EC' },
  'jwks-empty': { code: 'jwks-empty' },
  'alg-key-mismatch': { code: 'alg-key-mismatch', alg: 'ES256', keyType: 'RSA', expected: 'EC' },
  'curve-mismatch': { code: 'curve-mismatch', alg: 'ES256', curve: 'P-384', expected: 'P-256' },
  'kid-not-in-jwks': { code: 'kid-not-in-jwks', kid: 'x', available: ['a', 'b'] },
  'no-matching-key': {
    code: 'no-matching-key',
    alg: 'PS256',
    available: [{ kid: 'a', kty: 'RSA', alg: 'RS256' }],
  },
  'key-not-private': { code: 'key-not-private', keyType: 'EC' },
  'crypto-operation-failed': { code: 'crypto-operation-failed', operation: 'import', reason: 'DataError' },
  'secret-looks-base64': { code: 'secret-looks-base64', suggested: 'base64url' },
  'secret-has-whitespace': { code: 'secret-has-whitespace' },
  'secret-too-short': { code: 'secret-too-short', alg: 'HS256', bytes: 5, minBytes: 32 },
  'rsa-key-too-short': { code: 'rsa-key-too-short', bits: 1024, minBits: 2048 },
  'jwk-alg-differs': { code: 'jwk-alg-differs', alg: 'PS256', jwkAlg: 'RS256' },
  'key-use-not-sig': { code: 'key-use-not-sig', use: 'enc' },
  'jwks-entry-skipped': { code: 'jwks-entry-skipped', index: 0, reason: 'jwk-unreadable' },
  'token-not-decoded': { code: 'token-not-decoded' },
  'token-is-jwe': { code: 'token-is-jwe' },
  'no-key': { code: 'no-key' },
  'rsa-size-unsupported': { code: 'rsa-size-unsupported', bits: 1024 },
  'alg-none': { code: 'alg-none' },
  'alg-unsupported': { code: 'alg-unsupported', alg: 'ES256K' },
  'signature-mismatch': { code: 'signature-mismatch' },
  'signature-wrong-length': { code: 'signature-wrong-length', alg: 'ES256', expected: 64, actual: 71 },
  'jws-invalid': { code: 'jws-invalid', reason: 'bad b64' },
  'crit-extension': { code: 'crit-extension', names: ['x'] },
  'crit-unknown': { code: 'crit-unknown', names: ['exp-ext'] },
  'crit-invalid': { code: 'crit-invalid', reason: 'registered', name: 'alg' },
  'alg-missing': { code: 'alg-missing' },
  'jwk-forbids': { code: 'jwk-forbids', member: 'key_ops', value: '"encrypt"', alg: 'RS256' },
};

describe('describeKeyProblem', () => {
  beforeAll(() => loadHardeningWords());

  itWordsEachProblem(describeKeyProblem, Object.values(EXAMPLES), { code: 'empty-token' });

  it('names the key type and what the alg needs', () => {
    expect(describeKeyProblem(EXAMPLES['alg-key-mismatch'])).toBe(
      'This is an RSA key, but ES256 needs an EC P-256 key.',
    );
  });
});

describe('describeKey', () => {
  it('names type, size, format and kid', () => {
    expect(
      describeKey({ format: 'pem-pkcs1-public', kty: 'RSA', bits: 2048, visibility: 'public', kid: 'abc' }),
    ).toBe('RSA 2048-bit public key · PKCS#1 PEM · kid abc');
    expect(describeKey({ format: 'jwk', kty: 'OKP', curve: 'Ed25519', visibility: 'private' })).toBe(
      'Ed25519 private key · JWK',
    );
    expect(describeKey({ format: 'secret', kty: 'oct', bits: 256, encoding: 'base64url' })).toBe(
      '32-byte secret · base64url',
    );
    const entries = [
      { format: 'jwk', kty: 'RSA', bits: 2048, visibility: 'public', kid: 'a', index: 0 },
      { format: 'jwk', kty: 'EC', curve: 'P-256', visibility: 'public', index: 1 },
    ] as const;
    expect(describeKey({ format: 'jwks', keys: [...entries] })).toBe('JWKS with 2 keys · kids a');
    expect(describeKey(entries[0])).toBe('RSA 2048-bit public key · JWKS key 1 · kid a');
  });
});
