// Decrypts a compact JWE with the key box's text and reads its plaintext (claims, text or a nested JWS).

import { compactDecrypt } from 'jose';
import { utf8DecodeLenient, utf8DecodeStrict } from '../shared/base64url';
import { parseJsonWithin } from '../shared/json';
import type { Problem } from '../shared/problems';
import type { SecretEncoding } from '../keys/keys';
import { decodeToken, type DecodedToken, type JsonObject } from '../token/token';
import { verifySignature, type SignatureReport, type VerifyOptions } from '../jws/verify';
import { mapJweError } from './errors';
import { readJweKey } from './key';
import { describeJweParts } from './parts';
import { isJweAlg, isJweEnc } from './registry';
import { findMissingFeature, probeJweSupport, type JweSupport } from './support';

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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
  /** A JWE in JSON serialization: the recipient whose key decrypted it (its index in `recipients`). */
  recipient?: number;
  /** A JWE in JSON serialization: what became of each recipient tried, in order. */
  recipients?: RecipientReport[];
}

/** One recipient of a JSON-serialized JWE, tried with the key box's key. */
export interface RecipientReport {
  index: number;
  state: DecryptionReport['state'];
  alg?: string;
  enc?: string;
  kid?: string;
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

export function readPlaintext(bytes: Uint8Array, cty: string | undefined): Omit<DecryptionReport, 'state'> {
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
  if (token.trimStart().startsWith('{')) {
    // A JWE in JSON serialization: each recipient is tried in turn (decrypt-json.ts, loaded only for one).
    const { decryptJsonToken } = await import('./decrypt-json');
    return decryptJsonToken(decodeToken(token), keyText, { encoding, signal, support });
  }
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
