// Checks a compact JWS's signature (signature only: claims are judged by claims.ts) with the key box's key.

import type { FlattenedJWSInput } from 'jose';
import { getJwsAlgorithm, type JwsAlgorithm } from './algorithms';
import type { KeyDescription, KeyInputReading, ParsedKeyInput, SecretEncoding } from '../keys/keys';
import type { Problem } from '../shared/problems';
import { decodeToken, type DecodedToken, type JsonObject } from '../token/token';
// Small and needed by the first verdict (crit and b64 are judged before any key): loaded with the page.
import { checkJwsHeader } from '../hardening/jws-header';
import { loadOnce } from '../shared/load-once';

const loadVerifyWithKey = loadOnce(() => import('./verify-with-key'));

// Key reading and import (keys.ts, DER, X.509 and jose's importers) load with the first key, not with the page.
const loadKeyReader = () => import('../keys/keys');

export type SignatureState =
  'valid' | 'invalid' | 'no-key' | 'key-error' | 'unsecured' | 'unsupported' | 'not-applicable';

/** The verdict on a token's signature, matching the UI's signature-status `data-state`. */
export interface SignatureReport {
  state: SignatureState;
  /** Why the state is not `valid` (absent for `valid` and `no-key`). */
  problem?: Problem;
  alg?: string;
  /** The key that was used; for a JWKS, the entry that matched (its `index` and `kid`). */
  key?: KeyDescription;
  /** How many JWKS keys were tried (several when the token has no kid). */
  triedKeys?: number;
  /** Things to know even when the signature is valid: short secret, RSA under 2048 bits, … */
  warnings: Problem[];
  /** A JWS in JSON serialization: the verdict on each signature, in order (the state above is `valid` when one is). */
  signatures?: SignatureRowReport[];
}

/** The verdict on one signature of a JWS in JSON serialization. */
export interface SignatureRowReport extends Omit<SignatureReport, 'signatures'> {
  index: number;
  kid?: string;
}

export interface VerifyOptions {
  encoding?: SecretEncoding;
  /** Abort when newer input makes this check stale: the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/**
 * Verifies a pasted token's signature with the pasted key text. Never throws except on abort.
 * @example const report = await verifySignature(tokenText, keyText, { encoding: 'utf8' });
 */
export async function verifySignature(
  token: string,
  keyInput: string,
  options: VerifyOptions = {},
): Promise<SignatureReport> {
  const { parseKeyInput } = await loadKeyReader();
  return verifyDecodedToken(
    decodeToken(token),
    parseKeyInput(keyInput, options.encoding ?? 'utf8'),
    options.signal,
  );
}

/**
 * The report when no cryptography is needed (no key, an unsecured or undecodable token, a rejected header, an
 * unsupported alg…), at once and without loading anything; undefined when the signature must be checked with the
 * key (verifyDecodedToken then does it). The first verdict of a pasted token without a key comes from here.
 */
export function reportWithoutCrypto(
  decoded: DecodedToken,
  reading: KeyInputReading,
): SignatureReport | undefined {
  // RFC 7515 Appendix F: without its payload a detached signature cannot be checked (attachDetachedPayload first).
  if (decoded.detached && !decoded.tokenProblem && decoded.kind === 'jws') {
    const alg = decoded.header?.value?.alg;
    return {
      state: 'not-applicable',
      ...(typeof alg === 'string' ? { alg } : {}),
      problem: { code: 'payload-detached' },
      warnings: [],
    };
  }
  // A JSON-serialized JWS is judged signature by signature (verify-json.ts).
  if (decoded.json?.type === 'jws' && !decoded.tokenProblem) return undefined;
  const early = precheck(decoded, reading);
  return 'report' in early ? early.report : undefined;
}

/** Like verifySignature, for a token already decoded and a key already read (both memoisable by the caller). */
export async function verifyDecodedToken(
  decoded: DecodedToken,
  reading: KeyInputReading,
  signal?: AbortSignal,
): Promise<SignatureReport> {
  const now = reportWithoutCrypto(decoded, reading);
  if (now) return now;
  if (decoded.json?.type === 'jws' && !decoded.tokenProblem) {
    // Loaded only for a JSON-serialized token; it judges each signature with verifyOneSignature.
    const { verifyJsonSignatures } = await import('./verify-json');
    return verifyJsonSignatures(decoded, decoded.json, reading, signal, verifyOneSignature);
  }
  return verifyOneSignature(decoded, reading, signal);
}

/**
 * Verifies one signature: a compact token's, or (with `flattened`) one signature of a JSON-serialized JWS, whose
 * `decoded` then holds that signature's parts and JOSE header.
 */
export async function verifyOneSignature(
  decoded: DecodedToken,
  reading: KeyInputReading,
  signal?: AbortSignal,
  flattened?: FlattenedJWSInput,
): Promise<SignatureReport> {
  signal?.throwIfAborted();
  const early = precheck(decoded, reading);
  if ('report' in early) return early.report;
  const { algorithm, header, key } = early;
  // The crypto (jose, the key import) loads with the first key, in the same moment as the key reader; once
  // loaded, it is handed back without a task's wait (load-once.ts), so a paste's check settles in its own task.
  const { verifyWithKey } = await loadVerifyWithKey();
  signal?.throwIfAborted();
  return verifyWithKey(decoded, algorithm, header, key, signal, flattened);
}

type Precheck =
  { report: SignatureReport } | { algorithm: JwsAlgorithm; header: JsonObject; key: ParsedKeyInput };

/** One signature's verdict before any cryptography, or what the key must check. */
function precheck(decoded: DecodedToken, reading: KeyInputReading): Precheck {
  if (decoded.tokenProblem || !decoded.kind)
    return { report: { state: 'not-applicable', problem: { code: 'token-not-decoded' }, warnings: [] } };
  if (decoded.kind === 'jwe')
    return { report: { state: 'not-applicable', problem: { code: 'token-is-jwe' }, warnings: [] } };
  const header = decoded.header?.value;
  const alg = header?.alg;
  // A header without alg still decodes, but nothing can be verified without knowing the algorithm.
  if (header && !decoded.header?.problem && !Object.hasOwn(header, 'alg'))
    return { report: { state: 'invalid', problem: { code: 'alg-missing' }, warnings: [] } };
  if (!header || typeof alg !== 'string' || decoded.header?.problem) {
    return {
      report: {
        state: 'not-applicable',
        problem: decoded.header?.problem ?? { code: 'token-not-decoded' },
        warnings: [],
      },
    };
  }
  // RFC 7519 §6: an unsecured JWT carries no signature to check, so it is never "valid".
  if (decoded.kind === 'unsecured')
    return { report: { state: 'unsecured', alg, problem: { code: 'alg-none' }, warnings: [] } };
  // crit and b64 are judged here, before any key, so the raw WebCrypto path obeys them too.
  const headerProblem = checkJwsHeader(header);
  if (headerProblem) return { report: { state: 'invalid', alg, problem: headerProblem, warnings: [] } };
  const algorithm = getJwsAlgorithm(alg);
  if (!algorithm)
    return { report: { state: 'unsupported', alg, problem: { code: 'alg-unsupported', alg }, warnings: [] } };
  if (reading.state === 'empty') return { report: { state: 'no-key', alg, warnings: [] } };
  if (reading.state === 'error')
    return { report: { state: 'key-error', alg, problem: reading.problem, warnings: [] } };
  return { algorithm, header, key: reading.value };
}
