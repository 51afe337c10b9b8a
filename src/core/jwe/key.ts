// Keys for a JWE: keys/ reads the box (secret, PEM incl. PKCS#1/SEC1, JWK, JWKS); here only the JWE-specific checks.

import { utf8Encode } from '../shared/base64url';
import { fail, ok, type JweKeyKind, type JweProblem, type Result } from '../shared/problems';
import {
  importKeyMaterial,
  parseKeyInput,
  secretBytesOf,
  selectKeysFor,
  type KeyDescription,
  type SecretEncoding,
} from '../keys/keys';
import { getJweKeyKind, getJweSecretLength, type JweAlg, type JweEnc } from './registry';

type KeyUse = 'decrypt' | 'encrypt';

const ECDH_CURVES = new Set(['P-256', 'P-384', 'P-521', 'X25519']);

function keyKindOf(description: KeyDescription): JweKeyKind | undefined {
  switch (description.kty) {
    case 'oct':
      return 'secret';
    case 'RSA':
      return 'rsa';
    case 'EC':
    case 'OKP':
      return ECDH_CURVES.has(description.curve ?? '') ? 'ec-or-okp' : undefined;
    default:
      return undefined;
  }
}

function nameKey(description: KeyDescription): string {
  if (description.format === 'secret') return 'secret';
  const kty = description.kty ?? 'unknown';
  return description.curve ? `${kty} ${description.curve}` : kty;
}

function checkSecretLength(bytes: Uint8Array, alg: JweAlg, enc: JweEnc): JweProblem | undefined {
  const expected = getJweSecretLength(alg, enc);
  if (expected !== undefined && bytes.length !== expected) {
    return { code: 'jwe-key-wrong-length', alg, enc, expectedBytes: expected, actualBytes: bytes.length };
  }
  return undefined;
}

export interface ReadJweKeyOptions {
  use: KeyUse;
  encoding?: SecretEncoding;
  /** The token's `kid`, to pick a key from a JWKS. */
  kid?: string;
}

/** A key ready for jose, with the `kid` of the key chosen (for the header when encrypting). */
export interface JweKey {
  key: CryptoKey | Uint8Array;
  kid?: string;
}

/**
 * Reads the key box for a JWE algorithm: a password (PBES2), or anything keys.ts reads (secret, PEM, JWK,
 * JWKS picked by kid), then checks the key kind fits the alg, a secret's length, and that decrypting has a private key.
 */
export async function readJweKey(
  keyText: string,
  alg: JweAlg,
  enc: JweEnc,
  { use, encoding = 'utf8', kid }: ReadJweKeyOptions,
): Promise<Result<JweKey>> {
  const expected = getJweKeyKind(alg);
  // PBES2 takes the box's text as the password, byte for byte (RFC 7518 §4.8.1.1: it is UTF-8 octets).
  if (expected === 'password') {
    return keyText === '' ? fail({ code: 'empty-secret' }) : ok({ key: utf8Encode(keyText) });
  }
  const reading = parseKeyInput(keyText, encoding);
  if (reading.state === 'empty') return fail({ code: 'empty-secret' });
  if (reading.state === 'error') return fail(reading.problem);
  // The same selection as a JWS's (kid, alg, use 'enc', key type): a key that does not fit is never used.
  const selected = selectKeysFor(reading.value, {
    alg,
    use: 'enc',
    kid,
    misfit: (d): JweProblem | undefined =>
      keyKindOf(d) === expected
        ? undefined
        : { code: 'jwe-key-wrong-type', alg, expected, found: nameKey(d) },
    purpose: 'verify',
  });
  if (!selected.ok) {
    const { problem } = selected;
    return fail(problem.code === 'jwe-key-wrong-type' ? problem : { code: 'jwe-no-matching-key', kid });
  }
  const chosen = selected.value[0]!;
  const { description } = chosen;
  const found = description.kid !== undefined ? { kid: description.kid } : {};
  if (expected === 'secret') {
    const bytes = secretBytesOf(chosen.material);
    if (!bytes) return fail({ code: 'empty-secret' });
    const lengthProblem = checkSecretLength(bytes, alg, enc);
    return lengthProblem ? fail(lengthProblem) : ok({ key: bytes, ...found });
  }
  if (use === 'decrypt' && description.visibility !== 'private') return fail({ code: 'jwe-key-not-private' });
  // Decrypting needs the private key; encrypting uses the public key (or a private key's public half).
  const imported = await importKeyMaterial(chosen.material, alg, use === 'decrypt' ? 'private' : 'public');
  return imported.ok ? ok({ key: imported.value, ...found }) : imported;
}
