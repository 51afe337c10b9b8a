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

// Each base64url character's 6-bit value by char code (-1 outside the alphabet).
const SEXTETS = new Int8Array(128).fill(-1);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
  .split('')
  .forEach((c, i) => (SEXTETS[c.charCodeAt(0)] = i));

function sextet(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const v = c < 128 ? SEXTETS[c]! : -1;
  if (v < 0) throw new TypeError('not base64url');
  return v;
}

/** Decodes unpadded base64url to bytes; throws on characters outside the alphabet or an impossible length. */
export function decodeBase64url(text: string): Uint8Array {
  const n = text.length;
  if (n % 4 === 1) {
    if (!BASE64URL.test(text)) throw new TypeError('not base64url');
    throw new RangeError('impossible base64url length');
  }
  // The browser's own decoder where there is one: the loop below runs unoptimised on its first megabyte (the
  // JIT has not caught up yet), 100–300 ms for a 1 MB token on a busy 2-core machine; this takes a few ms.
  const native = nativeBase64url(text);
  if (native) return native;
  // One pass from a lookup table: no regex, replace, atob or copy.
  const bytes = new Uint8Array(base64urlByteLength(n));
  let o = 0;
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const v =
      (sextet(text, i) << 18) |
      (sextet(text, i + 1) << 12) |
      (sextet(text, i + 2) << 6) |
      sextet(text, i + 3);
    bytes[o++] = v >> 16;
    bytes[o++] = (v >> 8) & 255;
    bytes[o++] = v & 255;
  }
  if (n - i === 2) {
    bytes[o] = (sextet(text, i) << 2) | (sextet(text, i + 1) >> 4);
  } else if (n - i === 3) {
    const v = (sextet(text, i) << 10) | (sextet(text, i + 1) << 4) | (sextet(text, i + 2) >> 2);
    bytes[o++] = v >> 8;
    bytes[o] = v & 255;
  }
  return bytes;
}

type FromBase64 = (text: string, options: { alphabet: 'base64url' }) => Uint8Array;

/** Uint8Array.fromBase64 (ES2026; Chromium 140+, Firefox 133+, Safari 18.2+) when the engine has it. */
function nativeBase64url(text: string): Uint8Array | undefined {
  const fromBase64 = (Uint8Array as unknown as { fromBase64?: FromBase64 }).fromBase64;
  if (!fromBase64) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(text, { alphabet: 'base64url' });
  } catch {
    throw new TypeError('not base64url');
  }
  // fromBase64 skips ASCII whitespace and reads '=' padding, which this decoder refuses. Either leaves fewer
  // characters to decode, and so fewer bytes than `text`'s length promises (the lengths that could tie are
  // those ≡ 1 mod 4, refused above).
  if (bytes.length !== base64urlByteLength(text.length)) throw new TypeError('not base64url');
  return bytes;
}

/** How many bytes `length` unpadded base64url characters decode to (a length that is not 1 mod 4). */
export function base64urlByteLength(length: number): number {
  return Math.floor((length * 3) / 4);
}

/** `text` without trailing "=": a loop, as /=+$/ takes quadratic time on "====…A" (here, not in shared/text-scan, to
 * keep this small module free of imports: workers load it too). */
function trimPadding(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 61) end--;
  return text.slice(0, end);
}

/** Decodes standard base64 (padding optional, whitespace ignored) to bytes. */
export function decodeBase64(text: string): Uint8Array {
  const clean = trimPadding(text.replace(/\s+/g, ''));
  if (!/^[A-Za-z0-9+/]*$/.test(clean) || clean.length % 4 === 1) throw new TypeError('not base64');
  const padded = clean + '='.repeat((4 - (clean.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Encodes bytes as unpadded base64url. */
export function encodeBase64url(bytes: Uint8Array): string {
  return encodeBase64(bytes)
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/={1,2}$/, '');
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
