// Judges each signature of a JWS in JSON serialization (RFC 7515 §7.2) with the key box's key, and says which
// key verified which signature. Loaded only when such a token is pasted.

import type { FlattenedJWSInput } from 'jose';
import type { KeyInputReading } from '../keys/keys';
import type { DecodedToken, JwsJson, JwsJsonSignature } from '../token/token';
import type { SignatureReport, SignatureRowReport, SignatureState, verifyOneSignature } from './verify';

/** The order in which a non-valid state speaks for the whole token: the most telling first. */
const STATE_ORDER: SignatureState[] = [
  'invalid',
  'key-error',
  'unsupported',
  'unsecured',
  'no-key',
  'not-applicable',
];

/** One signature as if it were a token of its own: its parts, its JOSE header, the shared payload. */
function singleToken(decoded: DecodedToken, json: JwsJson, sig: JwsJsonSignature): DecodedToken {
  const payload = json.payload ?? '';
  const header = sig.problem
    ? { ...sig.protected, value: sig.joseHeader, problem: sig.problem }
    : { ...sig.protected, value: sig.joseHeader };
  return {
    token: `${sig.protected.raw}.${payload}.${sig.signature}`,
    cleanups: [],
    parts: [sig.protected.raw, payload, sig.signature],
    kind: sig.joseHeader.alg === 'none' ? 'unsecured' : 'jws',
    header,
    payload: decoded.payload,
    ...(sig.signatureLength !== undefined ? { signatureLength: sig.signatureLength } : {}),
    notes: [],
  };
}

function flattenedOf(json: JwsJson, sig: JwsJsonSignature): FlattenedJWSInput {
  return {
    ...(sig.protected.raw !== '' ? { protected: sig.protected.raw } : {}),
    ...(sig.header ? { header: sig.header } : {}),
    payload: json.payload ?? '',
    signature: sig.signature,
  };
}

/**
 * Verifies every signature of a JSON-serialized JWS. The token's state is `valid` when the key verifies at
 * least one signature (as RFC 7515 §7.2 leaves to the application); else the most telling of the others.
 * Never throws except on abort.
 */
export async function verifyJsonSignatures(
  decoded: DecodedToken,
  json: JwsJson,
  reading: KeyInputReading,
  signal: AbortSignal | undefined,
  // Passed in, not imported: verify.ts is in the first chunk, and an import back would split it out of it.
  verifyOne: typeof verifyOneSignature,
): Promise<SignatureReport> {
  const rows: SignatureRowReport[] = [];
  for (const sig of json.signatures) {
    const report = await verifyOne(singleToken(decoded, json, sig), reading, signal, flattenedOf(json, sig));
    const kid = sig.joseHeader.kid;
    rows.push({ ...report, index: sig.index, ...(typeof kid === 'string' ? { kid } : {}) });
  }
  const valid = rows.find((r) => r.state === 'valid');
  const speaker =
    valid ??
    STATE_ORDER.map((state) => rows.find((r) => r.state === state)).find((r) => r !== undefined) ??
    rows[0]!;
  const { index: _index, kid: _kid, ...report } = speaker;
  return { ...report, signatures: rows };
}
