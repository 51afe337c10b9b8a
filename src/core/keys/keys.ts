// Recognises what was pasted in the key box (secret, PEM, JWK, JWKS), describes it, and imports it for an alg.

import { exportJWK, importJWK, importPKCS8, importSPKI, type JWK } from 'jose';
import { getJwsAlgorithm, MIN_RSA_BITS, type JwsAlgorithm, type KeyType } from '../jws/algorithms';
import { decodeBase64, decodeBase64url, decodeHex, encodeBase64url, utf8Encode } from '../shared/base64url';
import { problemFromCryptoError } from '../shared/crypto-errors';
import { parseJsonWithin } from '../shared/json';
import {
  looksLikePem,
  pkcs1PrivateToPkcs8,
  pkcs1PublicToSpki,
  readPemBlocks,
  readPkcs1Bits,
  readPkcs8Facts,
  readSec1Curve,
  readSpkiFacts,
  sec1ToPkcs8,
  writePem,
  type AsymmetricKeyFacts,
} from './der';
import type { JwksKeySummary, KeyProblem, Problem, Result } from '../shared/problems';
import { fail, ok } from '../shared/problems';
import { readCertificate, type CertificateInfo } from './x509';
import { readKeyOps } from '../hardening/read-key-ops';
import { trimTrailing } from '../shared/text-scan';

/** How a pasted secret's text becomes bytes. */
export type SecretEncoding = 'utf8' | 'base64url' | 'base64' | 'hex';

/** What the key box held, by container. */
export type KeyFormat =
  | 'secret'
  | 'pem-spki'
  | 'pem-pkcs8'
  | 'pem-pkcs1-public'
  | 'pem-pkcs1-private'
  | 'pem-sec1'
  | 'pem-x509'
  | 'jwk'
  | 'jwks';

export type KeyVisibility = 'secret' | 'public' | 'private';

/** A description of one key (or of a JWKS) for the key-status line; no key bytes. */
export interface KeyDescription {
  format: KeyFormat;
  /** Absent for a JWKS. `unknown` for a PEM of a type WebCrypto cannot use (DSA…). */
  kty?: KeyType | 'unknown';
  visibility?: KeyVisibility;
  /** RSA modulus size, or a secret's length, in bits. */
  bits?: number;
  /** EC curve or OKP subtype: P-256, P-384, P-521, secp256k1, Ed25519, Ed448, X25519 … */
  curve?: string;
  kid?: string;
  /** The JWK's own `alg`, when it states one. */
  alg?: string;
  use?: string;
  /** The JWK's own `key_ops`, when it states them. */
  keyOps?: string[];
  /** For a secret: how its text was read. */
  encoding?: SecretEncoding;
  certificate?: CertificateInfo;
  /** For a JWKS: its readable keys, in order (each a `jwk` with an `index`). */
  keys?: KeyDescription[];
  /** For a key from a JWKS (format `jwk`): its position in the set's `keys`. */
  index?: number;
}

/** Key bytes in the form jose imports. Asymmetric PEMs are normalised to SPKI or PKCS#8 DER. */
export type KeyMaterial =
  | { type: 'secret'; bytes: Uint8Array }
  | { type: 'spki'; der: Uint8Array }
  | { type: 'pkcs8'; der: Uint8Array }
  | { type: 'jwk'; jwk: JWK };

/** One usable key. */
export interface ParsedKey {
  description: KeyDescription;
  material: KeyMaterial;
}

/** What `parseKeyInput` read: one key, or a JWKS's readable keys. */
export interface ParsedKeyInput {
  description: KeyDescription;
  keys: ParsedKey[];
  /** Observations that do not stop the key being used (secret-looks-base64, jwks-entry-skipped …). */
  hints: Problem[];
}

/** The key box's state, matching the UI's key-status `data-state`. */
export type KeyInputReading =
  { state: 'empty' } | { state: 'ok'; value: ParsedKeyInput } | { state: 'error'; problem: KeyProblem };

// ---------------------------------------------------------------------------------------------------
// Reading (sync)

const parseCache = new Map<string, KeyInputReading>();
const PARSE_CACHE_SIZE = 8;

