// base64url / base64 / hex / UTF-8 conversions used by every core module (RFC 4648 §5).

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true });
const lenientDecoder = new TextDecoder('utf-8');

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** Index and character of the first byte outside the base64url alphabet, or undefined. */
export function findNonBase64url(text: string): { index: number; character: string } | undefined {
  if (BASE64URL.test(text)) return undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const okChar =
      (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 95;
    if (!okChar) return { index: i, character: String.fromCodePoint(text.codePointAt(i) ?? c) };
  }
  return undefined;
}

/** Decodes unpadded base64url to bytes; throws on characters outside the alphabet or an impossible length. */
export function decodeBase64url(text: string): Uint8Array {
  if (!BASE64URL.test(text)) throw new TypeError('not base64url');
  if (text.length % 4 === 1) throw new RangeError('impossible base64url length');
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  return decodeBase64(b64);
}

/** Decodes standard base64 (padding optional, whitespace ignored) to bytes. */
export function decodeBase64(text: string): Uint8Array {
  const clean = text.replace(/\s+/g, '').replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/]*$/.test(clean) || clean.length % 4 === 1) throw new TypeError('not base64');
  const padded = clean + '='.repeat((4 - (clean.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Encodes bytes as unpadded base64url. */
export function encodeBase64url(bytes: Uint8Array): string {
  return encodeBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Encodes bytes as padded standard base64. */
export function encodeBase64(bytes: Uint8Array): string {
  // Chunked so a multi-megabyte payload does not overflow the argument limit of fromCharCode.
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/** Encodes a string's UTF-8 bytes as base64url. */
export function encodeBase64urlText(text: string): string {
  return encodeBase64url(encoder.encode(text));
}

/** Decodes hex (whitespace and an optional 0x prefix allowed) to bytes. */
export function decodeHex(text: string): Uint8Array {
  const clean = text.replace(/\s+/g, '').replace(/^0x/i, '');
  if (!/^(?:[0-9a-fA-F]{2})*$/.test(clean)) throw new TypeError('not hex');
  const bytes = new Uint8Array(clean.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(clean.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

export function encodeHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

export const utf8Encode = (text: string): Uint8Array => encoder.encode(text);

/** Strict UTF-8 decode: returns undefined for invalid UTF-8 instead of inserting U+FFFD. */
export function utf8DecodeStrict(bytes: Uint8Array): string | undefined {
  try {
    return strictDecoder.decode(bytes);
  } catch {
    return undefined;
  }
}

export const utf8DecodeLenient = (bytes: Uint8Array): string => lenientDecoder.decode(bytes);
