// Encrypts claims or a nested JWS to a compact JWE, and makes fresh keys for each JWE algorithm.

import {
  CompactEncrypt,
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  type CompactJWEHeaderParameters,
  type JWK,
} from 'jose';
import { encodeBase64url, utf8Encode } from '../shared/base64url';
import { fail, ok, type Result } from '../shared/problems';
import type { SecretEncoding } from '../keys/keys';
import { mapJweError } from './errors';
import { readJweKey } from './key';
import { JWE_ALG_INFO, getJweSecretLength, isJweAlg, isJweEnc, type JweAlg, type JweEnc } from './registry';
import { findMissingFeature, probeJweSupport, type JweSupport } from './support';

export interface EncryptRequest {
  /** The claims as JSON text, or a signed compact JWS for a nested token. */
  plaintext: string;
  alg: string;
  enc: string;
  keyText: string;
  encoding?: SecretEncoding;
  /** "JWT" for a nested signed token (RFC 7519 §5.2). */
  cty?: string;
  /** Compress the plaintext with DEFLATE before encrypting (zip: DEF). */
  zip?: boolean;
  support?: JweSupport;
}

/** Encrypts the plaintext to a compact JWE for the recipient's key; the key's kid, if any, goes in the header. */
export async function encryptPayload(request: EncryptRequest): Promise<Result<string>> {
  const { plaintext, alg, enc, keyText, encoding = 'utf8', cty, zip, support } = request;
  if (!isJweAlg(alg) || !isJweEnc(enc)) return fail({ code: 'jwe-alg-unknown', alg, enc });
  const missing = findMissingFeature(alg, enc, support ?? (await probeJweSupport()));
  if (missing) return fail({ code: 'jwe-unsupported-in-browser', alg, enc, feature: missing });
  const key = await readJweKey(keyText, alg, enc, { use: 'encrypt', encoding });
  if (!key.ok) return key;
  const { kid } = key.value;
  const header: CompactJWEHeaderParameters = { alg, enc };
  if (cty) header.cty = cty;
  if (zip) header.zip = 'DEF';
  if (kid) header.kid = kid;
  try {
    const jwe = await new CompactEncrypt(utf8Encode(plaintext))
      .setProtectedHeader(header)
      .encrypt(key.value.key);
    return ok(jwe);
  } catch (error) {
    return fail(mapJweError(error, alg).problem);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Generate

export interface GeneratedJweKey {
  /** For the decrypting side's key box: the private JWK, the shared secret JWK, or the password. */
  privateText: string;
  /** For the encryption-key-input: the public JWK (or the same secret or password). */
  publicText: string;
}

export interface GenerateJweKeyOptions {
  /** The curve for ECDH-ES; P-256 unless given. */
  curve?: 'P-256' | 'P-384' | 'P-521' | 'X25519';
}

function randomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  crypto.getRandomValues(bytes);
  return bytes;
}

async function withKid(jwk: JWK, alg: JweAlg): Promise<JWK> {
  const kid = await calculateJwkThumbprint(jwk);
  return { kid, ...jwk, alg, use: 'enc' };
}

/**
 * Makes a fresh key for a JWE alg: an oct JWK of the right size (dir, A*KW, A*GCMKW), an RSA 2048 pair
 * (RSA-OAEP*), an EC P-256 or X25519 pair (ECDH-ES*), or a random password (PBES2).
 */
export async function generateJweKey(
  alg: JweAlg,
  enc: JweEnc,
  options: GenerateJweKeyOptions = {},
): Promise<GeneratedJweKey> {
  const family = JWE_ALG_INFO[alg].family;
  if (family === 'pbes2') {
    const password = encodeBase64url(randomBytes(18));
    return { privateText: password, publicText: password };
  }
  const secretLength = getJweSecretLength(alg, enc);
  if (secretLength !== undefined) {
    const jwk = await withKid({ kty: 'oct', k: encodeBase64url(randomBytes(secretLength)) }, alg);
    const text = JSON.stringify(jwk, null, 2);
    return { privateText: text, publicText: text };
  }
  const pair =
    family === 'rsa-oaep'
      ? await generateKeyPair(alg, { modulusLength: 2048, extractable: true })
      : await generateKeyPair(alg, { crv: options.curve ?? 'P-256', extractable: true });
  const privateJwk = await exportJWK(pair.privateKey);
  const publicJwk = await exportJWK(pair.publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  return {
    privateText: JSON.stringify({ kid, ...privateJwk, alg, use: 'enc' }, null, 2),
    publicText: JSON.stringify({ kid, ...publicJwk, alg, use: 'enc' }, null, 2),
  };
}
