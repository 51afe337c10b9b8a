// Words for encrypted tokens: why a JWE could not be decrypted or made, and what each part is.

import type { JwePartName } from '../core/jwe';
import type { JweKeyKind, JweProblem, Problem } from '../core/shared';

const KEY_KINDS: Record<JweKeyKind, string> = {
  secret: 'a shared secret (an oct JWK, or raw bytes)',
  rsa: 'an RSA key',
  'ec-or-okp': 'an EC (P-256, P-384, P-521) or X25519 key',
  password: 'a password',
};

const PART_NAMES: Record<JwePartName, string> = {
  protected: 'Protected header',
  'encrypted-key': 'Encrypted key',
  iv: 'Initialization vector',
  ciphertext: 'Ciphertext',
  tag: 'Authentication tag',
};

/** Names one of the five parts of a compact JWE (RFC 7516 §7.1). */
export function describeJwePart(name: JwePartName): string {
  return PART_NAMES[name];
}

/** True for the problems jwe.ts adds (their codes start with `jwe-`); it also passes on keys.ts problems. */
export function isJweProblem(problem: Problem): problem is JweProblem {
  return problem.code.startsWith('jwe-');
}

/**
 * Explains a JWE problem; undefined for codes owned by other modules (a key problem passed on from
 * keys.ts is described by describeKeyProblem), so describe-problem.ts can chain it.
 */
export function describeJweProblem(problem: Problem): string | undefined {
  return isJweProblem(problem) ? explainJweProblem(problem) : undefined;
}

function explainJweProblem(problem: JweProblem): string {
  switch (problem.code) {
    case 'jwe-not-compact':
      return `A compact JWE has five parts separated by dots; this has ${problem.count}.`;
    case 'jwe-alg-unknown':
      if (problem.alg === 'RSA1_5') {
        return 'RSA1_5 (RSAES-PKCS1-v1_5) is not supported: it is open to padding-oracle attacks and jose does not implement it. Ask the sender to use RSA-OAEP-256.';
      }
      return `"${problem.alg}" with "${problem.enc ?? '(no enc)'}" is not a JWE algorithm this debugger knows.`;
    case 'jwe-unsupported-in-browser':
      return problem.feature === 'aes-192'
        ? `This browser cannot do ${problem.alg} with ${problem.enc}: its WebCrypto has no 192-bit AES (Chromium leaves it out). The token is not necessarily broken; try Firefox or Safari, or a server-side tool.`
        : `This browser cannot do X25519 key agreement, which ${problem.alg} needs for this token. The token is not necessarily broken.`;
    case 'jwe-not-supported':
      return `jose does not support something this token uses: ${problem.detail}`;
    case 'jwe-wrong-key':
      return 'Decryption failed: this is not the key the token was encrypted for (or the token was altered).';
    case 'jwe-invalid':
      return `The JWE is malformed: ${problem.detail}`;
    case 'jwe-key-wrong-type':
      return `${problem.alg} needs ${KEY_KINDS[problem.expected]}, but the key given is ${problem.found}.`;
    case 'jwe-key-wrong-length':
      return `${problem.alg} with ${problem.enc} needs a key of exactly ${problem.expectedBytes} bytes (${problem.expectedBytes * 8} bits); this one has ${problem.actualBytes}.`;
    case 'jwe-key-not-private':
      return "This is a public key. Decrypting needs the recipient's private key; a public key can only encrypt.";
    case 'jwe-no-matching-key':
      return problem.kid !== undefined
        ? `The key set has no key with kid "${problem.kid}".`
        : 'The key set has no key that fits this algorithm.';
    case 'jwe-key-unfit':
      return `The key cannot be used with ${problem.alg}${problem.detail ? `: ${problem.detail}` : ''}.`;
    case 'jwe-unexpected-error':
      return `Unexpected error: ${problem.detail}`;
  }
}
