// Reads an SD-JWT (RFC 9901): splits it, decodes and digests each disclosure, places it, and checks §7.1.

import { splitSdJwt } from '@sd-jwt/decode';
import { decodeBase64url, encodeBase64url, findNonBase64url, utf8DecodeStrict } from '../shared/base64url';
import type { JsonObject } from '../token/token';

/** Hash names registered for `_sd_alg` that WebCrypto computes (RFC 9901 §4.1.1, IANA "Named Information"). */
export const SD_HASH_ALGORITHMS = {
  'sha-256': 'SHA-256',
  'sha-384': 'SHA-384',
  'sha-512': 'SHA-512',
} as const;
export type SdHashAlg = keyof typeof SD_HASH_ALGORITHMS;

export type DisclosureStatus = 'ok' | 'unreferenced' | 'duplicate' | 'invalid';

/** Why a disclosure cannot be read (RFC 9901 §4.2.1, §4.2.2). */
export type MalformedReason =
  | 'empty'
  | 'not-base64url'
  | 'not-utf8'
  | 'not-json'
  | 'not-array'
  | 'wrong-length'
  | 'salt-not-string'
  | 'name-not-string';

/** One problem of the SD-JWT as a whole or of one disclosure (by its 0-based `index` in the presentation). */
export type SdJwtProblem =
  | { code: 'sd-disclosure-malformed'; index: number; reason: MalformedReason }
  | { code: 'sd-disclosure-reserved-name'; index: number; name: string }
  | { code: 'sd-disclosure-unreferenced'; index: number }
  /** The same disclosure (hence digest) presented more than once. */
  | { code: 'sd-disclosure-repeated'; index: number; firstIndex: number }
  /** A digest that appears more than once in the payload (directly or inside disclosures). */
  | { code: 'sd-digest-repeated'; digest: string; paths: string[] }
  /** The disclosed claim name is already in the object that holds the `_sd` array. */
  | { code: 'sd-claim-exists'; index: number; name: string; path: string }
  /** A 2-element (array) disclosure matched an `_sd` digest, or a 3-element one matched a `...` element. */
  | {
      code: 'sd-disclosure-wrong-kind';
      index: number;
      expected: 'object-property' | 'array-element';
      path: string;
    }
  | { code: 'sd-alg-unsupported'; alg: string }
  | { code: 'sd-alg-not-string' }
  /** The text does not end in `~` and its last part is not a JWT: read as a disclosure missing its tilde. */
  | { code: 'sd-no-trailing-tilde' };

export interface DisclosureReport {
  /** Position in the presentation (0 = first disclosure after the issuer JWT). */
  index: number;
  /** The disclosure exactly as presented (its digest is taken over these characters). */
  raw: string;
  digest?: string;
  salt?: string;
  /** The claim name; absent for an array-element disclosure. */
  name?: string;
  value?: unknown;
  /** True for a 2-element disclosure (salt, value). */
  arrayElement: boolean;
  status: DisclosureStatus;
  /** Where its value lands in the processed payload, e.g. `address.street_address`, `nationalities[0]`. */
  path?: string;
  /** Where its digest was found: an `_sd` array (at `path`'s parent) or a `{"...": digest}` element. */
  foundIn?: '_sd' | '...';
  problems: SdJwtProblem[];
}

export interface SdJwtReading {
  issuerJwt: string;
  disclosures: DisclosureReport[];
  /** The key binding JWT, when the presentation ends with one. */
  keyBindingJwt?: string;
  /** What `sd_hash` is taken over (§4.3.1): everything up to and including the last `~` before the KB-JWT. */
  boundText: string;
  /** `_sd_alg` as given, or `sha-256` when absent (§4.1.1). */
  hashAlg: string;
  hashSupported: boolean;
  problems: SdJwtProblem[];
  /** Digests in the payload (or in disclosed values) that no presented disclosure reveals: hidden claims or decoys. */
  undisclosedCount: number;
  /** The Processed SD-JWT Payload (§7.1): disclosures applied, `_sd` and `_sd_alg` removed, `cnf` kept. */
  processed: JsonObject;
  /** Paths of every claim or array element a disclosure revealed. */
  disclosedPaths: string[];
}

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

