// Copy as code: the options a snippet is written from, and how its key is given.

export type SnippetLanguage = 'jose' | 'pyjwt' | 'jsonwebtoken';

/** How the key is given: a secret, a PEM (public, private or certificate), a JWK or a JWK Set. */
export type SnippetKeyKind = 'secret' | 'pem-public' | 'pem-private' | 'pem-certificate' | 'jwk' | 'jwks';

/** How a secret's text is read into bytes (as the `secret-encoding` select). */
export type SnippetSecretEncoding = 'utf8' | 'base64url' | 'base64' | 'hex';

export interface SnippetOptions {
  /** The compact JWS to verify. */
  token: string;
  alg: string;
  keyKind: SnippetKeyKind;
  /** The key as pasted; written into the code only when `includeKey` is true. */
  keyText?: string;
  includeKey: boolean;
  /** True when `keyText` is the public half the page derived from a private key in the key box. */
  keyDerivedFromPrivate?: boolean;
  /** Expected `aud` values; any one may match. */
  audience?: string[];
  /** Expected `iss` values; any one may match. */
  issuer?: string[];
  /** Leeway in seconds for exp / nbf / iat. */
  clockTolerance: number;
  requireExp: boolean;
  /** How a secret is read (default utf8). */
  secretEncoding?: SnippetSecretEncoding;
  /** The verifier's allowed algorithms (validation policy); default: the token's own alg. */
  algorithms?: string[];
  /** Claims that must be present (validation policy). */
  requiredClaims?: string[];
  /** Expected header typ, compared as RFC 8725 §3.11 and jose do (validation policy). */
  expectedType?: string;
  /** Maximum age from iat, in seconds (validation policy). */
  maxAge?: number;
}

/** The algorithms the verifier accepts. */
export const allowedAlgorithms = (options: SnippetOptions) =>
  options.algorithms?.length ? options.algorithms : [options.alg];

/** Claims the code requires: exp when asked, the policy's required claims, and iat for a maximum age. */
export function requiredClaimsOf(options: SnippetOptions): string[] {
  const claims = [...(options.requireExp ? ['exp'] : []), ...(options.requiredClaims ?? [])];
  return [...new Set(claims)];
}

export interface Snippet {
  lang: SnippetLanguage;
  code: string;
}

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** The key as the snippets see it: what to write, or which placeholder stands for it. */
export type KeySource =
  | { kind: 'secret'; encoding: SnippetSecretEncoding; text?: string }
  | { kind: 'pem'; format: 'spki' | 'pkcs1' | 'private' | 'certificate'; text?: string }
  | { kind: 'jwk'; symmetric: boolean; value?: JsonValue; raw?: string }
  | { kind: 'jwks'; value?: JsonValue; raw?: string };

/** The environment variable a placeholder key is read from. */
export function placeholderName(key: KeySource): string {
  switch (key.kind) {
    case 'secret':
      return 'JWT_SECRET';
    case 'pem':
      return key.format === 'certificate' ? 'JWT_CERTIFICATE' : 'JWT_PUBLIC_KEY';
    case 'jwk':
      return key.symmetric ? 'JWT_SECRET_JWK' : 'JWT_PUBLIC_JWK';
    case 'jwks':
      return 'JWT_JWKS';
  }
}