/**
 * Recognises a secret, PEM (SPKI, PKCS#8, PKCS#1, SEC1, X.509), JWK or JWKS and describes it without
 * touching WebCrypto. Surrounding whitespace, CRLF and blank lines are tolerated. Never throws.
 */
export function parseKeyInput(text: string, encoding: SecretEncoding = 'utf8'): KeyInputReading {
  // The same key text again (every verification of a paste): skip trimming and hashing a long PEM.
  if (lastRead?.text === text && lastRead.encoding === encoding) return lastRead.reading;
  const reading = parseKeyInputUncached(text, encoding);
  lastRead = { text, encoding, reading };
  return reading;
}

let lastRead: { text: string; encoding: SecretEncoding; reading: KeyInputReading } | undefined;

function parseKeyInputUncached(text: string, encoding: SecretEncoding): KeyInputReading {
  const trimmed = text.trim();
  if (trimmed === '') return { state: 'empty' };
  const structured = looksLikePem(trimmed) || trimmed.startsWith('{');
  const id = structured ? `k\u0000${trimmed}` : `s\u0000${encoding}\u0000${text}`;
  const cached = parseCache.get(id);
  if (cached) return cached;
  const reading = readKeyText(text, trimmed, encoding);
  parseCache.set(id, reading);
  if (parseCache.size > PARSE_CACHE_SIZE) parseCache.delete(parseCache.keys().next().value as string);
  return reading;
}

function readKeyText(text: string, trimmed: string, encoding: SecretEncoding): KeyInputReading {
  let result: Result<{ key?: ParsedKey; jwks?: ParsedKey[]; hints: Problem[] }, KeyProblem>;
  if (looksLikePem(trimmed)) result = readPem(trimmed);
  else if (trimmed.startsWith('{')) result = readJson(trimmed);
  else result = readSecret(text, trimmed, encoding);
  if (!result.ok) return { state: 'error', problem: result.problem };
  const { key, jwks, hints } = result.value;
  if (jwks) {
    return {
      state: 'ok',
      value: { description: { format: 'jwks', keys: jwks.map((k) => k.description) }, keys: jwks, hints },
    };
  }
  if (!key) return { state: 'error', problem: { code: 'jwks-empty' } };
  return { state: 'ok', value: { description: key.description, keys: [key], hints } };
}

// ---- secrets ----

const BASE64URL_SHAPE = /^[A-Za-z0-9_-]+$/;
const BASE64_SHAPE = /^[A-Za-z0-9+/]+={0,2}$/;
const HEX_SHAPE = /^(?:[0-9a-fA-F]{2})+$/;

/** Heuristic: random bytes in base64 have upper and lower case and digits; words with dashes do not. */
function looksEncoded(secret: string): 'base64url' | 'base64' | 'hex' | undefined {
  if (secret.length >= 32 && HEX_SHAPE.test(secret) && /\d/.test(secret) && /[a-f]/i.test(secret))
    return 'hex';
  if (secret.length < 16 || secret.length % 4 === 1) return undefined;
  const mixed = /[A-Z]/.test(secret) && /[a-z]/.test(secret) && /\d/.test(secret);
  if (!mixed) return undefined;
  if (BASE64URL_SHAPE.test(secret)) return /[+/=]/.test(secret) ? 'base64' : 'base64url';
  if (BASE64_SHAPE.test(secret) && secret.length % 4 === 0) return 'base64';
  return undefined;
}

function readSecret(
  text: string,
  trimmed: string,
  encoding: SecretEncoding,
): Result<{ key: ParsedKey; hints: Problem[] }, KeyProblem> {
  const hints: Problem[] = [];
  let bytes: Uint8Array;
  if (encoding === 'utf8') {
    // Surrounding whitespace is almost always paste noise; it is dropped and the user is told.
    if (trimmed !== text) hints.push({ code: 'secret-has-whitespace' });
    bytes = utf8Encode(trimmed);
    const suggested = looksEncoded(trimmed);
    if (suggested) hints.push({ code: 'secret-looks-base64', suggested });
  } else {
    const compact = trimmed.replace(/\s+/g, '');
    try {
      if (encoding === 'hex') bytes = decodeHex(compact);
      else if (encoding === 'base64') bytes = decodeBase64(compact);
      else bytes = decodeBase64url(trimTrailing(compact, '='));
    } catch {
      return fail({ code: 'secret-not-encoded', encoding });
    }
  }
  if (bytes.length === 0) return fail({ code: 'empty-secret' });
  return ok({
    key: {
      description: { format: 'secret', kty: 'oct', visibility: 'secret', bits: bytes.length * 8, encoding },
      material: { type: 'secret', bytes },
    },
    hints,
  });
}

