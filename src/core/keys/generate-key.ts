// Makes a fresh key for an alg: a random HMAC secret, or an RSA / EC / Ed25519 / secp256k1 / Ed448 / ML-DSA key pair
// as PEM and JWK.

import { calculateJwkThumbprint, exportJWK, exportPKCS8, exportSPKI, generateKeyPair, type JWK } from 'jose';
import { getJwsAlgorithm, type JwsAlg } from '../jws/algorithms';
import { encodeBase64, encodeBase64url, encodeHex } from '../shared/base64url';
import { problemFromCryptoError } from '../shared/crypto-errors';
import type { SecretEncoding } from './keys';
import { fail, ok, type Problem, type Result } from '../shared/problems';

export type RsaModulusLength = 2048 | 3072 | 4096;
export const RSA_MODULUS_LENGTHS: readonly RsaModulusLength[] = [2048, 3072, 4096];

export interface GenerateKeyOptions {
  /** RSA modulus size (default 2048). */
  modulusLength?: number;
  /** How a generated secret is written (default base64url). */
  encoding?: SecretEncoding;
}

export type GeneratedKey =
  | {
      kind: 'secret';
      alg: JwsAlg;
      /** The secret written in `encoding`, ready for the key box. */
      secret: string;
      encoding: SecretEncoding;
      /** Bytes of key material the secret carries. */
      byteLength: number;
      jwk: JWK;
      thumbprint: string;
    }
  | {
      kind: 'key-pair';
      alg: JwsAlg;
      privatePem: string;
      privateJwk: JWK;
      publicPem: string;
      publicJwk: JWK;
      /** RFC 7638 thumbprint; also the JWKs' kid. */
      thumbprint: string;
    };

/**
 * Text for a UTF-8 secret: base64url of random bytes in dot-separated groups, so it carries `bytes` of
 * randomness, stays typeable, and is not mistaken for an encoded secret.
 */
function utf8SecretText(random: Uint8Array): string {
  return (encodeBase64url(random).match(/.{1,8}/g) ?? []).join('.');
}

/** A fresh key for `alg`. HMAC secrets are as long as the hash output (RFC 7518 §3.2). */
export async function generateKey(
  alg: JwsAlg,
  options: GenerateKeyOptions = {},
): Promise<Result<GeneratedKey, Problem>> {
  const algorithm = getJwsAlgorithm(alg);
  if (!algorithm) return fail({ code: 'alg-unsupported', alg });
  try {
    if (algorithm.family === 'hmac') {
      const byteLength = algorithm.minSecretBytes ?? 32;
      const random = crypto.getRandomValues(new Uint8Array(byteLength));
      const encoding = options.encoding ?? 'base64url';
      const secret =
        encoding === 'hex'
          ? encodeHex(random)
          : encoding === 'base64'
            ? encodeBase64(random)
            : encoding === 'base64url'
              ? encodeBase64url(random)
              : utf8SecretText(random);
      const k =
        encoding === 'utf8' ? encodeBase64url(new TextEncoder().encode(secret)) : encodeBase64url(random);
      const thumbprint = await calculateJwkThumbprint({ kty: 'oct', k });
      return ok({
        kind: 'secret',
        alg,
        secret,
        encoding,
        byteLength,
        jwk: { kty: 'oct', k, alg, kid: thumbprint },
        thumbprint,
      });
    }
    if (algorithm.family === 'ml-dsa') {
      // ML-DSA: WebCrypto where it has it, else @noble/post-quantum, loaded only now (see ml-dsa-jws.ts).
      const { generateMlDsa } = await import('../jws/ml-dsa-jws');
      return await generateMlDsa(algorithm);
    }
    if (algorithm.engine === 'software') {
      // ES256K and Ed448: audited @noble code, loaded only now (see software-jws.ts).
      const { generateInSoftware } = await import('../jws/software-jws');
      return await generateInSoftware(algorithm);
    }
    const modulusLength = options.modulusLength ?? 2048;
    if (algorithm.kty === 'RSA' && !RSA_MODULUS_LENGTHS.includes(modulusLength as RsaModulusLength)) {
      return fail({ code: 'rsa-size-unsupported', bits: modulusLength });
    }
    const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true, modulusLength });
    const publicJwk = await exportJWK(publicKey);
    const thumbprint = await calculateJwkThumbprint(publicJwk);
    const named = { kid: thumbprint, alg, use: 'sig' };
    return ok({
      kind: 'key-pair',
      alg,
      privatePem: await exportPKCS8(privateKey),
      privateJwk: { ...(await exportJWK(privateKey)), ...named },
      publicPem: await exportSPKI(publicKey),
      publicJwk: { ...publicJwk, ...named },
      thumbprint,
    });
  } catch (e) {
    return fail(problemFromCryptoError(e, 'generate'));
  }
}
