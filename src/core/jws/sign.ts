// Signs a header and payload with the key box's key (secret, private PEM in any format, private JWK).

import { CompactSign } from 'jose';
import { getJwsAlgorithm, MIN_RSA_BITS } from './algorithms';
import { encodeBase64url, utf8Encode } from '../shared/base64url';
import { problemFromCryptoError } from '../shared/crypto-errors';
import {
  importSigningKey,
  keyWarnings,
  parseKeyInput,
  type KeyDescription,
  type KeyInputReading,
  type SecretEncoding,
} from '../keys/keys';
import { fail, ok, type Problem, type Result } from '../shared/problems';

export interface SignRequest {
  /** The protected header; its `alg` chooses the algorithm. Sent as given (key order kept). */
  header: Record<string, unknown>;
  /** A string is signed as its exact UTF-8 bytes; anything else as compact JSON. */
  payload: string | Record<string, unknown>;
}

export interface SignedToken {
  token: string;
  /** The key that signed (for a JWKS, the entry used). Absent for alg none. */
  key?: KeyDescription;
  warnings: Problem[];
}

/**
 * Signs a compact JWS with pasted key text. alg none yields an unsecured token (with an `alg-none` warning).
 * @example await signToken({ header: { alg: 'HS256', typ: 'JWT' }, payload: { sub: 'x' } }, 'secret')
 */
export async function signToken(
  request: SignRequest,
  keyInput: string,
  options: { encoding?: SecretEncoding } = {},
): Promise<Result<SignedToken, Problem>> {
  return signWithReading(request, parseKeyInput(keyInput, options.encoding ?? 'utf8'));
}

/** Like signToken, for a key already read by parseKeyInput (memoisable by the caller). */
export async function signWithReading(
  request: SignRequest,
  reading: KeyInputReading,
): Promise<Result<SignedToken, Problem>> {
  const { header } = request;
  const alg = header.alg;
  if (alg === undefined) return fail({ code: 'header-missing-alg' });
  if (typeof alg !== 'string') return fail({ code: 'header-alg-not-string' });
  const payloadBytes =
    typeof request.payload === 'string'
      ? utf8Encode(request.payload)
      : utf8Encode(JSON.stringify(request.payload));
  if (alg === 'none') {
    // RFC 7519 §6.1: an unsecured JWS has an empty signature.
    const h = encodeBase64url(utf8Encode(JSON.stringify(header)));
    return ok({ token: `${h}.${encodeBase64url(payloadBytes)}.`, warnings: [{ code: 'alg-none' }] });
  }
  const algorithm = getJwsAlgorithm(alg);
  if (!algorithm) return fail({ code: 'alg-unsupported', alg });
  if (reading.state === 'empty') return fail({ code: 'no-key' });
  if (reading.state === 'error') return fail(reading.problem);
  // ES256K, Ed448, and EdDSA with an Ed448 key (RFC 8037): audited @noble code, loaded only now.
  // ML-DSA (RFC 9964): WebCrypto where it has it, else @noble/post-quantum (ml-dsa-jws.ts), loaded only now.
  if (
    algorithm.engine ||
    algorithm.family === 'ml-dsa' ||
    (alg === 'EdDSA' && reading.value.keys.some((k) => k.description.curve === 'Ed448'))
  ) {
    const signInSoftware =
      algorithm.family === 'ml-dsa'
        ? (await import('./ml-dsa-jws')).signMlDsa
        : (await import('./software-jws')).signInSoftware;
    const h = encodeBase64url(utf8Encode(JSON.stringify({ ...header, alg })));
    const signed = await signInSoftware(h, payloadBytes, reading.value, algorithm, header);
    if (!signed.ok) return signed;
    const { description } = signed.value.key;
    const warnings = [...reading.value.hints, ...keyWarnings(description, signed.value.algorithm)];
    return ok({ token: signed.value.token, key: description, warnings });
  }
  const imported = await importSigningKey(reading.value, alg, header);
  if (!imported.ok) return imported;
  const { key, description, rsaBits } = imported.value;
  const warnings = [...reading.value.hints, ...keyWarnings(description, algorithm)];
  const crit = Array.isArray(header.crit)
    ? header.crit.filter((c): c is string => typeof c === 'string')
    : [];
  try {
    let token: string;
    if (rsaBits !== undefined && rsaBits < MIN_RSA_BITS) {
      // jose refuses to sign with RSA under 2048 bits; the debugger still can (with the warning above).
      const h = encodeBase64url(utf8Encode(JSON.stringify(header)));
      const p = encodeBase64url(payloadBytes);
      const signature = await crypto.subtle.sign(
        algorithm.subtle,
        key as CryptoKey,
        utf8Encode(`${h}.${p}`) as Uint8Array<ArrayBuffer>,
      );
      token = `${h}.${p}.${encodeBase64url(new Uint8Array(signature))}`;
    } else {
      token = await new CompactSign(payloadBytes)
        .setProtectedHeader({ ...header, alg })
        .sign(key, { crit: Object.fromEntries(crit.filter((c) => c !== 'b64').map((c) => [c, false])) });
    }
    return ok({ token, key: description, warnings });
  } catch (e) {
    return fail(problemFromCryptoError(e, 'sign'));
  }
}
