// What the library models take (the token, the key's kind, the page's own signature verdict, the options) and give.

export type LibraryName = 'pyjwt' | 'jsonwebtoken' | 'jose';

/** The key in the key box, as far as the libraries' key checks care; no key bytes. */
export type LibraryKey =
  | {
      kind: 'secret';
      /** PyJWT refuses an HMAC secret that looks like a PEM or an SSH key: true, false, or undefined (unsure). */
      pyjwtRefuses: boolean | undefined;
    }
  | { kind: 'asymmetric'; kty: 'RSA' | 'EC' | 'OKP'; curve?: string; bits?: number }
  /** A key whose kind is not known (a JWKS no entry of which was chosen, a key type the page cannot read). */
  | { kind: 'unread' };

/**
 * This page's own verdict on the signature with this key: `valid`, `invalid` (the key does not verify it),
 * `wrong-length` (invalid, and the signature has the wrong size for the alg), or `not-checked` (the key
 * does not fit, could not be read, or the alg is not one this page checks).
 */
export type SignatureOutcome = 'valid' | 'invalid' | 'wrong-length' | 'not-checked';

/** The verifier's options as the page's inputs give them; empty lists / undefined = not passed. */
export interface LibraryOptions {
  /** The allowed-algorithms list; empty = the token's own alg. */
  allowedAlgorithms: string[];
  audience: string[];
  issuer: string[];
  subject: string[];
  /** Seconds; 0 = not passed. */
  clockTolerance: number;
  requiredClaims: string[];
  expectedType?: string;
  /** Seconds. */
  maxAge?: number;
}

export interface LibraryCase {
  /** The compact token as cleaned by the token pane. */
  token: string;
  /** Absent when the key box is empty: every verdict is then `unknown`. */
  key?: LibraryKey;
  signature: SignatureOutcome;
  options: LibraryOptions;
  /** Unix seconds (whole) the libraries' clocks are taken to read. */
  now: number;
}

/** Why a verdict is `unknown`: the model does not cover this case. */
export type UnknownReason =
  | 'no-key'
  | 'key-not-checked'
  | 'token-unusual'
  | 'header-extension'
  | 'payload-not-object'
  | 'claim-type'
  | 'key-unsupported'
  | 'several-subjects'
  | 'signature-length';

export interface LibraryVerdict {
  lib: LibraryName;
  /** The exact release whose behaviour is modelled. */
  version: string;
  verdict: 'accept' | 'reject' | 'unknown';
  /** When `reject`: PyJWT's exception class, jsonwebtoken's message, jose's code. */
  error?: string;
  /** When `unknown`: why the model stops. */
  unknownReason?: UnknownReason;
  /** The call the user's code would make, with the options under this library's names. */
  call: string;
}
