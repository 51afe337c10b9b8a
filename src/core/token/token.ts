// Split, clean and decode compact JWS / JWE tokens part by part (sync, never throws).

import {
  base64urlByteLength,
  decodeBase64url,
  encodeBase64urlText,
  findNonBase64url,
  utf8DecodeStrict,
  encodeHex,
} from '../shared/base64url';
import { parseJsonWithin } from '../shared/json';
import type { JsonKind, Problem, Segment } from '../shared/problems';

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

const AUTH_HEADER = /^authorization\s*:\s*/i;
const BEARER = /^bearer\s+/i;
const FRAGMENT_TOKEN = /(?:^|[#?&])(?:id_token|access_token|token)=([A-Za-z0-9_.~%-]+)/;

/** Removes what people paste around a token: whitespace, `Bearer `, an Authorization line, quotes. */
export function cleanTokenInput(input: string): { token: string; cleanups: Cleanup[] } {
  const cleanups: Cleanup[] = [];
  let text = input.trim();
  if (AUTH_HEADER.test(text)) {
    text = text.replace(AUTH_HEADER, '');
    cleanups.push('authorization-header');
  }
  if (BEARER.test(text)) {
    text = text.replace(BEARER, '');
    cleanups.push('bearer');
  }
  if (text.length >= 2 && /^["'`].*["'`]$/s.test(text) && text[0] === text[text.length - 1]) {
    text = text.slice(1, -1).trim();
    cleanups.push('quotes');
  }
  // A redirect URL or fragment such as `https://app/cb#id_token=eyJ…&state=…` (as with jwt.ms).
  if (!text.startsWith('{') && /(?:id_token|access_token|token)=/.test(text)) {
    const match = FRAGMENT_TOKEN.exec(text);
    if (match?.[1]) {
      try {
        text = decodeURIComponent(match[1]);
        cleanups.push('url-fragment');
      } catch {
        // leave as is: the decoder will say what is wrong
      }
    }
  }
  if (!text.startsWith('{') && /\s/.test(text)) {
    text = text.replace(/\s+/g, '');
    if (!cleanups.includes('whitespace')) cleanups.push('whitespace');
  } else if (input !== input.trim()) {
    cleanups.push('whitespace');
  }
  return { token: text, cleanups };
}

function kindOfJson(value: unknown): JsonKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const t = typeof value;
  if (t === 'string' || t === 'number' || t === 'boolean') return t;
  return 'object';
}

function decodeSegmentBytes(raw: string, segment: Segment): { bytes?: Uint8Array; problem?: Problem } {
  if (raw === '') return { problem: { code: 'segment-empty', segment } };
  const bad = findNonBase64url(raw);
  if (bad) return { problem: { code: 'segment-not-base64url', segment, ...bad } };
  try {
    return { bytes: decodeBase64url(raw) };
  } catch {
    return { problem: { code: 'segment-bad-length', segment } };
  }
}

/** The decoded length of a segment only its length matters for (the signature), without decoding it. */
function segmentByteLength(raw: string, segment: Segment): { length?: number; problem?: Problem } {
  const bad = findNonBase64url(raw);
  if (bad) return { problem: { code: 'segment-not-base64url', segment, ...bad } };
  if (raw.length % 4 === 1) return { problem: { code: 'segment-bad-length', segment } };
  return { length: base64urlByteLength(raw.length) };
}

/** Decodes the protected header segment: base64url → UTF-8 → JSON object with an `alg`. */
export function decodeHeaderSegment(raw: string, expectEnc = false): DecodedHeader {
  const { bytes, problem } = decodeSegmentBytes(raw, 'header');
  if (!bytes) return { raw, problem };
  const text = utf8DecodeStrict(bytes);
  if (text === undefined) return { raw, problem: { code: 'segment-not-utf8', segment: 'header' } };
  const parsed = parseJsonWithin(text);
  if ('tooDeep' in parsed) {
    return { raw, text, problem: { code: 'segment-too-deep', segment: 'header', limit: parsed.tooDeep } };
  }
  if ('error' in parsed) {
    return { raw, text, problem: { code: 'segment-not-json', segment: 'header', detail: parsed.error } };
  }
  const kind = kindOfJson(parsed.value);
  if (kind !== 'object') {
    return { raw, text, problem: { code: 'segment-not-object', segment: 'header', found: kind } };
  }
  const value = parsed.value as JsonObject;
  // A JWS header without alg is still shown (verify.ts says nothing can be verified); a JWE needs it to decrypt.
  if (!('alg' in value))
    return expectEnc ? { raw, text, value, problem: { code: 'header-missing-alg' } } : { raw, text, value };
  if (typeof value.alg !== 'string') return { raw, text, value, problem: { code: 'header-alg-not-string' } };
  if (expectEnc && typeof value.enc !== 'string') {
    return { raw, text, value, problem: { code: 'header-missing-enc' } };
  }
  return { raw, text, value };
}

/** True for text that is one JSON number, `true`, `false` or `null` (checked by JSON.parse, short text only). */
function isJsonLiteral(text: string): boolean {
  const t = text.trim();
  if (t.length > 400 || !/^(?:-?\d|true$|false$|null$)/.test(t)) return false;
  try {
    JSON.parse(t);
    return true;
  } catch {
    return false;
  }
}

/** Decodes a JWS payload segment: a JSON claims set, else UTF-8 text, else bytes. */
export function decodePayloadSegment(raw: string): DecodedPayload {
  const { bytes, problem } = decodeSegmentBytes(raw, 'payload');
  if (!bytes) return { raw, problem };
  const text = utf8DecodeStrict(bytes);
  if (text === undefined) {
    return {
      raw,
      view: { type: 'binary', hex: encodeHex(bytes.subarray(0, 4096)), byteLength: bytes.length },
    };
  }
  const start = text.trimStart()[0];
  // Only text that sets out to be JSON (an object, array or string) is judged as JSON; anything
  // else is a JWS over arbitrary content (RFC 7515 A.4's "Payload"), shown as text. A bare JSON
  // literal (null, true, 42) is JSON too, just not a claims set.
  if (start !== '{' && start !== '[' && start !== '"' && !isJsonLiteral(text))
    return { raw, view: { type: 'text', text } };
  const parsed = parseJsonWithin(text);
  if ('tooDeep' in parsed) {
    return {
      raw,
      view: { type: 'text', text },
      problem: { code: 'segment-too-deep', segment: 'payload', limit: parsed.tooDeep },
    };
  }
  if ('error' in parsed) {
    return {
      raw,
      view: { type: 'text', text },
      problem: { code: 'segment-not-json', segment: 'payload', detail: parsed.error },
    };
  }
  const kind = kindOfJson(parsed.value);
  if (kind !== 'object') {
    return {
      raw,
      view: { type: 'text', text },
      problem: { code: 'segment-not-object', segment: 'payload', found: kind },
    };
  }
  return { raw, view: { type: 'claims', claims: parsed.value as JsonObject, text } };
}

function detectJsonSerialization(text: string): Problem {
  const parsed = parseJsonWithin(text);
  const value = 'value' in parsed ? parsed.value : undefined;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as JsonObject;
    if ('signatures' in v || 'recipients' in v)
      return { code: 'json-serialization', serialization: 'general' };
    if ('payload' in v || 'protected' in v || 'ciphertext' in v || 'signature' in v) {
      return { code: 'json-serialization', serialization: 'flattened' };
    }
  }
  return { code: 'not-a-token' };
}

// The reducer and the app decode the same text on one keystroke (and a 1 MB token is costly): keep the last.
let last: { input: string; decoded: DecodedToken } | undefined;

/** Decodes a pasted token part by part; a broken part never hides the others. Never throws. */
export function decodeToken(input: string): DecodedToken {
  if (last?.input !== input) last = { input, decoded: decodeUncached(input) };
  return last.decoded;
}

function decodeUncached(input: string): DecodedToken {
  const { token, cleanups } = cleanTokenInput(input);
  const base: DecodedToken = { token, cleanups, parts: [], notes: [] };
  if (token === '') return { ...base, tokenProblem: { code: 'empty-token' } };
  if (token.startsWith('{')) return { ...base, tokenProblem: detectJsonSerialization(token) };
  // SD-JWT (RFC 9901 §4): the issuer-signed JWT ends at the first `~`; the disclosures and key binding JWT
  // after it are read by core/sd-jwt, which the app loads only when one appears.
  const tilde = token.indexOf('~');
  if (tilde > 0) {
    const issuer = decodeCompact(token.slice(0, tilde), cleanups);
    if (issuer.parts.length === 3) return { ...issuer, sdJwt: { text: token } };
  }
  return decodeCompact(token, cleanups);
}

function decodeCompact(token: string, cleanups: Cleanup[]): DecodedToken {
  const base: DecodedToken = { token, cleanups, parts: [], notes: [] };
  const parts = token.split('.');
  base.parts = parts;
  if (parts.length === 1) return { ...base, tokenProblem: { code: 'not-a-token' } };
  if (parts.length !== 3 && parts.length !== 5) {
    return { ...base, tokenProblem: { code: 'wrong-part-count', count: parts.length } };
  }
  if (parts.length === 5) {
    const header = decodeHeaderSegment(parts[0] ?? '', true);
    return { ...base, kind: 'jwe', header, payload: { raw: parts[3] ?? '', view: { type: 'encrypted' } } };
  }
  const [h = '', p = '', s = ''] = parts;
  const header = decodeHeaderSegment(h);
  // RFC 7797: with "b64": false the payload segment is the payload itself, not base64url of it.
  const crit = header.value?.crit;
  const unencoded = header.value?.b64 === false && Array.isArray(crit) && crit.includes('b64');
  const payload: DecodedPayload = unencoded
    ? { raw: p, view: { type: 'text', text: p } }
    : decodePayloadSegment(p);
  const notes: Problem[] = [];
  if (unencoded) notes.push({ code: 'payload-not-claims', reason: 'unencoded' });
  const alg = header.value?.alg;
  const kind: TokenKind = alg === 'none' ? 'unsecured' : 'jws';
  if (kind === 'unsecured' && s !== '') notes.push({ code: 'unsecured-with-signature' });
  if (header.value && !header.problem && !('alg' in header.value)) notes.push({ code: 'header-missing-alg' });
  let signatureLength: number | undefined;
  if (s !== '') {
    const sig = segmentByteLength(s, 'signature');
    if (sig.problem) notes.push(sig.problem);
    else signatureLength = sig.length;
  }
  if (payload.view?.type === 'text' && !payload.problem && !unencoded)
    notes.push({ code: 'payload-not-claims', reason: 'not-json' });
  if (payload.view?.type === 'binary') notes.push({ code: 'payload-not-claims', reason: 'not-utf8' });
  // Spelled out, not spread from `base`: the spread of a reshaped object cost as much as the decoding itself.
  return { token, cleanups, parts, kind, header, payload, signatureLength, notes };
}

/** Pretty-prints a JSON object for the editors (2-space indent); `fallback` (the decoded text) when it cannot. */
export function formatJson(value: unknown, fallback?: string): string {
  try {
    return JSON.stringify(value, null, 2);
  } catch {
    // JSON.stringify recurses: JSON.parse accepts nesting it cannot print back.
    return fallback ?? String(value);
  }
}

/** Re-encodes one edited JSON text as a base64url segment, compacting it first. */
export function encodeJsonSegment(value: unknown): string {
  return encodeBase64urlText(JSON.stringify(value));
}
