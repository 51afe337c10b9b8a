// Search a list of well-known secrets for the one that made an HS* signature (WebCrypto, chunked, abortable).

import { decodeBase64url } from '../shared/base64url';
import { decodeToken } from '../token/token';

export type HmacAlg = 'HS256' | 'HS384' | 'HS512';

// Typed as ArrayBuffer-backed bytes, which WebCrypto's BufferSource requires.
const encoder = new TextEncoder();

const HASH_OF: Record<HmacAlg, string> = { HS256: 'SHA-256', HS384: 'SHA-384', HS512: 'SHA-512' };

/** What a search needs from an HS* token: the signed bytes, the signature and the alg. */
export interface HmacTokenParts {
  signingInput: string;
  signature: Uint8Array;
  alg: HmacAlg;
}

export interface WeakSecretSearch extends HmacTokenParts {
  candidates: readonly string[];
  signal: AbortSignal;
  /** Called after each chunk with the number of candidates tried so far. */
  onProgress?: (tried: number) => void;
  /** Candidates signed concurrently between two checks of `signal` (default 200). */
  chunkSize?: number;
}

/** Tells whether `alg` is one of the HMAC algorithms of RFC 7518 §3.2. */
export function isHmacAlg(alg: unknown): alg is HmacAlg {
  return alg === 'HS256' || alg === 'HS384' || alg === 'HS512';
}

/** Splits a compact HS* JWS into what a weak-secret search needs, or undefined for any other token. */
export function splitHmacToken(token: string): HmacTokenParts | undefined {
  const decoded = decodeToken(token);
  const alg = decoded.header?.value?.alg;
  if (decoded.kind !== 'jws' || !isHmacAlg(alg) || decoded.header?.problem) return undefined;
  const [header = '', payload = '', signature = ''] = decoded.parts;
  if (signature === '') return undefined;
  try {
    return { signingInput: `${header}.${payload}`, signature: decodeBase64url(signature), alg };
  } catch {
    return undefined;
  }
}

/** Reads the weak-secret list: one secret per line; blank lines and lines starting with "# " are skipped. */
export function parseWeakSecretList(text: string): string[] {
  const secrets: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line === '' || line.startsWith('# ')) continue;
    secrets.push(line);
  }
  return secrets;
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  // Constant-time over the length: no early exit on the first differing byte.
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The search was aborted', 'AbortError');
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Tries each candidate as the UTF-8 HMAC secret of the token and resolves to the one that reproduces its
 * signature, or undefined; rejects with the signal's reason once `signal` is aborted.
 */
export async function findWeakSecret(search: WeakSecretSearch): Promise<string | undefined> {
  const { signingInput, signature, alg, candidates, signal, onProgress, chunkSize = 200 } = search;
  const hash = HASH_OF[alg];
  const data = encoder.encode(signingInput);
  const trySecret = async (secret: string): Promise<boolean> => {
    const bytes = encoder.encode(secret);
    // WebCrypto refuses zero-length HMAC keys; an empty secret cannot be in use with it either.
    if (bytes.length === 0) return false;
    const key = await crypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash }, false, ['sign']);
    const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, data));
    return equalBytes(mac, signature);
  };
  for (let start = 0; start < candidates.length; start += chunkSize) {
    if (signal.aborted) throw abortError(signal);
    const chunk = candidates.slice(start, start + chunkSize);
    const matches = await Promise.all(chunk.map(trySecret));
    const index = matches.indexOf(true);
    onProgress?.(start + chunk.length);
    if (index >= 0) return chunk[index];
    // Lets a superseding message (or typing, outside a worker) run between chunks.
    await yieldToEventLoop();
  }
  if (signal.aborted) throw abortError(signal);
  return undefined;
}
