// JWE registries (RFC 7518 §4.1 and §5.1): the key management and content encryption algorithms, and what each needs.

import type { JweKeyKind } from '../shared/problems';

export const JWE_ALGS = [
  'dir',
  'A128KW',
  'A192KW',
  'A256KW',
  'A128GCMKW',
  'A192GCMKW',
  'A256GCMKW',
  'RSA-OAEP',
  'RSA-OAEP-256',
  'RSA-OAEP-384',
  'RSA-OAEP-512',
  'ECDH-ES',
  'ECDH-ES+A128KW',
  'ECDH-ES+A192KW',
  'ECDH-ES+A256KW',
  'PBES2-HS256+A128KW',
  'PBES2-HS384+A192KW',
  'PBES2-HS512+A256KW',
] as const;
export type JweAlg = (typeof JWE_ALGS)[number];

export const JWE_ENCS = [
  'A128GCM',
  'A192GCM',
  'A256GCM',
  'A128CBC-HS256',
  'A192CBC-HS384',
  'A256CBC-HS512',
] as const;
export type JweEnc = (typeof JWE_ENCS)[number];

export type JweAlgFamily = 'dir' | 'aes-kw' | 'aes-gcm-kw' | 'rsa-oaep' | 'ecdh-es' | 'pbes2';

export interface JweAlgInfo {
  family: JweAlgFamily;
  /** Size of the AES key-wrapping key, for the families that wrap (A*KW, A*GCMKW, ECDH-ES+A*KW, PBES2). */
  wrapBits?: number;
}

export const JWE_ALG_INFO: Record<JweAlg, JweAlgInfo> = {
  dir: { family: 'dir' },
  A128KW: { family: 'aes-kw', wrapBits: 128 },
  A192KW: { family: 'aes-kw', wrapBits: 192 },
  A256KW: { family: 'aes-kw', wrapBits: 256 },
  A128GCMKW: { family: 'aes-gcm-kw', wrapBits: 128 },
  A192GCMKW: { family: 'aes-gcm-kw', wrapBits: 192 },
  A256GCMKW: { family: 'aes-gcm-kw', wrapBits: 256 },
  'RSA-OAEP': { family: 'rsa-oaep' },
  'RSA-OAEP-256': { family: 'rsa-oaep' },
  'RSA-OAEP-384': { family: 'rsa-oaep' },
  'RSA-OAEP-512': { family: 'rsa-oaep' },
  'ECDH-ES': { family: 'ecdh-es' },
  'ECDH-ES+A128KW': { family: 'ecdh-es', wrapBits: 128 },
  'ECDH-ES+A192KW': { family: 'ecdh-es', wrapBits: 192 },
  'ECDH-ES+A256KW': { family: 'ecdh-es', wrapBits: 256 },
  'PBES2-HS256+A128KW': { family: 'pbes2', wrapBits: 128 },
  'PBES2-HS384+A192KW': { family: 'pbes2', wrapBits: 192 },
  'PBES2-HS512+A256KW': { family: 'pbes2', wrapBits: 256 },
};

export interface JweEncInfo {
  /** Length of the content encryption key (for CBC-HS, MAC key plus AES key). */
  cekBits: number;
  /** Size of the AES key inside it. */
  aesBits: number;
}

export const JWE_ENC_INFO: Record<JweEnc, JweEncInfo> = {
  A128GCM: { cekBits: 128, aesBits: 128 },
  A192GCM: { cekBits: 192, aesBits: 192 },
  A256GCM: { cekBits: 256, aesBits: 256 },
  'A128CBC-HS256': { cekBits: 256, aesBits: 128 },
  'A192CBC-HS384': { cekBits: 384, aesBits: 192 },
  'A256CBC-HS512': { cekBits: 512, aesBits: 256 },
};

/** True when the name is a JWE key management algorithm this app knows. */
export function isJweAlg(alg: unknown): alg is JweAlg {
  return typeof alg === 'string' && Object.hasOwn(JWE_ALG_INFO, alg);
}

/** True when the name is a JWE content encryption algorithm this app knows. */
export function isJweEnc(enc: unknown): enc is JweEnc {
  return typeof enc === 'string' && Object.hasOwn(JWE_ENC_INFO, enc);
}

/** Which kind of key the recipient needs for this key management algorithm. */
export function getJweKeyKind(alg: JweAlg): JweKeyKind {
  switch (JWE_ALG_INFO[alg].family) {
    case 'dir':
    case 'aes-kw':
    case 'aes-gcm-kw':
      return 'secret';
    case 'rsa-oaep':
      return 'rsa';
    case 'ecdh-es':
      return 'ec-or-okp';
    case 'pbes2':
      return 'password';
  }
}

/** How many bytes a raw secret must have: the CEK itself for dir, else the wrapping key. */
export function getJweSecretLength(alg: JweAlg, enc: JweEnc): number | undefined {
  const info = JWE_ALG_INFO[alg];
  if (info.family === 'dir') return JWE_ENC_INFO[enc].cekBits / 8;
  if (info.family === 'aes-kw' || info.family === 'aes-gcm-kw') return (info.wrapBits ?? 0) / 8;
  return undefined;
}
