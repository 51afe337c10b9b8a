// Human wording for key, signature and signing problems, and the key-status line.

import type { KeyDescription, KeyFormat, SecretEncoding } from '../core/keys';
import type { JwksKeySummary, Problem } from '../core/shared';

// Wording for problems that only come out of async verification, signing or export, loaded just after the
// first render; useHardeningWords (features/hardening) renders the app again once it is in.
let describeHardening: ((problem: Problem) => string | undefined) | undefined;
export const hardeningWordsLoaded = import('./describe-hardening').then((m) => {
  describeHardening = m.describeHardeningProblem;
});

const KEY_TYPE_NAMES: Record<string, string> = {
  oct: 'an HMAC secret',
  RSA: 'an RSA key',
  EC: 'an EC key',
  OKP: 'an OKP (Edwards/Montgomery curve) key',
  AKP: 'an AKP (ML-DSA) key',
  unknown: 'a key of an unknown type',
};

/** What an alg needs, in words: "an EC P-256 key". */
function neededKey(expected: string, alg: string): string {
  switch (expected) {
    case 'oct':
      return 'a shared secret';
    case 'RSA':
      return 'an RSA key';
    case 'EC':
      return `an EC ${{ ES256: 'P-256', ES384: 'P-384', ES512: 'P-521', ES256K: 'secp256k1' }[alg] ?? ''} key`.replace(
        '  ',
        ' ',
      );
    case 'OKP':
      return alg === 'Ed448' ? 'an Ed448 key' : 'an Ed25519 key';
    case 'AKP':
      return `an AKP key for ${alg}`;
    default:
      return `a ${expected} key`;
  }
}

const ENCODING_NAMES: Record<SecretEncoding, string> = {
  utf8: 'UTF-8 text',
  base64url: 'base64url',
  base64: 'base64',
  hex: 'hex',
};

const summarise = (k: JwksKeySummary): string =>
  [k.kid ? `kid ${k.kid}` : 'no kid', k.kty, k.crv, k.alg, k.use && `use ${k.use}`].filter(Boolean).join(' ');

/** A sentence for a key, signature or signing problem; undefined for codes owned by other modules. */
export function describeKeyProblem(problem: Problem): string | undefined {
  switch (problem.code) {
    case 'empty-secret':
      return 'The secret is empty. Enter the shared secret the token was signed with.';
    case 'secret-not-encoded':
      return `The secret is not valid ${ENCODING_NAMES[problem.encoding]}. Check the text or choose another secret encoding.`;
    case 'pem-unreadable':
      if (problem.reason === 'no-block') return 'The PEM has a BEGIN line but no matching END line.';
      if (problem.reason === 'bad-base64') {
        return `The body of the ${problem.label ?? 'PEM'} block is not valid base64; part of it may be missing.`;
      }
      return `The ${problem.label ?? 'PEM'} block could not be read as a key; it may be truncated or of another kind.`;
    case 'pem-encrypted':
      return 'This private key is encrypted with a password. Decrypt it first (openssl pkey -in key.pem) and paste the result.';
    case 'pem-unsupported':
      return `A “${problem.label}” block is not a key this debugger can use. Paste a PUBLIC KEY, PRIVATE KEY, RSA/EC key or CERTIFICATE.`;
    case 'key-type-unsupported':
      return `This is a ${problem.algorithm} key; JWTs are signed with RSA, EC, Ed25519 or Ed448 keys or a secret.`;
    case 'jwk-unreadable':
      switch (problem.reason) {
        case 'not-json':
          return `The key looks like JSON but does not parse${problem.detail ? `: ${problem.detail}` : '.'}`;
        case 'not-object':
          return 'The JSON is not a JWK object or a JWKS {"keys": […]}.';
        case 'missing-kty':
          return 'The JWK has no "kty" member, so its key type is unknown.';
        case 'unknown-kty':
          return `The JWK's "kty" is "${problem.kty ?? ''}"; expected "RSA", "EC", "OKP", "AKP" or "oct".`;
        case 'missing-member':
          return `The ${problem.kty ?? ''} JWK lacks its "${problem.member ?? ''}" member.`;
        case 'bad-member':
          return `The JWK's "${problem.member ?? 'key'}" member is not valid base64url.`;
      }
      return 'The JWK could not be read.';
    case 'jwks-empty':
      return 'The JWKS has no keys this debugger can read.';
    case 'alg-key-mismatch':
      return `This is ${KEY_TYPE_NAMES[problem.keyType] ?? `a ${problem.keyType} key`}, but ${problem.alg} needs ${neededKey(problem.expected, problem.alg)}.`;
    case 'curve-mismatch':
      if (problem.expected.startsWith('ML-DSA-'))
        return `This key is an ${problem.curve} key, but the token's alg is ${problem.alg}.`;
      return `This key is on curve ${problem.curve}, but ${problem.alg} needs ${problem.expected}.`;
    case 'no-matching-key':
      return `No key in the JWKS fits ${problem.alg}${problem.kid ? ` with kid “${problem.kid}”` : ''}. It holds: ${problem.available.map(summarise).join('; ') || 'nothing usable'}.`;
    case 'secret-looks-base64':
      return `This secret looks ${ENCODING_NAMES[problem.suggested]}-encoded but is read as UTF-8 text. If it was issued encoded, choose “${ENCODING_NAMES[problem.suggested]}”.`;
    case 'secret-has-whitespace':
      return 'Spaces or line breaks around the secret were ignored.';
    case 'jwks-entry-skipped':
      return `Key ${problem.index + 1} of the JWKS could not be read and was skipped.`;
    case 'no-key':
      return 'There is no key to sign with. Paste a secret, a private key, or generate one.';
    default:
      return describeHardening?.(problem);
  }
}

