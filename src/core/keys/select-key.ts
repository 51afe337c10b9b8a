// Chooses the keys worth trying for an alg (kid, alg, use, key type and curve), and warns about a chosen key.

import { getJwsAlgorithm, MIN_RSA_BITS, type JwsAlgorithm } from '../jws/algorithms';
import {
  fail,
  ok,
  type JwksKeySummary,
  type KeyProblem,
  type Problem,
  type Result,
} from '../shared/problems';
import type { KeyDescription, KeyInputReading, KeyPurpose, ParsedKey, ParsedKeyInput } from './key-types';

const EDDSA_NAMES = new Set(['EdDSA', 'Ed25519', 'Ed448']);

/**
 * True when a JWK stating `jwkAlg` may serve `alg`: the same name, or EdDSA under its polymorphic name and an
 * RFC 9864 fully-specified one (an Ed448 JWK says `EdDSA`, and EdDSA over Ed448 is chosen by `Ed448`'s rules).
 * The key's curve is checked on its own.
 */
export function jwkAlgFits(jwkAlg: string, alg: string): boolean {
  return (
    jwkAlg === alg ||
    (EDDSA_NAMES.has(jwkAlg) && EDDSA_NAMES.has(alg) && (jwkAlg === 'EdDSA' || alg === 'EdDSA'))
  );
}

/** Why a key cannot serve `alg`, or undefined when it fits (type and curve only). */
export function checkKeyFitsAlg(
  description: KeyDescription,
  algorithm: JwsAlgorithm,
): KeyProblem | undefined {
  const kty = description.kty ?? 'unknown';
  if (kty !== algorithm.kty) {
    return { code: 'alg-key-mismatch', alg: algorithm.alg, keyType: kty, expected: algorithm.kty };
  }
  if (algorithm.curve && description.curve !== algorithm.curve) {
    return {
      code: 'curve-mismatch',
      alg: algorithm.alg,
      curve: description.curve ?? 'unknown',
      expected: algorithm.curve,
    };
  }
  return undefined;
}

const summarise = (d: KeyDescription): JwksKeySummary => {
  const s: JwksKeySummary = {};
  if (d.kid !== undefined) s.kid = d.kid;
  if (d.kty !== undefined) s.kty = d.kty;
  if (d.alg !== undefined) s.alg = d.alg;
  if (d.curve !== undefined) s.crv = d.curve;
  if (d.use !== undefined) s.use = d.use;
  return s;
};

/**
 * The keys worth trying for a token: the one key, or the JWKS entries that fit the header's kid, alg, kty
 * and crv (the rules of jose's createLocalJWKSet, plus oct keys). Several candidates mean: try each.
 */
export function selectKeys(
  input: ParsedKeyInput,
  alg: string,
  header: { kid?: unknown } = {},
  purpose: KeyPurpose = 'verify',
): Result<ParsedKey[], KeyProblem> {
  const algorithm = getJwsAlgorithm(alg);
  if (!algorithm)
    return fail({ code: 'crypto-operation-failed', operation: 'import', reason: 'unsupported-alg' });
  return selectKeysFor(input, {
    alg,
    use: 'sig',
    kid: typeof header.kid === 'string' ? header.kid : undefined,
    misfit: (d) => checkKeyFitsAlg(d, algorithm),
    purpose,
  });
}

export interface KeySelection<P> {
  alg: string;
  /** A JWK's `use` must be this when it has one: 'sig' for a JWS, 'enc' for a JWE. */
  use: 'sig' | 'enc';
  /** The token's kid, which picks among a JWKS's keys. */
  kid: string | undefined;
  /** Why a key's type cannot serve the alg, or undefined when it can. */
  misfit: (description: KeyDescription) => P | undefined;
  purpose: KeyPurpose;
}

/** The one key selection for a JWS (selectKeys) and a JWE (jwe's readJweKey): kid, alg, use and key type. */
export function selectKeysFor<P>(
  input: ParsedKeyInput,
  { alg, use, kid, misfit, purpose }: KeySelection<P>,
): Result<ParsedKey[], KeyProblem | P> {
  const single = input.description.format !== 'jwks';
  if (single) {
    const [key] = input.keys;
    if (!key) return fail({ code: 'jwks-empty' });
    const problem = misfit(key.description);
    if (problem) return fail(problem);
    if (purpose === 'sign' && key.description.visibility === 'public') {
      return fail({ code: 'key-not-private', keyType: key.description.kty ?? 'unknown' });
    }
    return ok([key]);
  }
  let pool = input.keys;
  if (kid !== undefined) {
    pool = pool.filter((k) => k.description.kid === kid);
    if (pool.length === 0) {
      const available = input.keys.flatMap((k) =>
        k.description.kid === undefined ? [] : [k.description.kid],
      );
      return fail({ code: 'kid-not-in-jwks', kid, available });
    }
  }
  const fits = pool.filter((k) => {
    const d = k.description;
    if (misfit(d)) return false;
    if (d.alg !== undefined && !jwkAlgFits(d.alg, alg)) return false;
    if (d.use !== undefined && d.use !== use) return false;
    if (purpose === 'sign' && d.visibility === 'public') return false;
    return true;
  });
  if (fits.length > 0) return ok(fits);
  // A kid that names exactly one key deserves the specific reason that key does not fit.
  const [only] = pool;
  if (kid !== undefined && pool.length === 1 && only) {
    const problem = misfit(only.description);
    if (problem) return fail(problem);
    if (purpose === 'sign' && only.description.visibility === 'public') {
      return fail({ code: 'key-not-private', keyType: only.description.kty ?? 'unknown' });
    }
  }
  const noMatch: KeyProblem = {
    code: 'no-matching-key',
    alg,
    available: input.keys.map((k) => summarise(k.description)),
  };
  if (kid !== undefined) noMatch.kid = kid;
  return fail(noMatch);
}

/** Warnings about a chosen key for an alg: short secret or modulus, a JWK alg or use that differ. */
export function keyWarnings(d: KeyDescription, algorithm: JwsAlgorithm): Problem[] {
  const out: Problem[] = [];
  if (algorithm.family === 'hmac' && d.bits !== undefined && algorithm.minSecretBytes !== undefined) {
    const bytes = d.bits / 8;
    // RFC 7518 §3.2: a key of the same size as the hash output or larger MUST be used.
    if (bytes < algorithm.minSecretBytes) {
      out.push({ code: 'secret-too-short', alg: algorithm.alg, bytes, minBytes: algorithm.minSecretBytes });
    }
  }
  if (d.kty === 'RSA' && d.bits !== undefined && d.bits < MIN_RSA_BITS) {
    out.push({ code: 'rsa-key-too-short', bits: d.bits, minBits: MIN_RSA_BITS });
  }
  if (d.alg !== undefined && !jwkAlgFits(d.alg, algorithm.alg) && d.index === undefined) {
    out.push({ code: 'jwk-alg-differs', alg: algorithm.alg, jwkAlg: d.alg });
  }
  if (d.use !== undefined && d.use !== 'sig' && d.index === undefined)
    out.push({ code: 'key-use-not-sig', use: d.use });
  return out;
}

/** True when the key box holds a key that can sign `alg`: a secret, a private key, or a fitting private JWKS entry. */
export function canSign(reading: KeyInputReading, alg: string, header: { kid?: unknown } = {}): boolean {
  return reading.state === 'ok' && selectKeys(reading.value, alg, header, 'sign').ok;
}
