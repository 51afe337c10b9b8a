// PyJWT 2.6.0 (Debian bookworm's python3-jwt): jwt.decode's order of checks, from api_jws.py and api_jwt.py.

import { oneOrMany, pyList, quotePython } from '../snippets/literals';
import { hasHeaderExtension, isPythonTruthy, startCase, withShaSizes, type VerdictMaker } from './shared';
import { isPlainObject } from './token-facts';
import type { LibraryCase, LibraryVerdict } from './types';

export const PYJWT_VERSION = '2.6.0';

// get_default_algorithms() with cryptography installed.
const PYJWT_ALGORITHMS = new Set([
  'none',
  ...withShaSizes('HS', 'RS', 'PS', 'ES'),
  'ES256K',
  'ES521',
  'EdDSA',
]);

const pyOneOrMany = (values: string[]) => oneOrMany(values, quotePython, pyList);

/** The jwt.decode call, with the page's options under PyJWT's names (it has no subject, typ or max age). */
export function pyjwtCall(c: LibraryCase, algorithms: string[]): string {
  const o = c.options;
  const args = ['token', 'key', `algorithms=${pyList(algorithms)}`];
  if (o.audience.length > 0) args.push(`audience=${pyOneOrMany(o.audience)}`);
  if (o.issuer.length > 0) args.push(`issuer=${pyOneOrMany(o.issuer)}`);
  if (o.clockTolerance > 0) args.push(`leeway=${o.clockTolerance}`);
  if (o.requiredClaims.length > 0) args.push(`options={"require": ${pyList(o.requiredClaims)}}`);
  return `jwt.decode(${args.join(', ')})`;
}

/**
 * Python's int(value) for a JSON value: the integer, `value-error` when int() raises ValueError (PyJWT turns
 * that into its own error), or undefined when it raises something else or the case is not modelled.
 */
function readPythonInt(value: unknown): number | 'value-error' | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : undefined;
  if (typeof value !== 'string') return undefined;
  if (/^[+-]?\d+$/.test(value)) return Number(value);
  // int() also takes surrounding whitespace, underscores and non-ASCII digits: not modelled.
  if (/[\s_]/.test(value) || /[^\x20-\x7e]/.test(value)) return undefined;
  return 'value-error';
}

/** JSON text Python's json.loads reads but JavaScript's JSON.parse does not (NaN, Infinity). */
const pythonOnlyJson = (text: string | undefined) => text !== undefined && /NaN|Infinity/.test(text);

/** What PyJWT 2.6.0's jwt.decode would do with this token, key and options. */
export function judgeWithPyjwt(c: LibraryCase): LibraryVerdict {
  const { facts, algorithms, v } = startCase(c, 'pyjwt', PYJWT_VERSION, pyjwtCall);
  if (!c.key) return v.unknown('no-key');
  // decode_complete refuses an empty algorithms list before reading the token.
  if (algorithms.length === 0) return v.reject('DecodeError');
  // _load: token.rsplit('.', 1) then split('.', 1): fewer than two dots cannot be unpacked.
  if (facts.parts.length < 3) return v.reject('DecodeError');
  if (facts.parts.length > 3 || !facts.segmentsPlain) return v.unknown('token-unusual');
  if (!facts.header.json)
    return pythonOnlyJson(facts.header.text) ? v.unknown('token-unusual') : v.reject('DecodeError');
  const header = facts.header.value;
  if (!isPlainObject(header)) return v.reject('DecodeError');
  if (hasHeaderExtension(header)) return v.unknown('header-extension');

  // _verify_signature: the alg must be listed and implemented, then the key prepared, then the signature.
  const alg = header.alg;
  if (typeof alg !== 'string' || alg === '' || !algorithms.includes(alg))
    return v.reject('InvalidAlgorithmError');
  if (!PYJWT_ALGORITHMS.has(alg)) return v.reject('InvalidAlgorithmError');
  // NoneAlgorithm.prepare_key: any key but None is refused.
  if (alg === 'none') return v.reject('InvalidKeyError');
  if (alg.startsWith('HS') && c.key.kind === 'secret') {
    if (c.key.pyjwtRefuses === undefined) return v.unknown('key-unsupported');
    if (c.key.pyjwtRefuses) return v.reject('InvalidKeyError');
  }
  if (c.signature === 'not-checked') return v.unknown('key-not-checked');
  if (c.signature !== 'valid') return v.reject('InvalidSignatureError');

  // api_jwt.decode_complete: the payload is parsed only after the signature.
  if (!facts.payload.json) {
    if (!facts.payload.utf8 || pythonOnlyJson(facts.payload.text)) return v.unknown('token-unusual');
    return v.reject('DecodeError');
  }
  const claims = facts.payload.value;
  if (!isPlainObject(claims)) return v.reject('DecodeError');
  return validateClaims(claims, c, v);
}

/** PyJWT._validate_claims: require, iat, nbf, exp, iss, aud, in that order. */
function validateClaims(claims: Record<string, unknown>, c: LibraryCase, v: VerdictMaker): LibraryVerdict {
  const { options, now } = c;
  const leeway = options.clockTolerance;
  for (const claim of options.requiredClaims) {
    // payload.get(claim) is None: a null value counts as missing.
    if (claims[claim] === undefined || claims[claim] === null) return v.reject('MissingRequiredClaimError');
  }
  // iat: int(iat) must work, then the raw value is compared (2.6.0 refuses an iat in the future).
  if (Object.hasOwn(claims, 'iat')) {
    const iat = readPythonInt(claims.iat);
    if (iat === 'value-error') return v.reject('InvalidIssuedAtError');
    if (iat === undefined || typeof claims.iat !== 'number') return v.unknown('claim-type');
    if (claims.iat > now + leeway) return v.reject('ImmatureSignatureError');
  }
  if (Object.hasOwn(claims, 'nbf')) {
    const nbf = readPythonInt(claims.nbf);
    if (nbf === 'value-error') return v.reject('DecodeError');
    if (nbf === undefined) return v.unknown('claim-type');
    if (nbf > now + leeway) return v.reject('ImmatureSignatureError');
  }
  if (Object.hasOwn(claims, 'exp')) {
    const exp = readPythonInt(claims.exp);
    if (exp === 'value-error') return v.reject('DecodeError');
    if (exp === undefined) return v.unknown('claim-type');
    if (exp <= now - leeway) return v.reject('ExpiredSignatureError');
  }

  if (options.issuer.length > 0) {
    if (!Object.hasOwn(claims, 'iss')) return v.reject('MissingRequiredClaimError');
    if (options.issuer.length > 1) {
      // 2.6.0 compares iss with the issuer argument as a whole: a list never equals a string.
      if (Array.isArray(claims.iss)) return v.unknown('claim-type');
      return v.reject('InvalidIssuerError');
    }
    if (claims.iss !== options.issuer[0]) return v.reject('InvalidIssuerError');
  }

  const aud = claims.aud;
  if (options.audience.length === 0) {
    // The token names an audience and the caller expects none: PyJWT refuses it.
    if (Object.hasOwn(claims, 'aud') && isPythonTruthy(aud)) return v.reject('InvalidAudienceError');
    return v.accept();
  }
  if (!Object.hasOwn(claims, 'aud') || !isPythonTruthy(aud)) return v.reject('MissingRequiredClaimError');
  const values = typeof aud === 'string' ? [aud] : aud;
  if (!Array.isArray(values) || values.some((a) => typeof a !== 'string'))
    return v.reject('InvalidAudienceError');
  if (options.audience.every((expected) => !values.includes(expected)))
    return v.reject('InvalidAudienceError');
  return v.accept();
}
