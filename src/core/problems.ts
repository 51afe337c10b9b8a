// The Problem union and Result type: every way input can be wrong, as data with a stable code.

/** Which part of a compact token a problem concerns. */
export type Segment =
  'token' | 'header' | 'payload' | 'signature' | 'encrypted-key' | 'iv' | 'ciphertext' | 'tag';

export type JsonKind = 'array' | 'string' | 'number' | 'boolean' | 'null' | 'object';

/** A problem found in the input. Keyed on `code`; wording lives in ui/describe-problem.ts. */
export type Problem = DecodeProblem;

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

export type Result<T, P = Problem> = { ok: true; value: T } | { ok: false; problem: P };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = <P = Problem>(problem: P): { ok: false; problem: P } => ({ ok: false, problem });
