// Checks that every JWE problem has wording with its details filled in.

import { describe, expect, it } from 'vitest';
import type { JweProblem } from '../core/shared';
import { describeJwePart, describeJweProblem } from './describe-jwe';
import { itWordsEachProblem } from './test-support';

const PROBLEMS: JweProblem[] = [
  { code: 'jwe-not-compact', count: 3 },
  { code: 'jwe-alg-unknown', alg: 'RSA1_5', enc: 'A128GCM' },
  { code: 'jwe-alg-unknown', alg: 'XYZ', enc: undefined },
  { code: 'jwe-unsupported-in-browser', alg: 'A192KW', enc: 'A128GCM', feature: 'aes-192' },
  { code: 'jwe-unsupported-in-browser', alg: 'ECDH-ES', enc: 'A128GCM', feature: 'x25519' },
  { code: 'jwe-not-supported', detail: 'zip' },
  { code: 'jwe-wrong-key' },
  { code: 'jwe-invalid', detail: 'Invalid Initialization Vector length' },
  { code: 'jwe-key-wrong-type', alg: 'A128KW', expected: 'secret', found: 'RSA' },
  { code: 'jwe-key-wrong-length', alg: 'A256KW', enc: 'A256GCM', expectedBytes: 32, actualBytes: 16 },
  { code: 'jwe-key-not-private' },
  { code: 'jwe-no-matching-key', kid: 'k1' },
  { code: 'jwe-no-matching-key', kid: undefined },
  { code: 'jwe-key-unfit', alg: 'ECDH-ES', detail: 'DataError' },
  { code: 'jwe-unexpected-error', detail: 'boom' },
];

describe('JWE wording', () => {
  itWordsEachProblem(describeJweProblem, PROBLEMS, { code: 'empty-secret' });

  it('names every part', () => {
    expect(
      (['protected', 'encrypted-key', 'iv', 'ciphertext', 'tag'] as const)
        .map((name) => describeJwePart(name))
        .every(Boolean),
    ).toBe(true);
  });
});