const FORMAT_NAMES: Record<KeyFormat, string> = {
  secret: 'secret',
  'pem-spki': 'SPKI PEM',
  'pem-pkcs8': 'PKCS#8 PEM',
  'pem-pkcs1-public': 'PKCS#1 PEM',
  'pem-pkcs1-private': 'PKCS#1 PEM',
  'pem-sec1': 'SEC1 PEM',
  'pem-x509': 'X.509 certificate',
  jwk: 'JWK',
  jwks: 'JWKS',
};

/** The key-status line, e.g. "RSA 2048-bit public key · PKCS#1 PEM · kid abc". */
export function describeKey(d: KeyDescription): string {
  if (d.format === 'jwks') {
    const keys = d.keys ?? [];
    const kids = keys.flatMap((k) => (k.kid ? [k.kid] : []));
    return `JWKS with ${keys.length} key${keys.length === 1 ? '' : 's'}${kids.length ? ` · kids ${kids.join(', ')}` : ''}`;
  }
  if (d.format === 'secret') {
    return `${(d.bits ?? 0) / 8}-byte secret · ${ENCODING_NAMES[d.encoding ?? 'utf8']}`;
  }
  const size =
    d.kty === 'oct'
      ? `${(d.bits ?? 0) / 8}-byte secret`
      : [
          d.kty === 'OKP' ? undefined : d.kty,
          d.bits ? `${d.bits}-bit` : undefined,
          d.curve,
          `${d.visibility ?? ''} key`,
        ]
          .filter(Boolean)
          .join(' ');
  const parts = [size, d.index === undefined ? FORMAT_NAMES[d.format] : `JWKS key ${d.index + 1}`];
  if (d.kid) parts.push(`kid ${d.kid}`);
  if (d.alg) parts.push(`for ${d.alg}`);
  if (d.certificate) {
    const c = d.certificate;
    parts.push(
      `subject ${c.subject}`,
      `issuer ${c.issuer}`,
      `valid ${c.notBefore.slice(0, 10)} to ${c.notAfter.slice(0, 10)}`,
    );
  }
  return parts.join(' · ');
}
