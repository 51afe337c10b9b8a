// Copy as code: which key a snippet writes (or which environment variable stands for it); never private members.

import type { JsonValue, KeySource, SnippetOptions } from './snippet-options';

// RFC 7518 §6.2.2 / §6.3.2 (d, p, q, dp, dq, qi, oth), RFC 8037 (d) and the AKP draft for ML-DSA (priv).
const PRIVATE_JWK_MEMBERS = new Set(['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'priv']);

export function parseJson(text: string): JsonValue | undefined {
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return undefined;
  }
}

export function isObject(value: JsonValue | undefined): value is { [key: string]: JsonValue } {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Drops a JWK's private members: verifying needs only the public key, so the snippet never carries more. */
export function toPublicJwk(value: JsonValue): JsonValue {
  if (!isObject(value) || value.kty === 'oct') return value;
  return Object.fromEntries(Object.entries(value).filter(([name]) => !PRIVATE_JWK_MEMBERS.has(name)));
}

export function readKeySource(options: SnippetOptions): KeySource {
  const text = options.includeKey ? options.keyText : undefined;
  const symmetricAlg = options.alg.startsWith('HS');
  switch (options.keyKind) {
    case 'secret':
      return { kind: 'secret', encoding: options.secretEncoding ?? 'utf8', text };
    case 'pem-certificate':
      return { kind: 'pem', format: 'certificate', text };
    case 'pem-private':
      // Never written: the caller passes the derived public key as pem-public (public-key.ts) instead.
      return { kind: 'pem', format: 'private' };
    case 'pem-public': {
      const pkcs1 = options.keyText?.includes('BEGIN RSA PUBLIC KEY') ?? false;
      return { kind: 'pem', format: pkcs1 ? 'pkcs1' : 'spki', text };
    }
    case 'jwk': {
      const parsed = options.keyText === undefined ? undefined : parseJson(options.keyText);
      const symmetric = isObject(parsed) ? parsed.kty === 'oct' : symmetricAlg;
      if (text === undefined) return { kind: 'jwk', symmetric };
      return parsed === undefined
        ? { kind: 'jwk', symmetric, raw: text }
        : { kind: 'jwk', symmetric, value: toPublicJwk(parsed) };
    }
    case 'jwks': {
      if (text === undefined) return { kind: 'jwks' };
      const parsed = parseJson(text);
      if (isObject(parsed) && Array.isArray(parsed.keys)) {
        return { kind: 'jwks', value: { ...parsed, keys: parsed.keys.map(toPublicJwk) } };
      }
      return parsed === undefined ? { kind: 'jwks', raw: text } : { kind: 'jwks', value: parsed };
    }
  }
}
