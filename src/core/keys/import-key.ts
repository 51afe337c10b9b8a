// Imports chosen key material for jose (CryptoKey or HMAC bytes), memoised per key input when it has a memo.

import { exportJWK, importJWK, importPKCS8, importSPKI, type JWK } from 'jose';
import { getJwsAlgorithm } from '../jws/algorithms';
import { decodeBase64url, encodeBase64url } from '../shared/base64url';
import { problemFromCryptoError } from '../shared/crypto-errors';
import { fail, ok, type Problem, type Result } from '../shared/problems';
import { loadOnce } from '../shared/load-once';
import { writePem } from './der';
import { selectKeys } from './select-key';
import type { ImportedKey, KeyMaterial, KeyPurpose, KeySide, ParsedKey, ParsedKeyInput } from './key-types';

// A JWK's own alg, use and key_ops (loaded on first use: keeps the first page load small). Once loaded, handed
// over without a task's wait (load-once.ts): it is on every paste's path to the verdict.
const loadJwkLimits = loadOnce(() => import('../hardening/jwk-limits'));

const PUBLIC_MEMBERS: Record<string, string[]> = {
  RSA: ['kty', 'n', 'e'],
  EC: ['kty', 'crv', 'x', 'y'],
  OKP: ['kty', 'crv', 'x'],
};
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi'];

const EC_FIELD_BYTES: Record<string, number> = { 'P-256': 32, 'P-384': 48, 'P-521': 66 };

/** Left-pads a base64url big-endian integer to `size` bytes. */
function padBase64url(value: string, size: number): string {
  const bytes = decodeBase64url(value);
  if (bytes.length >= size) return value;
  const padded = new Uint8Array(size);
  padded.set(bytes, size - bytes.length);
  return encodeBase64url(padded);
}

/**
 * The JWK members WebCrypto needs, without alg/use/key_ops/ext that could make import refuse a usage.
 * EC coordinates and `d` are left-padded to the field size: RFC 7518 §6.2.1.2 requires full length, but
 * PyJWT before 2.8 writes P-521 values without leading zero bytes, which Chromium rejects (Node accepts).
 */
export function minimalJwk(jwk: JWK, keepPrivate: boolean): JWK {
  const publicNames = Object.hasOwn(PUBLIC_MEMBERS, jwk.kty ?? '')
    ? PUBLIC_MEMBERS[jwk.kty ?? '']
    : undefined;
  const names = [...(publicNames ?? ['kty']), ...(keepPrivate ? PRIVATE_MEMBERS : [])];
  const out: Record<string, unknown> = {};
  for (const n of names)
    if ((jwk as Record<string, unknown>)[n] !== undefined) out[n] = (jwk as Record<string, unknown>)[n];
  const size =
    jwk.kty === 'EC' && Object.hasOwn(EC_FIELD_BYTES, jwk.crv ?? '')
      ? EC_FIELD_BYTES[jwk.crv ?? '']
      : undefined;
  if (size !== undefined) {
    for (const n of ['x', 'y', 'd']) if (typeof out[n] === 'string') out[n] = padBase64url(out[n], size);
  }
  return out as JWK;
}

/** Imports one key's material for `alg`: the public half or the private key. Throws on failure. */
async function importMaterial(
  material: KeyMaterial,
  alg: string,
  side: KeySide,
): Promise<CryptoKey | Uint8Array> {
  switch (material.type) {
    case 'secret':
      return material.bytes;
    case 'spki':
      return importSPKI(writePem('PUBLIC KEY', material.der), alg);
    case 'pkcs8': {
      const pem = writePem('PRIVATE KEY', material.der);
      if (side === 'private') return importPKCS8(pem, alg);
      // A private key verifies through its public half: WebCrypto's JWK export carries the public members.
      const privateKey = await importPKCS8(pem, alg, { extractable: true });
      return importJWK(minimalJwk(await exportJWK(privateKey), false), alg) as Promise<CryptoKey>;
    }
    case 'jwk':
      if (material.jwk.kty === 'oct') return decodeBase64url(material.jwk.k ?? '');
      return importJWK(minimalJwk(material.jwk, side === 'private'), alg) as Promise<CryptoKey>;
  }
}

