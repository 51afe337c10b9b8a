// Compact JWE: show its parts, decrypt with a key or password, encrypt claims or a nested JWS, and make keys.

import {
  CompactEncrypt,
  calculateJwkThumbprint,
  compactDecrypt,
  errors,
  exportJWK,
  generateKeyPair,
  type CompactJWEHeaderParameters,
  type JWK,
} from 'jose';
import {
  decodeBase64url,
  encodeBase64url,
  utf8DecodeLenient,
  utf8DecodeStrict,
  utf8Encode,
} from '../shared/base64url';
import { parseJsonWithin } from '../shared/json';
import {
  fail,
  ok,
  type JweKeyKind,
  type JweProblem,
  type Problem,
  type Result,
  type Segment,
} from '../shared/problems';
import {
  importKeyMaterial,
  parseKeyInput,
  selectKeysFor,
  type KeyDescription,
  type ParsedKey,
  type SecretEncoding,
} from '../keys/keys';
import {
  decodeHeaderSegment,
  decodeToken,
  type DecodedHeader,
  type DecodedToken,
  type JsonObject,
} from '../token/token';
import { verifySignature, type SignatureReport, type VerifyOptions } from '../jws/verify';

// ---------------------------------------------------------------------------------------------------------------
// Registries (RFC 7518 §4.1 and §5.1)

export const JWE_ALGS = [
  'dir',
  'A128KW',
  'A192KW',
  'A256KW',
  'A128GCMKW',
  'A192GCMKW',
  'A256GCMKW',
  'RSA-OAEP',
  'RSA-OAEP-256',
  'RSA-OAEP-384',
  'RSA-OAEP-512',
  'ECDH-ES',
  'ECDH-ES+A128KW',
  'ECDH-ES+A192KW',
  'ECDH-ES+A256KW',
  'PBES2-HS256+A128KW',
  'PBES2-HS384+A192KW',
  'PBES2-HS512+A256KW',
] as const;
export type JweAlg = (typeof JWE_ALGS)[number];

export const JWE_ENCS = [
  'A128GCM',
  'A192GCM',
  'A256GCM',
  'A128CBC-HS256',
  'A192CBC-HS384',
  'A256CBC-HS512',
] as const;
export type JweEnc = (typeof JWE_ENCS)[number];

export type JweAlgFamily = 'dir' | 'aes-kw' | 'aes-gcm-kw' | 'rsa-oaep' | 'ecdh-es' | 'pbes2';

export interface JweAlgInfo {
  family: JweAlgFamily;
  /** Size of the AES key-wrapping key, for the families that wrap (A*KW, A*GCMKW, ECDH-ES+A*KW, PBES2). */
  wrapBits?: number;
}

export const JWE_ALG_INFO: Record<JweAlg, JweAlgInfo> = {
  dir: { family: 'dir' },
  A128KW: { family: 'aes-kw', wrapBits: 128 },
  A192KW: { family: 'aes-kw', wrapBits: 192 },
  A256KW: { family: 'aes-kw', wrapBits: 256 },
  A128GCMKW: { family: 'aes-gcm-kw', wrapBits: 128 },
  A192GCMKW: { family: 'aes-gcm-kw', wrapBits: 192 },
  A256GCMKW: { family: 'aes-gcm-kw', wrapBits: 256 },
  'RSA-OAEP': { family: 'rsa-oaep' },
  'RSA-OAEP-256': { family: 'rsa-oaep' },
  'RSA-OAEP-384': { family: 'rsa-oaep' },
  'RSA-OAEP-512': { family: 'rsa-oaep' },
  'ECDH-ES': { family: 'ecdh-es' },
  'ECDH-ES+A128KW': { family: 'ecdh-es', wrapBits: 128 },
  'ECDH-ES+A192KW': { family: 'ecdh-es', wrapBits: 192 },
  'ECDH-ES+A256KW': { family: 'ecdh-es', wrapBits: 256 },
  'PBES2-HS256+A128KW': { family: 'pbes2', wrapBits: 128 },
  'PBES2-HS384+A192KW': { family: 'pbes2', wrapBits: 192 },
  'PBES2-HS512+A256KW': { family: 'pbes2', wrapBits: 256 },
};

export interface JweEncInfo {
  /** Length of the content encryption key (for CBC-HS, MAC key plus AES key). */
  cekBits: number;
  /** Size of the AES key inside it. */
  aesBits: number;
}

