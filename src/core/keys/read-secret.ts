// Reads a pasted secret: its text as bytes in the chosen encoding, with hints when it looks encoded.

import { decodeBase64, decodeBase64url, decodeHex, utf8Encode } from '../shared/base64url';
import { fail, ok, type KeyProblem, type Problem, type Result } from '../shared/problems';
import { trimTrailing } from '../shared/text-scan';
import type { KeyMaterial, ParsedKey, SecretEncoding } from './key-types';

const BASE64URL_SHAPE = /^[A-Za-z0-9_-]+$/;
const BASE64_SHAPE = /^[A-Za-z0-9+/]+={0,2}$/;
const HEX_SHAPE = /^(?:[0-9a-fA-F]{2})+$/;

/** Heuristic: random bytes in base64 have upper and lower case and digits; words with dashes do not. */
function looksEncoded(secret: string): 'base64url' | 'base64' | 'hex' | undefined {
  if (secret.length >= 32 && HEX_SHAPE.test(secret) && /\d/.test(secret) && /[a-f]/i.test(secret))
    return 'hex';
  if (secret.length < 16 || secret.length % 4 === 1) return undefined;
  const mixed = /[A-Z]/.test(secret) && /[a-z]/.test(secret) && /\d/.test(secret);
  if (!mixed) return undefined;
  if (BASE64URL_SHAPE.test(secret)) return /[+/=]/.test(secret) ? 'base64' : 'base64url';
  if (BASE64_SHAPE.test(secret) && secret.length % 4 === 0) return 'base64';
  return undefined;
}

export function readSecret(
  text: string,
  trimmed: string,
  encoding: SecretEncoding,
): Result<{ key: ParsedKey; hints: Problem[] }, KeyProblem> {
  const hints: Problem[] = [];
  let bytes: Uint8Array;
  if (encoding === 'utf8') {
    // Surrounding whitespace is almost always paste noise; it is dropped and the user is told.
    if (trimmed !== text) hints.push({ code: 'secret-has-whitespace' });
    bytes = utf8Encode(trimmed);
    const suggested = looksEncoded(trimmed);
    if (suggested) hints.push({ code: 'secret-looks-base64', suggested });
  } else {
    const compact = trimmed.replace(/\s+/g, '');
    try {
      if (encoding === 'hex') bytes = decodeHex(compact);
      else if (encoding === 'base64') bytes = decodeBase64(compact);
      else bytes = decodeBase64url(trimTrailing(compact, '='));
    } catch {
      return fail({ code: 'secret-not-encoded', encoding });
    }
  }
  if (bytes.length === 0) return fail({ code: 'empty-secret' });
  return ok({
    key: {
      description: { format: 'secret', kty: 'oct', visibility: 'secret', bits: bytes.length * 8, encoding },
      material: { type: 'secret', bytes },
    },
    hints,
  });
}

/** The bytes of a symmetric key read from the key box: a secret, or a JWK's `k`; undefined for any other key. */
export function secretBytesOf(material: KeyMaterial): Uint8Array | undefined {
  if (material.type === 'secret') return material.bytes;
  if (material.type === 'jwk' && typeof material.jwk.k === 'string') {
    try {
      return decodeBase64url(material.jwk.k);
    } catch {
      return undefined;
    }
  }
  return undefined;
}