/**
 * Imports key material for any jose alg, JWS or JWE (RSA-OAEP, ECDH-ES, A128KW…): the public key (or the
 * public half of a private key) for 'public', the private key for 'private'. Maps every throw to a Problem.
 * @example await importKeyMaterial(parsed.keys[0].material, 'RSA-OAEP-256', 'private')
 */
export async function importKeyMaterial(
  material: KeyMaterial,
  alg: string,
  side: KeySide,
): Promise<Result<CryptoKey | Uint8Array, Problem>> {
  try {
    const key = await importMaterial(material, alg, side);
    if (key instanceof Uint8Array && key.length === 0) return fail({ code: 'empty-secret' });
    return ok(key);
  } catch (e) {
    return fail(problemFromCryptoError(e, 'import'));
  }
}

/**
 * Imports one chosen key for an alg. Memoised on the key input's own `imports` memo (given to it by
 * parseKeyInput when the caller passed a KeyReadCache), by purpose, alg and JWKS entry; without one, each call
 * imports again.
 */
export function importParsedKey(
  input: ParsedKeyInput,
  key: ParsedKey,
  alg: string,
  purpose: KeyPurpose,
): Promise<Result<ImportedKey, Problem>> {
  const memo = input.imports;
  const cacheKey = `${purpose}\u0000${alg}\u0000${key.description.index ?? -1}`;
  const hit = memo?.get(cacheKey);
  if (hit) return hit;
  const pending = importKeyMaterial(key.material, alg, purpose === 'sign' ? 'private' : 'public').then(
    async (r): Promise<Result<ImportedKey, Problem>> => {
      if (!r.ok) return r;
      const material = purpose === 'verify' ? await hmacVerifyKey(r.value, alg) : ok(r.value);
      if (!material.ok) return material;
      const imported: ImportedKey = { key: material.value, description: key.description };
      if (key.description.kty === 'RSA' && key.description.bits !== undefined)
        imported.rsaBits = key.description.bits;
      return ok(imported);
    },
  );
  memo?.set(cacheKey, pending);
  return pending;
}

/**
 * A secret's bytes as an HMAC CryptoKey for verifying `alg`, imported once with the other cached keys: given
 * the bytes, jose would import them again on every verification. Anything else is returned as it is.
 */
async function hmacVerifyKey(
  key: CryptoKey | Uint8Array,
  alg: string,
): Promise<Result<CryptoKey | Uint8Array, Problem>> {
  const spec = getJwsAlgorithm(alg);
  if (!(key instanceof Uint8Array) || spec?.family !== 'hmac') return ok(key);
  const { hash } = spec;
  try {
    const bytes = key as Uint8Array<ArrayBuffer>;
    return ok(await crypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash }, false, ['verify']));
  } catch (e) {
    return fail(problemFromCryptoError(e, 'import'));
  }
}

/** Selects (by kid, alg, kty, crv) and imports every candidate key for verifying a token with `alg`. */
export async function importVerificationKeys(
  input: ParsedKeyInput,
  alg: string,
  header: { kid?: unknown } = {},
): Promise<Result<ImportedKey[], Problem>> {
  const { withinJwkLimits } = await loadJwkLimits();
  const selected = withinJwkLimits(selectKeys(input, alg, header, 'verify'), alg, 'verify');
  if (!selected.ok) return selected;
  const out: ImportedKey[] = [];
  let firstProblem: Problem | undefined;
  for (const key of selected.value) {
    const r = await importParsedKey(input, key, alg, 'verify');
    if (r.ok) out.push(r.value);
    else firstProblem ??= r.problem;
  }
  if (out.length === 0 && firstProblem) return fail(firstProblem);
  return ok(out);
}

/** The private key (or secret) that signs with `alg`; `key-not-private` for a public key. */
export async function importSigningKey(
  input: ParsedKeyInput,
  alg: string,
  header: { kid?: unknown } = {},
): Promise<Result<ImportedKey, Problem>> {
  const { withinJwkLimits } = await loadJwkLimits();
  const selected = withinJwkLimits(selectKeys(input, alg, header, 'sign'), alg, 'sign');
  if (!selected.ok) return selected;
  const [key] = selected.value;
  if (!key) return fail({ code: 'jwks-empty' });
  return importParsedKey(input, key, alg, 'sign');
}
