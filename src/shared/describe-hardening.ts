// Wording for the header and key rules that stop a verification before any signature is checked, and for
// problems that only come out of async signing, export or verification (moved out of the first page load).
import type { Problem } from '../core/shared';

const CRIT_REASONS = {
  'not-a-list': 'it must be a list of header parameter names',
  empty: 'it must not be an empty list',
  'not-a-string': 'every entry must be a header parameter name (a string)',
  registered: 'it must not list parameters the JWS and JWA specifications define',
  absent: 'every name it lists must be present in the header',
  'b64-not-boolean': '"b64" must be true or false',
  'b64-not-critical': '"b64" must be listed in "crit" (RFC 7797 §6)',
} as const;

const CRYPTO_REASONS: Record<string, string> = {
  DataError: 'the key data is not valid for this algorithm',
  NotSupportedError: 'this browser does not support that key or algorithm',
  OperationError: 'the browser’s crypto operation failed',
  InvalidAccessError: 'the key may not be used for this operation',
  'invalid-key-data': 'the key data is not valid for this algorithm',
  'unsupported-alg': 'this algorithm is not supported',
  ERR_JOSE_NOT_SUPPORTED: 'this browser does not support that key or algorithm',
};

/**
 * Describes crit, b64, missing alg and JWK-limit problems, and the signing, export and JWS-structure problems
 * that only follow an async operation (so this wording loads after the first render); undefined for others.
 */
export function describeHardeningProblem(problem: Problem): string | undefined {
  switch (problem.code) {
    case 'crit-unknown':
      return `The header marks ${problem.names.map((n) => `"${n}"`).join(', ')} as critical, an extension this page does not understand, so the token must be rejected (RFC 7515 §4.1.11).`;
    case 'crit-invalid':
      return `The header's ${problem.reason.startsWith('b64') ? '"b64"' : '"crit"'} is malformed${problem.name && !problem.reason.startsWith('b64') ? ` ("${problem.name}")` : ''}: ${CRIT_REASONS[problem.reason]}. The token must be rejected (RFC 7515 §4.1.11).`;
    case 'alg-missing':
      return 'The header has no "alg", so nothing can be verified: a signature means nothing without its algorithm (RFC 7515 §4.1.1).';
    case 'jwk-forbids':
      return problem.member === 'alg'
        ? `The JWK says it is only for ${problem.value}, but the token uses ${problem.alg}: it may not verify this token.`
        : problem.member === 'use'
          ? `The JWK's "use" is "${problem.value}", not "sig": it may not verify signatures.`
          : `The JWK's "key_ops" are ${problem.value}, without "verify": it may not verify signatures.`;
    case 'key-not-private':
      return `This is a public ${problem.keyType} key; signing needs the private key.`;
    case 'rsa-size-unsupported':
      return `RSA keys of ${problem.bits} bits cannot be generated here; choose 2048, 3072 or 4096.`;
    case 'crit-extension':
      return `The header marks ${problem.names.map((n) => `"${n}"`).join(', ')} as critical; a recipient that does not understand it must reject the token.`;
    case 'jws-invalid':
      return `The token is not a valid JWS: ${problem.reason}`;
    case 'kid-not-in-jwks':
      return problem.available.length > 0
        ? `No key in the JWKS has kid “${problem.kid}”. Its kids are: ${problem.available.join(', ')}.`
        : `No key in the JWKS has kid “${problem.kid}”, and none of its keys has a kid.`;
    case 'crypto-operation-failed':
      return `Could not ${problem.operation} with this key: ${CRYPTO_REASONS[problem.reason] ?? problem.reason}.`;
    case 'token-not-decoded':
      return 'There is no decoded token to check.';
    case 'token-is-jwe':
      return 'This is an encrypted token (JWE); it has no signature to check.';
    case 'alg-none':
      return 'This token is unsecured (alg "none"): it has no signature, so anyone could have made it.';
    case 'alg-unsupported':
      return `The browser cannot check ${problem.alg} signatures.`;
    case 'signature-mismatch':
      return 'The signature does not match: the token was changed or signed with another key.';
    case 'signature-wrong-length':
      return `The signature is ${problem.actual} bytes, but ${problem.alg} signatures with this key are ${problem.expected} bytes.`;
    case 'secret-too-short':
      return `The secret is ${problem.bytes} bytes; ${problem.alg} should use at least ${problem.minBytes} (RFC 7518 §3.2).`;
    case 'rsa-key-too-short':
      return `This RSA key has only ${problem.bits} bits; at least ${problem.minBits} are required (RFC 7518 §3.3). Checked anyway.`;
    case 'jwk-alg-differs':
      return `The JWK says it is for ${problem.jwkAlg}, but the token uses ${problem.alg}.`;
    case 'key-use-not-sig':
      return `The JWK's "use" is "${problem.use}", not "sig".`;
    default:
      return undefined;
  }
}
