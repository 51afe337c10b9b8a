// OIDC hash claims: at_hash (OIDC Core §3.1.3.6) and c_hash (§3.3.2.11) computed with WebCrypto and compared.

import { encodeBase64url } from '../shared/base64url';

export type HashClaimName = 'at_hash' | 'c_hash';

export type HashCheck =
  /** Nothing typed in the field yet. */
  | { state: 'empty' }
  /** The token has no such claim to compare with. */
  | { state: 'absent' }
  /** The alg names no hash WebCrypto has (e.g. Ed448, whose hash is SHAKE256), or no hash at all. */
  | { state: 'unsupported'; alg: string }
  | { state: 'ok'; computed: string; hash: string }
  | { state: 'mismatch'; computed: string; expected: string; hash: string };

/**
 * The hash an alg implies for at_hash / c_hash: the one its signature uses (RS256 → SHA-256, ES384 →
 * SHA-384, …). For EdDSA / Ed25519 this follows the OpenID Connect Core errata and common practice:
 * SHA-512 (Ed25519 hashes with SHA-512 inside). Ed448 would need SHAKE256, which WebCrypto lacks.
 */
export function hashForAlg(alg: string): 'SHA-256' | 'SHA-384' | 'SHA-512' | undefined {
  if (alg === 'EdDSA' || alg === 'Ed25519') return 'SHA-512';
  if (alg === 'ES256K') return 'SHA-256';
  const m = /^(?:HS|RS|PS|ES)(256|384|512)$/.exec(alg);
  return m ? (`SHA-${m[1]}` as 'SHA-256' | 'SHA-384' | 'SHA-512') : undefined;
}

/** base64url of the left-most half of the hash of the ASCII octets of value. */
export async function computeHashClaim(
  value: string,
  hash: 'SHA-256' | 'SHA-384' | 'SHA-512',
): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest(hash, new TextEncoder().encode(value)));
  return encodeBase64url(digest.subarray(0, digest.length / 2));
}

/** Checks an access token against at_hash, or an authorization code against c_hash, with the token's alg. */
export async function checkHashClaim(claim: unknown, value: string, alg: unknown): Promise<HashCheck> {
  const typed = value.trim();
  if (typed === '') return { state: 'empty' };
  if (typeof claim !== 'string') return { state: 'absent' };
  const hash = typeof alg === 'string' ? hashForAlg(alg) : undefined;
  if (!hash) return { state: 'unsupported', alg: String(alg) };
  const computed = await computeHashClaim(typed, hash);
  return computed === claim
    ? { state: 'ok', computed, hash }
    : { state: 'mismatch', computed, expected: claim, hash };
}
