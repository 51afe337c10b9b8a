// Checks an SD-JWT's key binding JWT (RFC 9901 §4.3, §7.3): typ, signature by the cnf key, sd_hash, iat, aud, nonce.

import { decodeBase64url, encodeBase64url, utf8DecodeStrict } from '../shared/base64url';
import { parseKeyInput } from '../keys/keys';
import { decodeToken } from '../token/token';
import type { JsonObject } from '../token/token';
import { verifyDecodedToken } from '../jws/verify';
import { SD_HASH_ALGORITHMS } from './read';
import type { SdJwtReading } from './read';

export type KeyBindingState = 'absent' | 'valid' | 'invalid' | 'mismatch' | 'no-key';

export type KeyBindingCheckName = 'typ' | 'sd_hash' | 'iat' | 'aud' | 'nonce';

export interface KeyBindingCheck {
  check: KeyBindingCheckName;
  /** `skipped` when nothing was expected (no expected audience or nonce set). */
  status: 'ok' | 'fail' | 'skipped';
  found?: unknown;
  expected?: unknown;
}

export interface KeyBindingReport {
  state: KeyBindingState;
  header?: JsonObject;
  payload?: JsonObject;
  /** Why the signature was not checked or failed: `not-a-jwt`, `alg-none`, `no-cnf-jwk`, `bad-cnf-jwk`, `signature`. */
  reason?: 'not-a-jwt' | 'alg-none' | 'no-cnf-jwk' | 'bad-cnf-jwk' | 'signature';
  checks: KeyBindingCheck[];
}

export interface KeyBindingOptions {
  /** Unix seconds. */
  now: number;
  clockTolerance: number;
  /** Any one may match the KB-JWT's `aud`; empty = not judged. */
  audience: string[];
  /** The nonce the KB-JWT must carry; empty = not judged. */
  nonce: string;
}

function parsePart(raw: string | undefined): JsonObject | undefined {
  if (!raw) return undefined;
  try {
    const text = utf8DecodeStrict(decodeBase64url(raw));
    const value: unknown = text === undefined ? undefined : JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as JsonObject)
      : undefined;
  } catch {
    return undefined;
  }
}

/** base64url(hash(ASCII of the SD-JWT up to and including its last `~`)) (RFC 9901 §4.3.1). */
export async function computeSdHash(
  boundText: string,
  hashAlg: keyof typeof SD_HASH_ALGORITHMS,
): Promise<string> {
  const digest = await crypto.subtle.digest(SD_HASH_ALGORITHMS[hashAlg], new TextEncoder().encode(boundText));
  return encodeBase64url(new Uint8Array(digest));
}

/** Checks the key binding JWT of a read SD-JWT against the issuer payload's `cnf.jwk`. Never throws. */
export async function checkKeyBinding(
  reading: SdJwtReading,
  issuerPayload: JsonObject,
  options: KeyBindingOptions,
): Promise<KeyBindingReport> {
  const kb = reading.keyBindingJwt;
  if (kb === undefined) return { state: 'absent', checks: [] };
  const [h, p] = kb.split('.');
  const header = parsePart(h);
  const payload = parsePart(p);
  if (!header || !payload) return { state: 'invalid', reason: 'not-a-jwt', checks: [], header, payload };
  const base = { header, payload };
  const cnf = issuerPayload.cnf;
  const jwk =
    typeof cnf === 'object' && cnf !== null && typeof (cnf as JsonObject).jwk === 'object'
      ? ((cnf as JsonObject).jwk as JsonObject | null)
      : undefined;
  if (!jwk) return { ...base, state: 'no-key', reason: 'no-cnf-jwk', checks: [] };
  const alg = header.alg;
  // §4.3: alg MUST NOT be none.
  if (typeof alg !== 'string' || alg === 'none')
    return { ...base, state: 'invalid', reason: 'alg-none', checks: [] };
  // The page's own JWS verification (the same key reading and checks as the key box), with cnf.jwk as the key.
  const keyReading = parseKeyInput(JSON.stringify(jwk));
  if (keyReading.state !== 'ok') return { ...base, state: 'no-key', reason: 'bad-cnf-jwk', checks: [] };
  const verified = await verifyDecodedToken(decodeToken(kb), keyReading);
  if (verified.state === 'key-error' || verified.state === 'unsupported')
    return { ...base, state: 'no-key', reason: 'bad-cnf-jwk', checks: [] };
  if (verified.state !== 'valid') return { ...base, state: 'invalid', reason: 'signature', checks: [] };

  const checks: KeyBindingCheck[] = [];
  const typ = header.typ;
  checks.push({ check: 'typ', status: typ === 'kb+jwt' ? 'ok' : 'fail', found: typ, expected: 'kb+jwt' });
  const expectedHash = reading.hashSupported
    ? await computeSdHash(reading.boundText, reading.hashAlg as keyof typeof SD_HASH_ALGORITHMS)
    : undefined;
  checks.push({
    check: 'sd_hash',
    status: expectedHash !== undefined && payload.sd_hash === expectedHash ? 'ok' : 'fail',
    found: payload.sd_hash,
    expected: expectedHash,
  });
  const iat = payload.iat;
  checks.push({
    check: 'iat',
    // §7.3 5.3: iat is required and must be a time the verifier accepts; here, not in the future beyond leeway.
    status: typeof iat === 'number' && iat <= options.now + options.clockTolerance ? 'ok' : 'fail',
    found: iat,
  });
  const aud = payload.aud;
  checks.push(
    options.audience.length === 0
      ? { check: 'aud', status: typeof aud === 'string' ? 'skipped' : 'fail', found: aud }
      : {
          check: 'aud',
          // §4.3: aud MUST be a single string.
          status: typeof aud === 'string' && options.audience.includes(aud) ? 'ok' : 'fail',
          found: aud,
          expected: options.audience,
        },
  );
  const nonce = payload.nonce;
  checks.push(
    options.nonce === ''
      ? { check: 'nonce', status: typeof nonce === 'string' ? 'skipped' : 'fail', found: nonce }
      : {
          check: 'nonce',
          status: nonce === options.nonce ? 'ok' : 'fail',
          found: nonce,
          expected: options.nonce,
        },
  );
  const state = checks.some((c) => c.status === 'fail') ? 'mismatch' : 'valid';
  return { ...base, state, checks };
}
