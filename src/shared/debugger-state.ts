// The debugger's state and events: typed here, in shared/, so that features can take them without importing
// app/ (the reducer in src/app/debugger-reducer.ts is their one writer).
import type { SecretEncoding } from '../core/keys';

export type { SecretEncoding };

export interface ValidationInputs {
  audience: string;
  issuer: string;
  subject: string;
  clockTolerance: string;
  evaluationTime: string;
  /** Validation policy (issue 17): allowed-algorithms, required-claims, expected-type, max-age; absent = empty. */
  allowedAlgorithms?: string;
  requiredClaims?: string;
  expectedType?: string;
  maxAge?: string;
  /** The nonce an SD-JWT's key binding JWT must carry (RFC 9901 §4.3); absent = empty. */
  nonce?: string;
}

export interface DebuggerState {
  tokenText: string;
  headerText: string;
  payloadText: string;
  /** Set while the header / payload editor holds text that is not a JSON object. */
  headerError?: string;
  payloadError?: string;
  keyText: string;
  secretEncoding: SecretEncoding;
  validation: ValidationInputs;
  /** Bumped on every edit that changes the token; async results for an older revision are dropped. */
  revision: number;
  /** Which pane the token last came from: an edit of the claims re-signs, a paste does not. */
  tokenOrigin: 'pasted' | 'edited';
  /** The token before the last paste, or before the current run of editor edits began ("compare with before"). */
  previousTokenText: string;
}

export type DebuggerEvent =
  | { type: 'tokenEdited'; text: string }
  | { type: 'headerEdited'; text: string }
  | { type: 'payloadEdited'; text: string }
  | { type: 'tokenSigned'; revision: number; token: string }
  | { type: 'keyEdited'; text: string }
  /** The alg select changed: rewrite the header's alg (and re-sign when the key fits). */
  | { type: 'algChanged'; alg: string }
  /** A helper button set or removed header parameters or claims (kid from a thumbprint, iat = now, …). */
  | { type: 'headerPatched'; patch: Record<string, unknown> }
  | { type: 'claimsPatched'; patch: Record<string, unknown> }
  /** Start from a template: both editors replaced. */
  | { type: 'templateChosen'; header: Record<string, unknown>; payload: Record<string, unknown> }
  /** generate-key put a fresh key in the key box: re-sign the token with it. */
  | { type: 'keyGenerated'; text: string }
  | { type: 'secretEncodingChanged'; encoding: SecretEncoding }
  | { type: 'validationChanged'; field: keyof ValidationInputs; value: string };