// ---- PEM ----

const KEY_LABELS = new Set([
  'PUBLIC KEY',
  'PRIVATE KEY',
  'RSA PUBLIC KEY',
  'RSA PRIVATE KEY',
  'EC PRIVATE KEY',
  'CERTIFICATE',
  'X509 CERTIFICATE',
  'TRUSTED CERTIFICATE',
  'ENCRYPTED PRIVATE KEY',
]);

function describeFacts(
  facts: AsymmetricKeyFacts,
  format: KeyFormat,
  visibility: KeyVisibility,
): Result<KeyDescription, KeyProblem> {
  if (facts.kty === 'unknown') return fail({ code: 'key-type-unsupported', algorithm: facts.algorithm });
  const d: KeyDescription = { format, kty: facts.kty, visibility };
  if (facts.bits !== undefined) d.bits = facts.bits;
  if (facts.curve !== undefined) d.curve = facts.curve;
  return ok(d);
}

function readPem(text: string): Result<{ key: ParsedKey; hints: Problem[] }, KeyProblem> {
  let blocks;
  try {
    blocks = readPemBlocks(text);
  } catch (e) {
    return fail({
      code: 'pem-unreadable',
      label: e instanceof TypeError ? e.message : undefined,
      reason: 'bad-base64',
    });
  }
  // `openssl ecparam -genkey` writes an EC PARAMETERS block before the key; a chain lists the leaf first.
  const block = blocks.find((b) => KEY_LABELS.has(b.label));
  if (!block) {
    const label = blocks.find((b) => b.label !== 'EC PARAMETERS')?.label ?? blocks[0]?.label;
    return label
      ? fail({ code: 'pem-unsupported', label })
      : fail({ code: 'pem-unreadable', reason: 'no-block' });
  }
  const { label, der } = block;
  // RFC 1421 headers (`Proc-Type: 4,ENCRYPTED`) mark an OpenSSL-encrypted traditional key.
  if (label === 'ENCRYPTED PRIVATE KEY' || /Proc-Type:\s*4,ENCRYPTED/i.test(text)) {
    return fail({ code: 'pem-encrypted', label });
  }
  try {
    let description: Result<KeyDescription, KeyProblem>;
    let material: KeyMaterial;
    switch (label) {
      case 'PUBLIC KEY':
        description = describeFacts(readSpkiFacts(der), 'pem-spki', 'public');
        material = { type: 'spki', der };
        break;
      case 'PRIVATE KEY':
        description = describeFacts(readPkcs8Facts(der), 'pem-pkcs8', 'private');
        material = { type: 'pkcs8', der };
        break;
      case 'RSA PUBLIC KEY':
        description = ok({
          format: 'pem-pkcs1-public',
          kty: 'RSA',
          visibility: 'public',
          bits: readPkcs1Bits(der, false),
        });
        material = { type: 'spki', der: pkcs1PublicToSpki(der) };
        break;
      case 'RSA PRIVATE KEY':
        description = ok({
          format: 'pem-pkcs1-private',
          kty: 'RSA',
          visibility: 'private',
          bits: readPkcs1Bits(der, true),
        });
        material = { type: 'pkcs8', der: pkcs1PrivateToPkcs8(der) };
        break;
      case 'EC PRIVATE KEY': {
        const curve = readSec1Curve(der);
        if (!curve) return fail({ code: 'pem-unreadable', label, reason: 'bad-der' });
        description = ok({ format: 'pem-sec1', kty: 'EC', visibility: 'private', curve });
        material = { type: 'pkcs8', der: sec1ToPkcs8(der) };
        break;
      }
      default: {
        const cert = readCertificate(der);
        description = describeFacts(readSpkiFacts(cert.spki), 'pem-x509', 'public');
        if (description.ok) description.value.certificate = cert.info;
        material = { type: 'spki', der: cert.spki };
      }
    }
    if (!description.ok) return description;
    return ok({ key: { description: description.value, material }, hints: [] });
  } catch {
    return fail({ code: 'pem-unreadable', label, reason: 'bad-der' });
  }
}

