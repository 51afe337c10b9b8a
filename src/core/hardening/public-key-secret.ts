// Public-key material that is not armoured, pasted as an HMAC secret: the bare base64 of an SPKI key (what
// Keycloak's admin page shows), DER bytes read as base64, a certificate's base64, or a JSON array of JWKs.
// Anyone has these bytes, so a token "verified" with them proves nothing (RFC 8725 §3.1).

import { decodeBase64, decodeBase64url } from '../shared/base64url';
import { readSpkiFacts } from '../keys/der';
import { parseJsonWithin } from '../shared/json';
import { readCertificate } from '../keys/x509';

export type BarePublicKeyFormat = 'spki-base64' | 'certificate-base64' | 'jwk-array';

// Keys and certificates are a few hundred bytes to a few kilobytes; longer text is not worth decoding.
const MAX_TEXT = 64 * 1024;

function readDerKind(der: Uint8Array): BarePublicKeyFormat | undefined {
  if (der.length < 32 || der[0] !== 0x30) return undefined;
  try {
    const facts = readSpkiFacts(der);
    if (facts.kty !== 'unknown') return 'spki-base64';
  } catch {
    // not SPKI
  }
  try {
    readCertificate(der);
    return 'certificate-base64';
  } catch {
    return undefined;
  }
}

function decodeEither(text: string): Uint8Array | undefined {
  try {
    return decodeBase64(text);
  } catch {
    try {
      return decodeBase64url(text);
    } catch {
      return undefined;
    }
  }
}

/**
 * Names the public-key form of a secret's text or bytes when it is not armoured (no PEM lines, no JWK
 * object), or undefined for an ordinary secret. Never throws.
 */
export function detectBarePublicKey(
  text: string | undefined,
  bytes: Uint8Array | undefined,
): BarePublicKeyFormat | undefined {
  if (bytes && bytes.length <= MAX_TEXT) {
    const fromBytes = readDerKind(bytes);
    if (fromBytes) return fromBytes;
  }
  if (text === undefined || text.length > MAX_TEXT) return undefined;
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    const parsed = parseJsonWithin(trimmed);
    const value = 'value' in parsed ? parsed.value : undefined;
    const isJwk = (v: unknown) =>
      typeof v === 'object' && v !== null && typeof (v as { kty?: unknown }).kty === 'string';
    return Array.isArray(value) && value.some(isJwk) ? 'jwk-array' : undefined;
  }
  const compact = trimmed.replace(/\s/g, '');
  if (compact.length < 44 || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(compact)) return undefined;
  const der = decodeEither(compact);
  return der ? readDerKind(der) : undefined;
}
