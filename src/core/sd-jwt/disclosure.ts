// One disclosure (RFC 9901 §4.2): its digest, its decoding (salt, name, value), and where it goes (display paths).

import { encodeBase64url, decodeBase64url, findNonBase64url, utf8DecodeStrict } from '../shared/base64url';
import type { JsonObject } from '../token/token';
import { SD_HASH_ALGORITHMS } from './types';
import type { MalformedReason, SdHashAlg, SdJwtProblem } from './types';

const RESERVED = new Set(['_sd', '...']);
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Appends a claim name or array index to a display path (`a.b`, `a[0]`, `a["odd name"]`). */
export function joinPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (IDENTIFIER.test(key)) return path === '' ? key : `${path}.${key}`;
  return `${path}[${JSON.stringify(key)}]`;
}

/** Base64url digest of a disclosure's ASCII characters as presented (RFC 9901 §4.2.3). */
export async function digestDisclosure(raw: string, alg: SdHashAlg): Promise<string> {
  const bytes = new TextEncoder().encode(raw);
  const hash = await crypto.subtle.digest(SD_HASH_ALGORITHMS[alg], bytes);
  return encodeBase64url(new Uint8Array(hash));
}

export function isHashAlg(alg: string): alg is SdHashAlg {
  return Object.hasOwn(SD_HASH_ALGORITHMS, alg);
}

export interface Decoded {
  salt?: string;
  name?: string;
  value?: unknown;
  arrayElement: boolean;
  problem?: SdJwtProblem;
}

// Hand-written rather than @sd-jwt/decode's Disclosure.fromEncode: that throws on the first bad disclosure,
// and a debugger has to say which one is wrong and why while still reading the others.
export function decodeDisclosure(raw: string, index: number): Decoded {
  const bad = (reason: MalformedReason): Decoded => ({
    arrayElement: false,
    problem: { code: 'sd-disclosure-malformed', index, reason },
  });
  if (raw === '') return bad('empty');
  if (findNonBase64url(raw)) return bad('not-base64url');
  let bytes: Uint8Array;
  try {
    bytes = decodeBase64url(raw);
  } catch {
    return bad('not-base64url');
  }
  const text = utf8DecodeStrict(bytes);
  if (text === undefined) return bad('not-utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return bad('not-json');
  }
  if (!Array.isArray(parsed)) return bad('not-array');
  if (parsed.length !== 2 && parsed.length !== 3) return bad('wrong-length');
  const [salt, second, third] = parsed as unknown[];
  if (typeof salt !== 'string') return bad('salt-not-string');
  if (parsed.length === 2) return { salt, value: second, arrayElement: true };
  if (typeof second !== 'string') return bad('name-not-string');
  if (RESERVED.has(second)) {
    return {
      salt,
      name: second,
      value: third,
      arrayElement: false,
      problem: { code: 'sd-disclosure-reserved-name', index, name: second },
    };
  }
  return { salt, name: second, value: third, arrayElement: false };
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The digest of a `{"...": "<digest>"}` array element (§4.2.4.2), else undefined. */
export function arrayDigest(element: unknown): string | undefined {
  if (!isObject(element)) return undefined;
  const keys = Object.keys(element);
  return keys.length === 1 && keys[0] === '...' && typeof element['...'] === 'string'
    ? element['...']
    : undefined;
}