export const JWE_ENC_INFO: Record<JweEnc, JweEncInfo> = {
  A128GCM: { cekBits: 128, aesBits: 128 },
  A192GCM: { cekBits: 192, aesBits: 192 },
  A256GCM: { cekBits: 256, aesBits: 256 },
  'A128CBC-HS256': { cekBits: 256, aesBits: 128 },
  'A192CBC-HS384': { cekBits: 384, aesBits: 192 },
  'A256CBC-HS512': { cekBits: 512, aesBits: 256 },
};

/** True when the name is a JWE key management algorithm this app knows. */
export function isJweAlg(alg: unknown): alg is JweAlg {
  return typeof alg === 'string' && Object.hasOwn(JWE_ALG_INFO, alg);
}

/** True when the name is a JWE content encryption algorithm this app knows. */
export function isJweEnc(enc: unknown): enc is JweEnc {
  return typeof enc === 'string' && Object.hasOwn(JWE_ENC_INFO, enc);
}

/** Which kind of key the recipient needs for this key management algorithm. */
export function getJweKeyKind(alg: JweAlg): JweKeyKind {
  switch (JWE_ALG_INFO[alg].family) {
    case 'dir':
    case 'aes-kw':
    case 'aes-gcm-kw':
      return 'secret';
    case 'rsa-oaep':
      return 'rsa';
    case 'ecdh-es':
      return 'ec-or-okp';
    case 'pbes2':
      return 'password';
  }
}

/** How many bytes a raw secret must have: the CEK itself for dir, else the wrapping key. */
export function getJweSecretLength(alg: JweAlg, enc: JweEnc): number | undefined {
  const info = JWE_ALG_INFO[alg];
  if (info.family === 'dir') return JWE_ENC_INFO[enc].cekBits / 8;
  if (info.family === 'aes-kw' || info.family === 'aes-gcm-kw') return (info.wrapBits ?? 0) / 8;
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Feature probe: what this browser's WebCrypto can do

export interface JweSupport {
  /** 192-bit AES keys (A192*, ECDH-ES+A192KW, PBES2-HS384+A192KW); Chromium has none, Node does. */
  aes192: boolean;
  /** X25519 key agreement for ECDH-ES. */
  x25519: boolean;
}

let probed: Promise<JweSupport> | undefined;

async function tryOperation(operation: () => Promise<unknown>): Promise<boolean> {
  try {
    await operation();
    return true;
  } catch {
    return false;
  }
}

async function runProbe(subtle: SubtleCrypto): Promise<JweSupport> {
  const key24 = new Uint8Array(24);
  const aes192 = await tryOperation(async () => {
    // Chromium rejects the import itself ("192-bit AES keys are not supported"); try all three uses anyway.
    const gcm = await subtle.importKey('raw', key24, 'AES-GCM', false, ['encrypt']);
    await subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, gcm, new Uint8Array(0));
    await subtle.importKey('raw', key24, 'AES-KW', false, ['wrapKey']);
    await subtle.importKey('raw', key24, 'AES-CBC', false, ['encrypt']);
  });
  const x25519 = await tryOperation(() => subtle.generateKey({ name: 'X25519' }, false, ['deriveBits']));
  return { aes192, x25519 };
}

/** Probes this runtime's WebCrypto once (by trying, not by sniffing the browser) and caches the answer. */
export function probeJweSupport(subtle: SubtleCrypto = globalThis.crypto.subtle): Promise<JweSupport> {
  probed ??= runProbe(subtle);
  return probed;
}

function needsAes192(alg: JweAlg, enc: JweEnc): boolean {
  return JWE_ALG_INFO[alg].wrapBits === 192 || JWE_ENC_INFO[enc].aesBits === 192;
}

function findMissingFeature(
  alg: JweAlg,
  enc: JweEnc,
  support: JweSupport,
  curve?: unknown,
): 'aes-192' | 'x25519' | undefined {
  if (!support.aes192 && needsAes192(alg, enc)) return 'aes-192';
  if (!support.x25519 && curve === 'X25519') return 'x25519';
  return undefined;
}

/** Whether this browser can do this alg and enc (an unknown name is never supported). */
export async function isJweAlgSupported(alg: string, enc: string, support?: JweSupport): Promise<boolean> {
  if (!isJweAlg(alg) || !isJweEnc(enc)) return false;
  return findMissingFeature(alg, enc, support ?? (await probeJweSupport())) === undefined;
}