// ---- JWK and JWKS ----

type JsonObject = Record<string, unknown>;
const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

const REQUIRED_MEMBERS: Record<string, string[]> = {
  oct: ['k'],
  RSA: ['n', 'e'],
  EC: ['crv', 'x', 'y'],
  OKP: ['crv', 'x'],
};
const BINARY_MEMBERS = ['k', 'n', 'e', 'x', 'y', 'd', 'p', 'q', 'dp', 'dq', 'qi'];

function readJson(
  text: string,
): Result<{ key?: ParsedKey; jwks?: ParsedKey[]; hints: Problem[] }, KeyProblem> {
  const parsed = parseJsonWithin(text);
  if (!('value' in parsed)) {
    return fail({
      code: 'jwk-unreadable',
      reason: 'not-json',
      detail: 'error' in parsed ? parsed.error : `nested more than ${parsed.tooDeep} levels deep`,
    });
  }
  const value = parsed.value;
  if (!isObject(value)) return fail({ code: 'jwk-unreadable', reason: 'not-object' });
  if (Array.isArray(value.keys)) return readJwks(value.keys);
  const key = readJwk(value);
  return key.ok ? ok({ key: key.value, hints: [] }) : key;
}

function readJwks(entries: unknown[]): Result<{ jwks: ParsedKey[]; hints: Problem[] }, KeyProblem> {
  if (entries.length === 0) return fail({ code: 'jwks-empty' });
  const keys: ParsedKey[] = [];
  const hints: Problem[] = [];
  let firstProblem: KeyProblem | undefined;
  entries.forEach((entry, index) => {
    const key = isObject(entry)
      ? readJwk(entry)
      : fail<KeyProblem>({ code: 'jwk-unreadable', reason: 'not-object' });
    if (key.ok) {
      key.value.description.index = index;
      keys.push(key.value);
    } else {
      firstProblem ??= key.problem;
      hints.push({ code: 'jwks-entry-skipped', index, reason: key.problem.code });
    }
  });
  if (keys.length === 0 && firstProblem) return fail(firstProblem);
  return ok({ jwks: keys, hints });
}

function bitLength(b64url: string): number {
  const bytes = decodeBase64url(b64url);
  let i = 0;
  while (i < bytes.length && bytes[i] === 0) i++;
  if (i === bytes.length) return 0;
  return (bytes.length - i - 1) * 8 + (32 - Math.clz32(bytes[i] ?? 0));
}

function readJwk(jwk: JsonObject): Result<ParsedKey, KeyProblem> {
  const { kty } = jwk;
  if (kty === undefined) return fail({ code: 'jwk-unreadable', reason: 'missing-kty' });
  // Own properties only: `__proto__`, `constructor` or `toString` are in every object's prototype chain.
  if (typeof kty !== 'string' || !Object.hasOwn(REQUIRED_MEMBERS, kty)) {
    return fail({ code: 'jwk-unreadable', reason: 'unknown-kty', kty: String(kty) });
  }
  for (const member of REQUIRED_MEMBERS[kty] ?? []) {
    if (jwk[member] === undefined)
      return fail({ code: 'jwk-unreadable', reason: 'missing-member', member, kty });
  }
  for (const member of BINARY_MEMBERS) {
    const v = jwk[member];
    if (v === undefined) continue;
    if (typeof v !== 'string') return fail({ code: 'jwk-unreadable', reason: 'bad-member', member, kty });
    try {
      decodeBase64url(v);
    } catch {
      return fail({ code: 'jwk-unreadable', reason: 'bad-member', member, kty });
    }
  }
  if ('crv' in jwk && typeof jwk.crv !== 'string') {
    return fail({ code: 'jwk-unreadable', reason: 'bad-member', member: 'crv', kty });
  }
  const d: KeyDescription = {
    format: 'jwk',
    kty: kty as KeyType,
    visibility: kty === 'oct' ? 'secret' : typeof jwk.d === 'string' ? 'private' : 'public',
  };
  if (kty === 'RSA') d.bits = bitLength(jwk.n as string);
  if (kty === 'oct') {
    const bytes = decodeBase64url(jwk.k as string);
    if (bytes.length === 0) return fail({ code: 'empty-secret' });
    d.bits = bytes.length * 8;
  }
  if (typeof jwk.crv === 'string') d.curve = jwk.crv;
  if (typeof jwk.kid === 'string') d.kid = jwk.kid;
  if (typeof jwk.alg === 'string') d.alg = jwk.alg;
  if (typeof jwk.use === 'string') d.use = jwk.use;
  const keyOps = readKeyOps(jwk);
  if (keyOps) d.keyOps = keyOps;
  return ok({ description: d, material: { type: 'jwk', jwk: jwk as JWK } });
}

