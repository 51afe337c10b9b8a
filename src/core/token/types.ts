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
}

/** The first problem in reading order: token, then header, then payload. */
export function firstProblem(
  decoded: DecodedToken,
): { part: 'token' | 'header' | 'payload'; problem: Problem } | undefined {
  if (decoded.tokenProblem) return { part: 'token', problem: decoded.tokenProblem };
  if (decoded.header?.problem) return { part: 'header', problem: decoded.header.problem };
  if (decoded.payload?.problem) return { part: 'payload', problem: decoded.payload.problem };
  return undefined;
}
