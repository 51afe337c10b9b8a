// The Problem union and Result type: every way input can be wrong, as data with a stable code.

/** Which part of a compact token a problem concerns. */
export type Segment =
  'token' | 'header' | 'payload' | 'signature' | 'encrypted-key' | 'iv' | 'ciphertext' | 'tag';

export type JsonKind = 'array' | 'string' | 'number' | 'boolean' | 'null' | 'object';

/** A problem found in the input. Keyed on `code`; wording lives in ui/describe-problem.ts. */
export type Problem = DecodeProblem | DiscoveryProblem | JweProblem;

export type DecodeProblem =
  // decoding (token.ts)
  | { code: 'empty-token' }
  | { code: 'wrong-part-count'; count: number }
  | { code: 'json-serialization'; serialization: 'flattened' | 'general' | 'unknown' }
  | { code: 'not-a-token' }
  | { code: 'segment-empty'; segment: Segment }
  | { code: 'segment-not-base64url'; segment: Segment; index: number; character: string }
  | { code: 'segment-bad-length'; segment: Segment }
  | { code: 'segment-not-utf8'; segment: Segment }
  | { code: 'segment-not-json'; segment: Segment; detail: string }
  | { code: 'segment-not-object'; segment: Segment; found: JsonKind }
  | { code: 'header-missing-alg' }
  | { code: 'header-alg-not-string' }
  | { code: 'header-missing-enc' }
  | { code: 'unsecured-with-signature' }
  | { code: 'payload-not-claims'; reason: 'not-json' | 'not-utf8' };
// Later modules (keys, verify, sign, jwe, discovery) add their own sections below.

/** Key discovery (discovery.ts): why the signer's keys could not be fetched or used. */
export type DiscoveryProblem =
  | { code: 'discovery-nothing-to-ask' }
  | { code: 'discovery-invalid-url'; url: string }
  | { code: 'discovery-not-https'; url: string }
  | { code: 'discovery-cors'; url: string }
  | { code: 'discovery-http-error'; url: string; status: number }
  | { code: 'discovery-not-json'; url: string }
  | { code: 'discovery-issuer-mismatch'; url: string; expected: string; found: string | undefined }
  | { code: 'discovery-no-jwks-uri'; url: string }
  | { code: 'discovery-not-jwks'; url: string }
  | {
      code: 'discovery-no-matching-key';
      kid: string | undefined;
      alg: string | undefined;
      available: string[];
    }
  | { code: 'discovery-not-certificate'; url: string | undefined }
  | { code: 'discovery-bad-embedded-jwk' }
  | { code: 'discovery-aborted' };

/** Which kind of key a JWE key management algorithm takes. */
export type JweKeyKind = 'secret' | 'rsa' | 'ec-or-okp' | 'password';

/** Encrypted tokens (jwe.ts): why a JWE could not be read, decrypted or made. */
export type JweProblem =
  | { code: 'jwe-not-compact'; count: number }
  | { code: 'jwe-alg-unknown'; alg: string; enc: string | undefined }
  | { code: 'jwe-unsupported-in-browser'; alg: string; enc: string; feature: 'aes-192' | 'x25519' }
  | { code: 'jwe-not-supported'; detail: string }
  | { code: 'jwe-wrong-key' }
  | { code: 'jwe-invalid'; detail: string }
  | { code: 'jwe-key-unreadable' }
  | { code: 'jwe-secret-not-encoded'; encoding: string }
  | { code: 'jwe-key-wrong-type'; alg: string; expected: JweKeyKind; found: string }
  | { code: 'jwe-key-wrong-length'; alg: string; enc: string; expectedBytes: number; actualBytes: number }
  | { code: 'jwe-key-not-private' }
  | { code: 'jwe-key-format-unsupported'; label: string }
  | { code: 'jwe-no-matching-key'; kid: string | undefined }
  | { code: 'jwe-key-unfit'; alg: string; detail: string }
  | { code: 'jwe-unexpected-error'; detail: string };

export type Result<T, P = Problem> = { ok: true; value: T } | { ok: false; problem: P };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = <P = Problem>(problem: P): { ok: false; problem: P } => ({ ok: false, problem });
