// Key discovery's key sets: what a JWK Set looks like and which of its keys fits the token.

import type { JsonObject } from '../token/token';

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when the value has the shape of a JWK Set (RFC 7517 §5): `keys`, an array of objects with `kty`. */
export function isJwks(value: unknown): value is { keys: JsonObject[] } {
  return (
    isObject(value) &&
    Array.isArray(value.keys) &&
    value.keys.every((key) => isObject(key) && typeof key.kty === 'string')
  );
}

function keyTypeForAlg(alg: string | undefined): string | undefined {
  if (!alg) return undefined;
  if (/^(RS|PS)\d+$/.test(alg)) return 'RSA';
  if (/^ES\d+K?$/.test(alg)) return 'EC';
  if (alg === 'EdDSA' || alg === 'Ed25519' || alg === 'Ed448') return 'OKP';
  if (/^HS\d+$/.test(alg)) return 'oct';
  if (alg.startsWith('ML-DSA')) return 'AKP';
  return undefined;
}

function fitsAlg(key: JsonObject, alg: string | undefined): boolean {
  if (key.use !== undefined && key.use !== 'sig') return false;
  if (alg !== undefined && typeof key.alg === 'string' && key.alg !== alg) return false;
  const kty = keyTypeForAlg(alg);
  return kty === undefined || key.kty === kty;
}

/**
 * Picks the key for a token from a key set: by `kid` when the header has one, else the only key that fits `alg`.
 * `ambiguous` means several keys fit and none is named, so each must be tried.
 */
export function selectJwk(
  keys: JsonObject[],
  kid: string | undefined,
  alg: string | undefined,
): { key?: JsonObject; ambiguous: boolean } {
  if (kid !== undefined) {
    const named = keys.filter((key) => key.kid === kid);
    const key = named.find((k) => fitsAlg(k, alg)) ?? named[0];
    return { key, ambiguous: false };
  }
  const fitting = keys.filter((key) => fitsAlg(key, alg));
  if (fitting.length === 1) return { key: fitting[0], ambiguous: false };
  return { ambiguous: fitting.length > 1 };
}