function isHashAlg(alg: string): alg is SdHashAlg {
  return Object.hasOwn(SD_HASH_ALGORITHMS, alg);
}

interface Decoded {
  salt?: string;
  name?: string;
  value?: unknown;
  arrayElement: boolean;
  problem?: SdJwtProblem;
}

// Hand-written rather than @sd-jwt/decode's Disclosure.fromEncode: that throws on the first bad disclosure,
// and a debugger has to say which one is wrong and why while still reading the others.
function decodeDisclosure(raw: string, index: number): Decoded {
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

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The digest of a `{"...": "<digest>"}` array element (§4.2.4.2), else undefined. */
function arrayDigest(element: unknown): string | undefined {
  if (!isObject(element)) return undefined;
  const keys = Object.keys(element);
  return keys.length === 1 && keys[0] === '...' && typeof element['...'] === 'string'
    ? element['...']
    : undefined;
}

/**
 * Reads an SD-JWT or SD-JWT+KB against its issuer JWT's decoded payload. Never throws; every §7.1 problem is data.
 * @example await readSdJwt(presentation, decoded.payload.view.claims)
 */
export async function readSdJwt(text: string, payload: JsonObject): Promise<SdJwtReading> {
  const split = splitSdJwt(text);
  const { jwt } = split;
  let { disclosures: rawDisclosures, kbJwt } = split;
  const problems: SdJwtProblem[] = [];
  if (kbJwt !== undefined && kbJwt.split('.').length !== 3) {
    // §4: an SD-JWT ends in `~`; a last part that is no JWT is more likely a disclosure whose tilde was lost.
    rawDisclosures = [...rawDisclosures, kbJwt];
    kbJwt = undefined;
    problems.push({ code: 'sd-no-trailing-tilde' });
  }
  // §4.3.1: anything after the last tilde is the KB-JWT; sd_hash covers everything before it.
  const boundText = kbJwt === undefined ? text : text.slice(0, text.length - kbJwt.length);
  const rawAlg = payload._sd_alg;
  const hashAlg = rawAlg === undefined ? 'sha-256' : typeof rawAlg === 'string' ? rawAlg : String(rawAlg);
  if (rawAlg !== undefined && typeof rawAlg !== 'string') problems.push({ code: 'sd-alg-not-string' });
  const hashSupported = isHashAlg(hashAlg);
  if (!hashSupported && typeof rawAlg === 'string')
    problems.push({ code: 'sd-alg-unsupported', alg: hashAlg });

  const reports: DisclosureReport[] = await Promise.all(
    rawDisclosures.map(async (raw, index) => {
      const d = decodeDisclosure(raw, index);
      const digest = hashSupported && raw !== '' ? await digestDisclosure(raw, hashAlg) : undefined;
      return {
        index,
        raw,
        digest,
        salt: d.salt,
        name: d.name,
        value: d.value,
        arrayElement: d.arrayElement,
        status: d.problem ? 'invalid' : 'unreferenced',
        problems: d.problem ? [d.problem] : [],
      } satisfies DisclosureReport;
    }),
  );

  // The first disclosure with each digest is the one that is placed; a repeat is flagged.
  const byDigest = new Map<string, DisclosureReport>();
  for (const r of reports) {
    if (r.digest === undefined) continue;
    const first = byDigest.get(r.digest);
    if (first) {
      r.status = 'duplicate';
      r.problems.push({ code: 'sd-disclosure-repeated', index: r.index, firstIndex: first.index });
    } else byDigest.set(r.digest, r);
  }

  const seen = new Map<string, string[]>();
  const disclosedPaths: string[] = [];
  let undisclosedCount = 0;

  /** Looks a digest up, noting where it was met; undefined when no usable disclosure reveals it. */
  const take = (digest: string, path: string): DisclosureReport | undefined => {
    const paths = seen.get(digest);
    if (paths) {
      paths.push(path);
      return undefined;
    }
    seen.set(digest, [path]);
    const found = byDigest.get(digest);
    if (!found || found.status === 'invalid') {
      if (!found) undisclosedCount += 1;
      return undefined;
    }
    return found;
  };

  const walk = (value: unknown, path: string, depth: number): unknown => {
    // Disclosures may nest (§4.2.6); a cycle is impossible (each digest is taken once), depth only bounds bad input.
    if (depth > 200) return value;
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      for (const element of value) {
        const digest = arrayDigest(element);
        if (digest === undefined) {
          out.push(walk(element, joinPath(path, out.length), depth + 1));
          continue;
        }
        const at = joinPath(path, out.length);
        const found = take(digest, at);
        if (!found) continue; // §7.1 3.4: elements whose digest is not revealed are removed
        if (!found.arrayElement) {
          found.status = 'invalid';
          found.problems.push({
            code: 'sd-disclosure-wrong-kind',
            index: found.index,
            expected: 'array-element',
            path: at,
          });
          continue;
        }
        found.status = 'ok';
        found.path = at;
        found.foundIn = '...';
        disclosedPaths.push(at);
        out.push(walk(found.value, at, depth + 1));
      }
      return out;
    }
    if (!isObject(value)) return value;
    const out: JsonObject = {};
    for (const [key, v] of Object.entries(value)) {
      if (key === '_sd') continue;
      if (key === '_sd_alg' && depth === 0) continue;
      out[key] = walk(v, joinPath(path, key), depth + 1);
    }
    const sd = value._sd;
    if (Array.isArray(sd)) {
      for (const digest of sd) {
        if (typeof digest !== 'string') continue;
        const found = take(digest, joinPath(path, '_sd'));
        if (!found) continue;
        if (found.arrayElement || found.name === undefined) {
          found.status = 'invalid';
          found.problems.push({
            code: 'sd-disclosure-wrong-kind',
            index: found.index,
            expected: 'object-property',
            path: joinPath(path, '_sd'),
          });
          continue;
        }
        const at = joinPath(path, found.name);
        if (Object.hasOwn(out, found.name)) {
          found.status = 'invalid';
          found.problems.push({ code: 'sd-claim-exists', index: found.index, name: found.name, path: at });
          continue;
        }
        found.status = 'ok';
        found.path = at;
        found.foundIn = '_sd';
        disclosedPaths.push(at);
        out[found.name] = walk(found.value, at, depth + 1);
      }
    }
    return out;
  };

  const processed = hashSupported ? (walk(payload, '', 0) as JsonObject) : stripSd(payload);

  for (const [digest, paths] of seen) {
    if (paths.length > 1) {
      problems.push({ code: 'sd-digest-repeated', digest, paths });
      const r = byDigest.get(digest);
      if (r && r.status === 'ok') r.status = 'duplicate';
    }
  }
  for (const r of reports) {
    if (r.status === 'unreferenced') r.problems.push({ code: 'sd-disclosure-unreferenced', index: r.index });
    problems.push(...r.problems);
  }

  return {
    issuerJwt: jwt,
    disclosures: reports,
    keyBindingJwt: kbJwt,
    boundText,
    hashAlg,
    hashSupported,
    problems,
    undisclosedCount,
    processed,
    disclosedPaths,
  };
}

/** Without a usable hash, nothing can be disclosed: the payload minus its `_sd` machinery. */
function stripSd(payload: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(payload)) if (k !== '_sd' && k !== '_sd_alg') out[k] = v;
  return out;
}

/** True when a reading passes §7.1 (every disclosure placed once, nothing repeated, a known hash). */
export function isSdJwtConsistent(reading: SdJwtReading): boolean {
  return reading.problems.length === 0;
}
