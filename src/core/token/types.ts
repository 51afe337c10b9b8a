// The shapes decodeToken returns: a token's kind, header, payload and problems, part by part.

import type { Problem } from '../shared/problems';

export type JsonObject = Record<string, unknown>;
export type TokenKind = 'jws' | 'unsecured' | 'jwe';

/** What cleanup removed from the pasted text before decoding. */
export type Cleanup = 'whitespace' | 'bearer' | 'authorization-header' | 'quotes' | 'url-fragment';

/** How the payload segment is shown: a claims set, plain text, raw bytes, or encrypted. */
export type PayloadView =
  | { type: 'claims'; claims: JsonObject; text: string }
  | { type: 'text'; text: string }
  | { type: 'binary'; hex: string; byteLength: number }
  | { type: 'encrypted' };

export interface DecodedHeader {
  raw: string;
  /** The decoded UTF-8 text, when the segment was base64url and UTF-8. */
  text?: string;
  /** The parsed object, when the text was a JSON object. */
  value?: JsonObject;
  problem?: Problem;
}

export interface DecodedPayload {
  raw: string;
  view?: PayloadView;
  problem?: Problem;
}

export interface DecodedToken {
  /** The cleaned compact token that was decoded. */
  token: string;
  cleanups: Cleanup[];
  parts: string[];
  kind?: TokenKind;
  header?: DecodedHeader;
  payload?: DecodedPayload;
  /** The signature bytes' length (JWS), when the segment is base64url. */
  signatureLength?: number;
  /** A problem with the token as a whole (wrong shape); header and payload are then absent. */
  tokenProblem?: Problem;
  /** Observations that do not stop decoding (e.g. payload not a claims set). */
  notes: Problem[];
  /**
   * Set for an SD-JWT (RFC 9901) `<issuer-jwt>~<disclosure>~…~[<kb-jwt>]`: `text` is the whole cleaned input,
   * while `token`, `parts`, header and payload are the issuer-signed JWT's (verified like any JWS).
   */
  sdJwt?: { text: string };
  /**
   * Set for a JWS or JWE in JSON serialization (RFC 7515 §7.2, RFC 7516 §7.2): `token` is the cleaned JSON text,
   * while `parts`, header and payload are the first signature's (or recipient's) as if it were compact.
   */
  json?: JwsJson | JweJson;
  /** RFC 7515 Appendix F: the payload is not in the token; nothing can be verified until it is supplied. */
  detached?: boolean;
  /** The payload was detached and has been supplied (attachDetachedPayload): the parts and payload hold it. */
  detachedSupplied?: boolean;
}

/** One signature of a JWS in JSON serialization. */
export interface JwsJsonSignature {
  index: number;
  /** The `protected` member, decoded (`raw` is '' when absent). */
  protected: DecodedHeader;
  /** The unprotected `header` member, as sent. */
  header?: JsonObject;
  /** The JOSE header: protected and unprotected members together (RFC 7515 §7.2.1). */
  joseHeader: JsonObject;
  signature: string;
  /** The signature bytes' length, when the member is base64url. */
  signatureLength?: number;
  problem?: Problem;
}

export interface JwsJson {
  type: 'jws';
  serialization: 'flattened' | 'general';
  /** The `payload` member as sent; undefined when the payload is detached (RFC 7515 Appendix F). */
  payload?: string;
  signatures: JwsJsonSignature[];
}

/** One recipient of a JWE in JSON serialization. */
export interface JweJsonRecipient {
  index: number;
  /** The per-recipient unprotected `header`, as sent. */
  header?: JsonObject;
  encryptedKey: string;
  /** The JOSE header for this recipient: protected, shared unprotected and per-recipient members together. */
  joseHeader: JsonObject;
}

export interface JweJson {
  type: 'jwe';
  serialization: 'flattened' | 'general';
  /** The `protected` member, decoded (`raw` is '' when absent). */
  protected: DecodedHeader;
  /** The shared `unprotected` header, as sent. */
  unprotected?: JsonObject;
  recipients: JweJsonRecipient[];
  iv: string;
  ciphertext: string;
  tag: string;
  aad?: string;
}
