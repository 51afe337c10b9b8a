// The shapes the key reader hands out: what the key box held, its material, and an imported key. No code.

import type { JWK } from 'jose';
import type { KeyType } from '../jws/algorithms';
import type { KeyProblem, Problem, Result } from '../shared/problems';
import type { Lru } from '../shared/lru';
import type { CertificateInfo } from './x509';

/** How a pasted secret's text becomes bytes. */
export type SecretEncoding = 'utf8' | 'base64url' | 'base64' | 'hex';

/** What the key box held, by container. */
export type KeyFormat =
  | 'secret'
  | 'pem-spki'
  | 'pem-pkcs8'
  | 'pem-pkcs1-public'
  | 'pem-pkcs1-private'
  | 'pem-sec1'
  | 'pem-x509'
  | 'jwk'
  | 'jwks';

export type KeyVisibility = 'secret' | 'public' | 'private';

/** A description of one key (or of a JWKS) for the key-status line; no key bytes. */
export interface KeyDescription {
  format: KeyFormat;
  /** Absent for a JWKS. `unknown` for a PEM of a type WebCrypto cannot use (DSA…). */
  kty?: KeyType | 'unknown';
  visibility?: KeyVisibility;
  /** RSA modulus size, or a secret's length, in bits. */
  bits?: number;
  /** EC curve or OKP subtype (P-256, secp256k1, Ed25519, Ed448, X25519 …), or an AKP key's parameter set (ML-DSA-65). */
  curve?: string;
  kid?: string;
  /** The JWK's own `alg`, when it states one. */
  alg?: string;
  use?: string;
  /** The JWK's own `key_ops`, when it states them. */
  keyOps?: string[];
  /** For a secret: how its text was read. */
  encoding?: SecretEncoding;
  certificate?: CertificateInfo;
  /** For a JWKS: its readable keys, in order (each a `jwk` with an `index`). */
  keys?: KeyDescription[];
  /** For a key from a JWKS (format `jwk`): its position in the set's `keys`. */
  index?: number;
}

/** Key bytes in the form jose imports. Asymmetric PEMs are normalised to SPKI or PKCS#8 DER. */
export type KeyMaterial =
  | { type: 'secret'; bytes: Uint8Array }
  | { type: 'spki'; der: Uint8Array }
  | { type: 'pkcs8'; der: Uint8Array }
  | { type: 'jwk'; jwk: JWK };

/** One usable key. */
export interface ParsedKey {
  description: KeyDescription;
  material: KeyMaterial;
}

/** What `parseKeyInput` read: one key, or a JWKS's readable keys. */
export interface ParsedKeyInput {
  description: KeyDescription;
  keys: ParsedKey[];
  /** Observations that do not stop the key being used (secret-looks-base64, jwks-entry-skipped …). */
  hints: Problem[];
  /**
   * Imported keys of this input, memoised (importParsedKey). Present when the caller's KeyReadCache made this
   * reading; the memo lives as long as the caller keeps the reading.
   */
  imports?: ImportMemo;
}

/** The key box's state, matching the UI's key-status `data-state`. */
export type KeyInputReading =
  { state: 'empty' } | { state: 'ok'; value: ParsedKeyInput } | { state: 'error'; problem: KeyProblem };

export type KeyPurpose = 'verify' | 'sign';

/** Which half of a key pair to import; a secret is the same either way. */
export type KeySide = 'public' | 'private';

/** A key ready for jose: a CryptoKey, or the bytes of an HMAC secret. */
export interface ImportedKey {
  key: CryptoKey | Uint8Array;
  description: KeyDescription;
  /** RSA modulus bits, when under 2048 the raw WebCrypto path is needed. */
  rsaBits?: number;
}

/** Imports of one key input's keys, by purpose, alg and JWKS entry (see importParsedKey). */
export type ImportMemo = Lru<string, Promise<Result<ImportedKey, Problem>>>;
