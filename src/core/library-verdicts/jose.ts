// jose 6.2.18: jwtVerify's order of checks, from dist/webapi/lib/jws_verify.js and lib/jwt_claims_set.js.

import { normalizeMediaType } from '../policy/policy';
import { jsList, quoteJs } from '../snippets/literals';
import { hasHeaderExtension, jsCommonOptions, startCase, withShaSizes } from './shared';
import { isPlainObject } from './token-facts';
import type { LibraryCase, LibraryVerdict } from './types';

export const JOSE_VERSION = '6.2.18';

// lib/jws_algorithms.js: the JWS algorithms jose implements on WebCrypto (ML-DSA left out: not modelled).
const JOSE_ALGORITHMS = new Set([...withShaSizes('HS', 'RS', 'PS', 'ES'), 'EdDSA', 'Ed25519']);

/** The jwtVerify call, with the page's options under jose's names. */
export function joseCall(c: LibraryCase, algorithms: string[]): string {
  const o = c.options;
  const fields = jsCommonOptions(c, algorithms);
  if (o.expectedType !== undefined) fields.push(`typ: ${quoteJs(o.expectedType)}`);
  if (o.maxAge !== undefined) fields.push(`maxTokenAge: ${o.maxAge}`);
  if (o.requiredClaims.length > 0) fields.push(`requiredClaims: ${jsList(o.requiredClaims)}`);
  if (o.clockTolerance > 0) fields.push(`clockTolerance: ${o.clockTolerance}`);
  return `await jwtVerify(token, key, { ${fields.join(', ')} })`;
}

const CLAIM_FAILED = 'ERR_JWT_CLAIM_VALIDATION_FAILED';

/** What jose 6.2.18's jwtVerify would do with this token, key and options. */
export function judgeWithJose(c: LibraryCase): LibraryVerdict {
  const { facts, algorithms, v } = startCase(c, 'jose', JOSE_VERSION, joseCall);
  const key = c.key;
  if (!key) return v.unknown('no-key');
  if (facts.parts.length !== 3) return v.reject('ERR_JWS_INVALID');
  if (!facts.segmentsPlain) return v.unknown('token-unusual');
  const header = facts.header.json ? facts.header.value : undefined;
  if (!isPlainObject(header)) return v.reject('ERR_JWS_INVALID');
  if (hasHeaderExtension(header)) return v.unknown('header-extension');
  const alg = header.alg;
  if (typeof alg !== 'string' || alg === '') return v.reject('ERR_JWS_INVALID');
  if (!algorithms.includes(alg)) return v.reject('ERR_JOSE_ALG_NOT_ALLOWED');
  if (!JOSE_ALGORITHMS.has(alg)) return v.reject('ERR_JOSE_NOT_SUPPORTED');
  // checkModulusLength throws a TypeError (no code) for RSA keys under 2048 bits.
  if (key.kind === 'asymmetric' && key.kty === 'RSA' && (key.bits === undefined || key.bits < 2048))
    return v.unknown('key-unsupported');
  if (c.signature === 'not-checked') return v.unknown('key-not-checked');
  if (c.signature !== 'valid') return v.reject('ERR_JWS_SIGNATURE_VERIFICATION_FAILED');

  // validateClaimsSet: the claims set is read only once the signature holds.
  const claims = facts.payload.json ? facts.payload.value : undefined;
  if (!isPlainObject(claims)) return v.reject('ERR_JWT_INVALID');
  const { options, now } = c;
  if (options.expectedType !== undefined) {
    const typ = header.typ;
    if (typeof typ !== 'string' || normalizeMediaType(typ) !== normalizeMediaType(options.expectedType))
      return v.reject(CLAIM_FAILED);
  }
  const presence = [...options.requiredClaims];
  if (options.maxAge !== undefined) presence.push('iat');
  if (options.audience.length > 0) presence.push('aud');
  if (options.subject.length > 0) presence.push('sub');
  if (options.issuer.length > 0) presence.push('iss');
  if (presence.some((claim) => !Object.hasOwn(claims, claim))) return v.reject(CLAIM_FAILED);
  if (options.issuer.length > 0 && !options.issuer.includes(claims.iss as string))
    return v.reject(CLAIM_FAILED);
  if (options.subject.length > 1) return v.unknown('several-subjects');
  if (options.subject.length === 1 && claims.sub !== options.subject[0]) return v.reject(CLAIM_FAILED);
  if (options.audience.length > 0) {
    const aud = claims.aud;
    const present =
      typeof aud === 'string'
        ? options.audience.includes(aud)
        : Array.isArray(aud) && options.audience.some((a) => aud.includes(a));
    if (!present) return v.reject(CLAIM_FAILED);
  }
  const tolerance = options.clockTolerance;
  const numeric = (name: string) => claims[name] === undefined || typeof claims[name] === 'number';
  if ((options.maxAge !== undefined || claims.iat !== undefined) && !numeric('iat'))
    return v.reject(CLAIM_FAILED);
  if (!numeric('nbf')) return v.reject(CLAIM_FAILED);
  const nbf = claims.nbf as number | undefined;
  if (nbf !== undefined && nbf > now + tolerance) return v.reject(CLAIM_FAILED);
  if (!numeric('exp')) return v.reject('ERR_JWT_CLAIM_VALIDATION_FAILED');
  const exp = claims.exp as number | undefined;
  if (exp !== undefined && exp <= now - tolerance) return v.reject('ERR_JWT_EXPIRED');
  if (options.maxAge !== undefined) {
    const age = now - (claims.iat as number);
    if (age - tolerance > options.maxAge) return v.reject('ERR_JWT_EXPIRED');
    if (age < -tolerance) return v.reject(CLAIM_FAILED);
  }
  return v.accept();
}
