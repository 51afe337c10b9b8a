// Decodes one base64url segment of a compact token: the protected header, the payload, the signature's length.

import {
  base64urlByteLength,
  decodeBase64url,
  findNonBase64url,
  utf8DecodeStrict,
  encodeHex,
} from '../shared/base64url';
import { parseJsonWithin } from '../shared/json';
import type { JsonKind, Problem, Segment } from '../shared/problems';
import type { DecodedHeader, DecodedPayload, JsonObject } from './types';

export function kindOfJson(value: unknown): JsonKind {
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
export function segmentByteLength(raw: string, segment: Segment): { length?: number; problem?: Problem } {
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
