// The Problem union and Result type: every way input can be wrong, as data with a stable code.

/** Which part of a compact token a problem concerns. */
export type Segment =
  'token' | 'header' | 'payload' | 'signature' | 'encrypted-key' | 'iv' | 'ciphertext' | 'tag';

export type JsonKind = 'array' | 'string' | 'number' | 'boolean' | 'null' | 'object';

/** A problem found in the input. Keyed on `code`; wording lives in shared/describe-problem.ts. */
export type Problem = DecodeProblem | KeyProblem | SignatureProblem | DiscoveryProblem | JweProblem;

export type DecodeProblem =
  // decoding (token.ts)
  | { code: 'empty-token' }
  | { code: 'wrong-part-count'; count: number }
  /** A JWS or JWE in JSON serialization with a member missing or of the wrong type (or too many entries). */
  | {
      code: 'json-serialization';
      serialization: 'flattened' | 'general';
      member: string;
      reason: 'missing' | 'not-string' | 'not-object' | 'not-array' | 'empty' | 'too-many';
    }
  | { code: 'not-a-token' }
  | { code: 'segment-empty'; segment: Segment }
  | { code: 'segment-not-base64url'; segment: Segment; index: number; character: string }
  | { code: 'segment-bad-length'; segment: Segment }
  | { code: 'segment-not-utf8'; segment: Segment }
  | { code: 'segment-not-json'; segment: Segment; detail: string }
  | { code: 'segment-too-deep'; segment: Segment; limit: number }
  | { code: 'segment-not-object'; segment: Segment; found: JsonKind }
  | { code: 'header-missing-alg' }
  | { code: 'header-alg-not-string' }
  | { code: 'header-missing-enc' }
  | { code: 'unsecured-with-signature' }
  /** RFC 7515 Appendix F: the payload is not in the token (`header..signature`, or no `payload` member). */
  | { code: 'payload-detached' }
  | { code: 'payload-not-claims'; reason: 'not-json' | 'not-utf8' | 'unencoded' };
// Later modules (keys, verify, sign, jwe, discovery) add their own sections below.

/** A JWKS entry as listed in problems: enough to tell the keys apart. */
export interface JwksKeySummary {
  kid?: string;
  kty?: string;
  alg?: string;
  crv?: string;
  use?: string;
}

/** A step that called jose or WebCrypto. */
export type CryptoOperation = 'import' | 'verify' | 'sign' | 'export' | 'generate';

export type KeyProblem =
  // reading the key box (keys.ts)
  | { code: 'empty-secret' }
  | { code: 'secret-not-encoded'; encoding: 'base64url' | 'base64' | 'hex' }
  | { code: 'pem-unreadable'; label?: string; reason: 'no-block' | 'bad-base64' | 'bad-der' }
  | { code: 'pem-encrypted'; label: string }
  | { code: 'pem-unsupported'; label: string }
  | { code: 'key-type-unsupported'; algorithm: string }
  | {
      code: 'jwk-unreadable';
      reason: 'not-json' | 'not-object' | 'missing-kty' | 'unknown-kty' | 'missing-member' | 'bad-member';
      member?: string;
      kty?: string;
      detail?: string;
    }
  | { code: 'jwks-empty' }
  // choosing a key for an alg and importing it (keys.ts)
  | { code: 'alg-key-mismatch'; alg: string; keyType: string; expected: 'oct' | 'RSA' | 'EC' | 'OKP' | 'AKP' }
  | { code: 'curve-mismatch'; alg: string; curve: string; expected: string }
  | { code: 'kid-not-in-jwks'; kid: string; available: string[] }
  | { code: 'no-matching-key'; alg: string; kid?: string; available: JwksKeySummary[] }
  | { code: 'key-not-private'; keyType: string }
  | { code: 'jwk-forbids'; member: 'alg' | 'use' | 'key_ops'; value: string; alg: string }
  | { code: 'crypto-operation-failed'; operation: CryptoOperation; reason: string }
  // hints and warnings about a key that is still used
  | { code: 'secret-looks-base64'; suggested: 'base64url' | 'base64' | 'hex' }
  | { code: 'secret-has-whitespace' }
  | { code: 'secret-too-short'; alg: string; bytes: number; minBytes: number }
  | { code: 'rsa-key-too-short'; bits: number; minBits: number }
  | { code: 'jwk-alg-differs'; alg: string; jwkAlg: string }
  | { code: 'key-use-not-sig'; use: string }
  | { code: 'jwks-entry-skipped'; index: number; reason: string };

export type SignatureProblem =
  // verifying and signing (verify.ts, sign.ts)
  | { code: 'token-not-decoded' }
  | { code: 'no-key' }
  | { code: 'rsa-size-unsupported'; bits: number }
  | { code: 'token-is-jwe' }
  | { code: 'alg-none' }
  | { code: 'alg-unsupported'; alg: string }
  | { code: 'signature-mismatch' }
  | { code: 'signature-wrong-length'; alg: string; expected: number; actual: number }
  | { code: 'jws-invalid'; reason: string }
  | { code: 'crit-extension'; names: string[] }
  | { code: 'crit-unknown'; names: string[] }
  | {
      code: 'crit-invalid';
      reason:
        | 'not-a-list'
        | 'empty'
        | 'not-a-string'
        | 'registered'
        | 'absent'
        | 'b64-not-boolean'
        | 'b64-not-critical';
      name?: string;
    }
  | { code: 'alg-missing' };

/** Why a host is not asked: a literal address, the machine itself, or the local network. */
export type DiscoveryHostReason = 'ip-literal' | 'localhost' | 'local-domain';

/** Key discovery (discovery.ts): why the signer's keys could not be fetched or used. */
export type DiscoveryProblem =
  | { code: 'discovery-nothing-to-ask' }
  | { code: 'discovery-invalid-url'; url: string }
  | { code: 'discovery-not-https'; url: string }
  /** A host a token must not make the page ask (IP literal, localhost, .local); `via` when a redirect led there. */
  | { code: 'discovery-host-refused'; url: string; host: string; reason: DiscoveryHostReason; via?: string }
  /** The answer passed `limit` bytes; reading stopped there. */
  | { code: 'discovery-too-large'; url: string; limit: number }
  | { code: 'discovery-timeout'; url: string; seconds: number }
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
  | { code: 'jwe-key-wrong-type'; alg: string; expected: JweKeyKind; found: string }
  | { code: 'jwe-key-wrong-length'; alg: string; enc: string; expectedBytes: number; actualBytes: number }
  | { code: 'jwe-key-not-private' }
  | { code: 'jwe-no-matching-key'; kid: string | undefined }
  | { code: 'jwe-key-unfit'; alg: string; detail: string }
  | { code: 'jwe-unexpected-error'; detail: string };

export type Result<T, P = Problem> = { ok: true; value: T } | { ok: false; problem: P };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = <P = Problem>(problem: P): { ok: false; problem: P } => ({ ok: false, problem });
