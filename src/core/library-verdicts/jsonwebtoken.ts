// jsonwebtoken 9.0.3: jwt.verify's order of checks, from its verify.js (and jws / jwa beneath it).

import { jsCommonOptions, startCase } from './shared';
import { isPlainObject } from './token-facts';
import type { LibraryCase, LibraryKey, LibraryVerdict } from './types';

export const JSONWEBTOKEN_VERSION = '9.0.3';

// jws's isValidJws: header and payload non-empty, the signature may be empty.
const JWS_REGEX = /^[a-zA-Z0-9\-_]+?\.[a-zA-Z0-9\-_]+?\.([a-zA-Z0-9\-_]+)?$/;

/** The jwt.verify call, with the page's options under jsonwebtoken's names. */
export function jsonwebtokenCall(c: LibraryCase, algorithms: string[]): string {
  const o = c.options;
  const fields = jsCommonOptions(c, algorithms);
  if (o.clockTolerance > 0) fields.push(`clockTolerance: ${o.clockTolerance}`);
  return `jwt.verify(token, key, { ${fields.join(', ')} })`;
}

/** Node's KeyObject asymmetricKeyType for the key (what validateAsymmetricKey reads). */
function nodeKeyType(key: Extract<LibraryKey, { kind: 'asymmetric' }>): string | undefined {
  if (key.kty === 'RSA') return 'rsa';
  if (key.kty === 'EC') return 'ec';
  if (key.curve === 'Ed25519') return 'ed25519';
  if (key.curve === 'Ed448') return 'ed448';
  return undefined;
}

const EC_CURVES: Record<string, string> = { ES256: 'P-256', ES384: 'P-384', ES512: 'P-521' };
const NODE_CURVES: Record<string, string> = { ES256: 'prime256v1', ES384: 'secp384r1', ES512: 'secp521r1' };
const ALGS_FOR_KEY: Record<string, string[]> = {
  ec: ['ES256', 'ES384', 'ES512'],
  rsa: ['RS256', 'PS256', 'RS384', 'PS384', 'RS512', 'PS512'],
};

/** What jsonwebtoken 9.0.3's jwt.verify would do with this token, key and options. */
export function judgeWithJsonwebtoken(c: LibraryCase): LibraryVerdict {
  const { facts, algorithms, v } = startCase(c, 'jsonwebtoken', JSONWEBTOKEN_VERSION, jsonwebtokenCall);
  const key = c.key;
  if (!key) return v.unknown('no-key');
  if (facts.parts.length !== 3) return v.reject('jwt malformed');
  if (!JWS_REGEX.test(c.token)) return v.reject('invalid token');
  if (!facts.segmentsPlain) return v.unknown('token-unusual');
  // jws reads the header with JSON.parse and returns null (→ "invalid token") when that fails or is falsy.
  if (!facts.header.json) return facts.header.utf8 ? v.reject('invalid token') : v.unknown('token-unusual');
  const header = facts.header.value;
  if (!header) return v.reject('invalid token');
  if (!isPlainObject(header)) return v.unknown('token-unusual');
  // jws parses the payload only when typ is "JWT", and then a parse error escapes with the engine's message.
  if (!facts.payload.json && (header.typ === 'JWT' || !facts.payload.utf8))
    return v.unknown('payload-not-object');

  const signaturePart = facts.parts[2] ?? '';
  if (signaturePart.trim() === '') return v.reject('jwt signature is required');
  const alg = header.alg;
  if (typeof alg !== 'string' || !algorithms.includes(alg)) return v.reject('invalid algorithm');
  if (key.kind === 'unread') return v.unknown('key-unsupported');
  if (alg.startsWith('HS') && key.kind !== 'secret')
    return v.reject(`secretOrPublicKey must be a symmetric key when using ${alg}`);
  if (/^(?:RS|PS|ES)/.test(alg) && key.kind !== 'asymmetric')
    return v.reject(`secretOrPublicKey must be an asymmetric key when using ${alg}`);
  if (key.kind === 'asymmetric') {
    const keyType = nodeKeyType(key);
    if (keyType === undefined) return v.unknown('key-unsupported');
    const allowed = ALGS_FOR_KEY[keyType];
    if (!allowed) return v.reject(`Unknown key type "${keyType}".`);
    if (!allowed.includes(alg))
      return v.reject(`"alg" parameter for "${keyType}" key type must be one of: ${allowed.join(', ')}.`);
    if (keyType === 'ec' && key.curve !== EC_CURVES[alg])
      return v.reject(`"alg" parameter "${alg}" requires curve "${NODE_CURVES[alg] ?? ''}".`);
  }
  if (c.signature === 'not-checked') return v.unknown('key-not-checked');
  // jwa's ECDSA verify throws (its own message) on a signature of the wrong size.
  if (c.signature === 'wrong-length' && alg.startsWith('ES')) return v.unknown('signature-length');
  if (c.signature !== 'valid') return v.reject('invalid signature');

  // jsonwebtoken's decode keeps a payload that is not a JSON object as it is: it then has no claims to check.
  const payload = facts.payload.json ? facts.payload.value : undefined;
  const claims: Record<string, unknown> = isPlainObject(payload) ? payload : {};
  const { options, now } = c;
  const tolerance = options.clockTolerance;
  if (claims.nbf !== undefined) {
    if (typeof claims.nbf !== 'number') return v.reject('invalid nbf value');
    if (claims.nbf > now + tolerance) return v.reject('jwt not active');
  }
  if (claims.exp !== undefined) {
    if (typeof claims.exp !== 'number') return v.reject('invalid exp value');
    if (now >= claims.exp + tolerance) return v.reject('jwt expired');
  }
  if (options.audience.length > 0) {
    const target = Array.isArray(claims.aud) ? (claims.aud as unknown[]) : [claims.aud];
    if (!target.some((t) => options.audience.includes(t as string)))
      return v.reject(`jwt audience invalid. expected: ${options.audience.join(' or ')}`);
  }
  if (options.issuer.length > 0) {
    // A string is compared with !==, a list with indexOf; the message prints the option as given.
    if (!options.issuer.includes(claims.iss as string))
      return v.reject(`jwt issuer invalid. expected: ${options.issuer.join(',')}`);
  }
  if (options.subject.length > 1) return v.unknown('several-subjects');
  if (options.subject.length === 1 && claims.sub !== options.subject[0])
    return v.reject(`jwt subject invalid. expected: ${options.subject[0] ?? ''}`);
  return v.accept();
}