/** The algorithms and encryptions this browser can do, for the jwe-alg-select and jwe-enc-select lists. */
export async function supportedJweAlgs(support?: JweSupport): Promise<{ algs: JweAlg[]; encs: JweEnc[] }> {
  const s = support ?? (await probeJweSupport());
  return {
    algs: JWE_ALGS.filter((alg) => s.aes192 || JWE_ALG_INFO[alg].wrapBits !== 192),
    encs: JWE_ENCS.filter((enc) => s.aes192 || JWE_ENC_INFO[enc].aesBits !== 192),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Parts

export type JwePartName = 'protected' | 'encrypted-key' | 'iv' | 'ciphertext' | 'tag';

export interface JwePart {
  name: JwePartName;
  raw: string;
  byteLength?: number;
  problem?: Problem;
}

export interface JweParts {
  /** The cleaned compact token. */
  token: string;
  header: DecodedHeader;
  alg?: string;
  enc?: string;
  zip?: string;
  cty?: string;
  kid?: string;
  parts: JwePart[];
}

const PART_NAMES: JwePartName[] = ['protected', 'encrypted-key', 'iv', 'ciphertext', 'tag'];
const PART_SEGMENTS: Record<JwePartName, Segment> = {
  protected: 'header',
  'encrypted-key': 'encrypted-key',
  iv: 'iv',
  ciphertext: 'ciphertext',
  tag: 'tag',
};

function describePart(name: JwePartName, raw: string): JwePart {
  const segment = PART_SEGMENTS[name];
  // RFC 7516 §7.1: the encrypted key is empty for dir and ECDH-ES; the ciphertext of an empty plaintext is empty.
  if (raw === '') {
    const mayBeEmpty = name === 'encrypted-key' || name === 'ciphertext';
    return mayBeEmpty
      ? { name, raw, byteLength: 0 }
      : { name, raw, problem: { code: 'segment-empty', segment } };
  }
  try {
    return { name, raw, byteLength: decodeBase64url(raw).length };
  } catch {
    const bad = /[^A-Za-z0-9_-]/.exec(raw);
    const problem: Problem = bad
      ? { code: 'segment-not-base64url', segment, index: bad.index, character: bad[0] }
      : { code: 'segment-bad-length', segment };
    return { name, raw, problem };
  }
}

function readHeaderString(header: JsonObject | undefined, name: string): string | undefined {
  const value = header?.[name];
  return typeof value === 'string' ? value : undefined;
}

/** Splits a compact JWE into its protected header and five parts, each with its own problem if broken. */
export function describeJweParts(token: string): Result<JweParts> {
  const decoded = decodeToken(token);
  if (decoded.tokenProblem) return fail(decoded.tokenProblem);
  if (decoded.parts.length !== 5) return fail({ code: 'jwe-not-compact', count: decoded.parts.length });
  const header = decoded.header ?? decodeHeaderSegment(decoded.parts[0] ?? '', true);
  const parts = PART_NAMES.map((name, i) =>
    name === 'protected'
      ? { name, raw: decoded.parts[0] ?? '', problem: header.problem }
      : describePart(name, decoded.parts[i] ?? ''),
  );
  const value = header.value;
  return ok({
    token: decoded.token,
    header,
    alg: readHeaderString(value, 'alg'),
    enc: readHeaderString(value, 'enc'),
    zip: readHeaderString(value, 'zip'),
    cty: readHeaderString(value, 'cty'),
    kid: readHeaderString(value, 'kid'),
    parts,
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Keys: keys.ts reads the box (secret, PEM incl. PKCS#1/SEC1, JWK, JWKS); here only the JWE-specific checks.

export type { SecretEncoding };

type KeyUse = 'decrypt' | 'encrypt';

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const ECDH_CURVES = new Set(['P-256', 'P-384', 'P-521', 'X25519']);

function keyKindOf(description: KeyDescription): JweKeyKind | undefined {
  switch (description.kty) {
    case 'oct':
      return 'secret';
    case 'RSA':
      return 'rsa';
    case 'EC':
    case 'OKP':
      return ECDH_CURVES.has(description.curve ?? '') ? 'ec-or-okp' : undefined;
    default:
      return undefined;
  }
}

function nameKey(description: KeyDescription): string {
  if (description.format === 'secret') return 'secret';
  const kty = description.kty ?? 'unknown';
  return description.curve ? `${kty} ${description.curve}` : kty;
}

function checkSecretLength(bytes: Uint8Array, alg: JweAlg, enc: JweEnc): JweProblem | undefined {
  const expected = getJweSecretLength(alg, enc);
  if (expected !== undefined && bytes.length !== expected) {
    return { code: 'jwe-key-wrong-length', alg, enc, expectedBytes: expected, actualBytes: bytes.length };
  }
  return undefined;
}

function readSecretBytes(key: ParsedKey): Uint8Array | undefined {
  const { material } = key;
  if (material.type === 'secret') return material.bytes;
  if (material.type === 'jwk' && typeof material.jwk.k === 'string') {
    try {
      return decodeBase64url(material.jwk.k);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export interface ReadJweKeyOptions {
  use: KeyUse;
  encoding?: SecretEncoding;
  /** The token's `kid`, to pick a key from a JWKS. */
  kid?: string;
}

/** A key ready for jose, with the `kid` of the key chosen (for the header when encrypting). */
export interface JweKey {
  key: CryptoKey | Uint8Array;
  kid?: string;
}

/**
 * Reads the key box for a JWE algorithm: a password (PBES2), or anything keys.ts reads (secret, PEM, JWK,
 * JWKS picked by kid), then checks the key kind fits the alg, a secret's length, and that decrypting has a private key.
 */
export async function readJweKey(
  keyText: string,
  alg: JweAlg,
  enc: JweEnc,
  { use, encoding = 'utf8', kid }: ReadJweKeyOptions,
): Promise<Result<JweKey>> {
  const expected = getJweKeyKind(alg);
  // PBES2 takes the box's text as the password, byte for byte (RFC 7518 §4.8.1.1: it is UTF-8 octets).
  if (expected === 'password') {
    return keyText === '' ? fail({ code: 'empty-secret' }) : ok({ key: utf8Encode(keyText) });
  }
  const reading = parseKeyInput(keyText, encoding);
  if (reading.state === 'empty') return fail({ code: 'empty-secret' });
  if (reading.state === 'error') return fail(reading.problem);
  // The same selection as a JWS's (kid, alg, use 'enc', key type): a key that does not fit is never used.
  const selected = selectKeysFor(reading.value, {
    alg,
    use: 'enc',
    kid,
    misfit: (d): JweProblem | undefined =>
      keyKindOf(d) === expected
        ? undefined
        : { code: 'jwe-key-wrong-type', alg, expected, found: nameKey(d) },
    purpose: 'verify',
  });
  if (!selected.ok) {
    const { problem } = selected;
    return fail(problem.code === 'jwe-key-wrong-type' ? problem : { code: 'jwe-no-matching-key', kid });
  }
  const chosen = selected.value[0]!;
  const { description } = chosen;
  const found = description.kid !== undefined ? { kid: description.kid } : {};
  if (expected === 'secret') {
    const bytes = readSecretBytes(chosen);
    if (!bytes) return fail({ code: 'empty-secret' });
    const lengthProblem = checkSecretLength(bytes, alg, enc);
    return lengthProblem ? fail(lengthProblem) : ok({ key: bytes, ...found });
  }
  if (use === 'decrypt' && description.visibility !== 'private') return fail({ code: 'jwe-key-not-private' });
  // Decrypting needs the private key; encrypting uses the public key (or a private key's public half).
  const imported = await importKeyMaterial(chosen.material, alg, use === 'decrypt' ? 'private' : 'public');
  return imported.ok ? ok({ key: imported.value, ...found }) : imported;
}

// ---------------------------------------------------------------------------------------------------------------
// Errors: jose's stable codes and WebCrypto's DOMException names, never class names (minified in production)

function errorDetail(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error);
}

/** Maps a throw from jose or WebCrypto during decryption or encryption to a state and a problem. */
export function mapJweError(
  error: unknown,
  alg: JweAlg,
): { state: 'failed' | 'unsupported'; problem: JweProblem } {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === errors.JWEDecryptionFailed.code)
    return { state: 'failed', problem: { code: 'jwe-wrong-key' } };
  if (code === errors.JWEInvalid.code)
    return { state: 'failed', problem: { code: 'jwe-invalid', detail: errorDetail(error) } };
  if (code === errors.JOSENotSupported.code) {
    return { state: 'unsupported', problem: { code: 'jwe-not-supported', detail: errorDetail(error) } };
  }
  if (error instanceof DOMException) {
    if (error.name === 'NotSupportedError' || /not supported/i.test(error.message)) {
      return { state: 'unsupported', problem: { code: 'jwe-not-supported', detail: errorDetail(error) } };
    }
    return { state: 'failed', problem: { code: 'jwe-key-unfit', alg, detail: errorDetail(error) } };
  }
  // jose throws TypeError for a key of the wrong type or curve for the alg.
  if (error instanceof TypeError)
    return { state: 'failed', problem: { code: 'jwe-key-unfit', alg, detail: errorDetail(error) } };
  return { state: 'failed', problem: { code: 'jwe-unexpected-error', detail: errorDetail(error) } };
}

// ---------------------------------------------------------------------------------------------------------------
// Decrypt

export interface DecryptionReport {
  state: 'no-key' | 'decrypted' | 'failed' | 'unsupported';
  alg?: string;
  enc?: string;
  /** The plaintext as UTF-8 text (lossy when `binary`). */
  plaintext?: string;
  binary?: boolean;
  cty?: string;
  /** The plaintext is itself a compact JWS (cty JWT, or it looks like one): verify it with a second key. */
  nested?: boolean;
  inner?: DecodedToken;
  /** The plaintext as a claims set, when it is a JSON object. */
  claims?: JsonObject;
  problem?: Problem;
}

export interface DecryptOptions {
  encoding?: SecretEncoding;
  signal?: AbortSignal;
  /** What this browser can do; probed once when absent. Tests pass Chromium's answer to check that path. */
  support?: JweSupport;
}

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/;

/** RFC 7519 §5.2: cty "JWT" marks a nested JWT; RFC 7515 §4.1.10 lets "application/" be left off. */
function isJwtContentType(cty: string | undefined): boolean {
  return cty !== undefined && /^(application\/)?jwt$/i.test(cty);
}

function readPlaintext(bytes: Uint8Array, cty: string | undefined): Omit<DecryptionReport, 'state'> {
  const strict = utf8DecodeStrict(bytes);
  const plaintext = strict ?? utf8DecodeLenient(bytes);
  const report: Omit<DecryptionReport, 'state'> = { plaintext, binary: strict === undefined, cty };
  const trimmed = plaintext.trim();
  if (isJwtContentType(cty) || COMPACT_JWS.test(trimmed)) {
    const inner = decodeToken(trimmed);
    if (isJwtContentType(cty) || (inner.kind === 'jws' && !inner.header?.problem)) {
      return { ...report, nested: true, inner };
    }
  }
  // Not JSON (or absurdly deep): shown as text.
  const parsed = parseJsonWithin(plaintext);
  if ('value' in parsed && isObject(parsed.value)) return { ...report, nested: false, claims: parsed.value };
  return { ...report, nested: false };
}

/**
 * Decrypts a compact JWE with the key box's text. A wrong key, an unreadable key and an algorithm this
 * browser lacks each come back as a state with a problem; it rejects only on abort (with the signal's reason).
 */
export async function decryptToken(
  token: string,
  keyText: string,
  { encoding = 'utf8', signal, support }: DecryptOptions = {},
): Promise<DecryptionReport> {
  const described = describeJweParts(token);
  if (!described.ok) return { state: 'failed', problem: described.problem };
  const { alg, enc, kid, cty, header } = described.value;
  if (header.problem) return { state: 'failed', alg, enc, problem: header.problem };
  if (!isJweAlg(alg) || !isJweEnc(enc)) {
    return { state: 'unsupported', alg, enc, problem: { code: 'jwe-alg-unknown', alg: alg ?? '', enc } };
  }
  const epk = header.value?.epk;
  const missing = findMissingFeature(
    alg,
    enc,
    support ?? (await probeJweSupport()),
    isObject(epk) ? epk.crv : undefined,
  );
  if (missing) {
    return {
      state: 'unsupported',
      alg,
      enc,
      problem: { code: 'jwe-unsupported-in-browser', alg, enc, feature: missing },
    };
  }
  if (keyText.trim() === '') return { state: 'no-key', alg, enc };
  const key = await readJweKey(keyText, alg, enc, { use: 'decrypt', encoding, kid });
  signal?.throwIfAborted();
  if (!key.ok) return { state: 'failed', alg, enc, problem: key.problem };
  let plaintext: Uint8Array;
  try {
    ({ plaintext } = await compactDecrypt(described.value.token, key.value.key, {
      // PBES2 must be allowed by name, and allowing exactly the header's pair keeps jose from guessing.
      keyManagementAlgorithms: [alg],
      contentEncryptionAlgorithms: [enc],
    }));
  } catch (error) {
    signal?.throwIfAborted();
    return { alg, enc, ...mapJweError(error, alg) };
  }
  signal?.throwIfAborted();
  return { state: 'decrypted', alg, enc, ...readPlaintext(plaintext, cty) };
}

/** Verifies the signed JWT inside a decrypted JWE with a second key (the nested-key-input), via verify.ts. */
export async function verifyNestedToken(
  report: DecryptionReport,
  keyText: string,
  options: VerifyOptions = {},
): Promise<SignatureReport> {
  if (report.state !== 'decrypted' || !report.nested || report.plaintext === undefined) {
    return { state: 'not-applicable', problem: { code: 'token-not-decoded' }, warnings: [] };
  }
  return verifySignature(report.plaintext.trim(), keyText, options);
}

// ---------------------------------------------------------------------------------------------------------------
// Encrypt

export interface EncryptRequest {
  /** The claims as JSON text, or a signed compact JWS for a nested token. */
  plaintext: string;
  alg: string;
  enc: string;
  keyText: string;
  encoding?: SecretEncoding;
  /** "JWT" for a nested signed token (RFC 7519 §5.2). */
  cty?: string;
  /** Compress the plaintext with DEFLATE before encrypting (zip: DEF). */
  zip?: boolean;
  support?: JweSupport;
}

/** Encrypts the plaintext to a compact JWE for the recipient's key; the key's kid, if any, goes in the header. */
export async function encryptPayload(request: EncryptRequest): Promise<Result<string>> {
  const { plaintext, alg, enc, keyText, encoding = 'utf8', cty, zip, support } = request;
  if (!isJweAlg(alg) || !isJweEnc(enc)) return fail({ code: 'jwe-alg-unknown', alg, enc });
  const missing = findMissingFeature(alg, enc, support ?? (await probeJweSupport()));
  if (missing) return fail({ code: 'jwe-unsupported-in-browser', alg, enc, feature: missing });
  const key = await readJweKey(keyText, alg, enc, { use: 'encrypt', encoding });
  if (!key.ok) return key;
  const { kid } = key.value;
  const header: CompactJWEHeaderParameters = { alg, enc };
  if (cty) header.cty = cty;
  if (zip) header.zip = 'DEF';
  if (kid) header.kid = kid;
  try {
    const jwe = await new CompactEncrypt(utf8Encode(plaintext))
      .setProtectedHeader(header)
      .encrypt(key.value.key);
    return ok(jwe);
  } catch (error) {
    return fail(mapJweError(error, alg).problem);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Generate

export interface GeneratedJweKey {
  /** For the decrypting side's key box: the private JWK, the shared secret JWK, or the password. */
  privateText: string;
  /** For the encryption-key-input: the public JWK (or the same secret or password). */
  publicText: string;
}

export interface GenerateJweKeyOptions {
  /** The curve for ECDH-ES; P-256 unless given. */
  curve?: 'P-256' | 'P-384' | 'P-521' | 'X25519';
}

function randomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  crypto.getRandomValues(bytes);
  return bytes;
}

async function withKid(jwk: JWK, alg: JweAlg): Promise<JWK> {
  const kid = await calculateJwkThumbprint(jwk);
  return { kid, ...jwk, alg, use: 'enc' };
}

/**
 * Makes a fresh key for a JWE alg: an oct JWK of the right size (dir, A*KW, A*GCMKW), an RSA 2048 pair
 * (RSA-OAEP*), an EC P-256 or X25519 pair (ECDH-ES*), or a random password (PBES2).
 */
export async function generateJweKey(
  alg: JweAlg,
  enc: JweEnc,
  options: GenerateJweKeyOptions = {},
): Promise<GeneratedJweKey> {
  const family = JWE_ALG_INFO[alg].family;
  if (family === 'pbes2') {
    const password = encodeBase64url(randomBytes(18));
    return { privateText: password, publicText: password };
  }
  const secretLength = getJweSecretLength(alg, enc);
  if (secretLength !== undefined) {
    const jwk = await withKid({ kty: 'oct', k: encodeBase64url(randomBytes(secretLength)) }, alg);
    const text = JSON.stringify(jwk, null, 2);
    return { privateText: text, publicText: text };
  }
  const pair =
    family === 'rsa-oaep'
      ? await generateKeyPair(alg, { modulusLength: 2048, extractable: true })
      : await generateKeyPair(alg, { crv: options.curve ?? 'P-256', extractable: true });
  const privateJwk = await exportJWK(pair.privateKey);
  const publicJwk = await exportJWK(pair.publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  return {
    privateText: JSON.stringify({ kid, ...privateJwk, alg, use: 'enc' }, null, 2),
    publicText: JSON.stringify({ kid, ...publicJwk, alg, use: 'enc' }, null, 2),
  };
}