// ---------------------------------------------------------------------------------------------------
// Choosing a key for an alg (sync)

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

export type KeyPurpose = 'verify' | 'sign';

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
    if (d.alg !== undefined && d.alg !== alg) return false;
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
  if (d.alg !== undefined && d.alg !== algorithm.alg && d.index === undefined) {
    out.push({ code: 'jwk-alg-differs', alg: algorithm.alg, jwkAlg: d.alg });
  }
  if (d.use !== undefined && d.use !== 'sig' && d.index === undefined)
    out.push({ code: 'key-use-not-sig', use: d.use });
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Importing (async, cached)

/** A key ready for jose: a CryptoKey, or the bytes of an HMAC secret. */
export interface ImportedKey {
  key: CryptoKey | Uint8Array;
  description: KeyDescription;
  /** RSA modulus bits, when under 2048 the raw WebCrypto path is needed. */
  rsaBits?: number;
}

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

/** Which half of a key pair to import; a secret is the same either way. */
export type KeySide = 'public' | 'private';

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

// Per parsed key input (parseKeyInput returns the same object for the same text), then per purpose, alg and
// JWKS entry: no string built from the key text on each verification.
const importCache = new WeakMap<ParsedKeyInput, Map<string, Promise<Result<ImportedKey, Problem>>>>();

/** Imports one chosen key for an alg, memoised on the key input, alg and purpose. */
export function importParsedKey(
  input: ParsedKeyInput,
  key: ParsedKey,
  alg: string,
  purpose: KeyPurpose,
): Promise<Result<ImportedKey, Problem>> {
  let imports = importCache.get(input);
  if (!imports) {
    imports = new Map();
    importCache.set(input, imports);
  }
  const cacheKey = `${purpose}\u0000${alg}\u0000${key.description.index ?? -1}`;
  const hit = imports.get(cacheKey);
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
  imports.set(cacheKey, pending);
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
  // A JWK's own alg, use and key_ops (loaded on first use: keeps the first page load small).
  const { withinJwkLimits } = await import('../hardening/jwk-limits');
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

/** The first usable verification key for `alg` (see importVerificationKeys). */
export async function importVerificationKey(
  input: ParsedKeyInput,
  alg: string,
  header: { kid?: unknown } = {},
): Promise<Result<ImportedKey, Problem>> {
  const r = await importVerificationKeys(input, alg, header);
  if (!r.ok) return r;
  const [first] = r.value;
  return first ? ok(first) : fail({ code: 'jwks-empty' });
}

/** The private key (or secret) that signs with `alg`; `key-not-private` for a public key. */
export async function importSigningKey(
  input: ParsedKeyInput,
  alg: string,
  header: { kid?: unknown } = {},
): Promise<Result<ImportedKey, Problem>> {
  const { withinJwkLimits } = await import('../hardening/jwk-limits');
  const selected = withinJwkLimits(selectKeys(input, alg, header, 'sign'), alg, 'sign');
  if (!selected.ok) return selected;
  const [key] = selected.value;
  if (!key) return fail({ code: 'jwks-empty' });
  return importParsedKey(input, key, alg, 'sign');
}

/** True when the key box holds a key that can sign `alg`: a secret, a private key, or a fitting private JWKS entry. */
export function canSign(reading: KeyInputReading, alg: string, header: { kid?: unknown } = {}): boolean {
  return reading.state === 'ok' && selectKeys(reading.value, alg, header, 'sign').ok;
}
