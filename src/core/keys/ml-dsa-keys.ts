// ML-DSA key bytes (RFC 9964 AKP JWKs, RFC 9881 SPKI and PKCS#8): read out of the key box's material and
// written back. Hand-written on der.ts like raw-keys.ts: the structures are three fixed shapes.

import { decodeBase64url, encodeBase64url } from '../shared/base64url';
import { fail, ok, type Problem, type Result } from '../shared/problems';
import { oidName, readDer, readSequence, writeDer, type DerNode } from './der';
import { writeKeyPems } from './key-pems';
import type { KeyMaterial } from './key-types';

export type MlDsaAlg = 'ML-DSA-44' | 'ML-DSA-65' | 'ML-DSA-87';

/** FIPS 204 sizes: public key, expanded private key and signature bytes; every seed is 32 bytes. */
export const ML_DSA_SIZES: Record<MlDsaAlg, { publicKey: number; expandedKey: number; signature: number }> = {
  'ML-DSA-44': { publicKey: 1312, expandedKey: 2560, signature: 2420 },
  'ML-DSA-65': { publicKey: 1952, expandedKey: 4032, signature: 3309 },
  'ML-DSA-87': { publicKey: 2592, expandedKey: 4896, signature: 4627 },
};
export const ML_DSA_SEED_BYTES = 32;

const OID_LAST_BYTE: Record<MlDsaAlg, number> = { 'ML-DSA-44': 0x11, 'ML-DSA-65': 0x12, 'ML-DSA-87': 0x13 };

export const isMlDsaAlg = (alg: unknown): alg is MlDsaAlg =>
  alg === 'ML-DSA-44' || alg === 'ML-DSA-65' || alg === 'ML-DSA-87';

/** What a key box's ML-DSA key holds: any of the public key, the seed, the expanded private key. */
export interface MlDsaKey {
  alg: MlDsaAlg;
  publicKey?: Uint8Array;
  seed?: Uint8Array;
  expandedKey?: Uint8Array;
}

const badKey = (): Problem => ({
  code: 'crypto-operation-failed',
  operation: 'import',
  reason: 'invalid-key-data',
});

/** The AlgorithmIdentifier's parameter set (AKP keys from PEM carry it in the OID). */
function algOfAlgorithmId(der: Uint8Array, algId: DerNode): MlDsaAlg | undefined {
  const [oid] = readSequence(der, algId);
  const name = oid?.tag === 0x06 ? oidName(der, oid) : undefined;
  return isMlDsaAlg(name) ? name : undefined;
}

/**
 * RFC 9881 §6: ML-DSA-PrivateKey ::= CHOICE { seed [0] IMPLICIT OCTET STRING, expandedKey OCTET STRING,
 * both SEQUENCE { seed, expandedKey } }. Node 24 writes the seed; the OpenSSL 3.5 CLI writes both by default.
 */
function readPrivateKeyChoice(inner: Uint8Array, key: MlDsaKey): void {
  const node = readDer(inner, 0);
  const bytes = inner.slice(node.start, node.end);
  if (node.tag === 0x80) key.seed = bytes;
  else if (node.tag === 0x04) key.expandedKey = bytes;
  else if (node.tag === 0x30) {
    const [seed, expanded] = readSequence(inner, node);
    if (seed?.tag !== 0x04 || expanded?.tag !== 0x04) throw new RangeError('not an ML-DSA-PrivateKey');
    key.seed = inner.slice(seed.start, seed.end);
    key.expandedKey = inner.slice(expanded.start, expanded.end);
  } else throw new RangeError('not an ML-DSA-PrivateKey');
}

function checked(key: MlDsaKey): Result<MlDsaKey, Problem> {
  const sizes = ML_DSA_SIZES[key.alg];
  if (key.publicKey && key.publicKey.length !== sizes.publicKey) return fail(badKey());
  if (key.seed && key.seed.length !== ML_DSA_SEED_BYTES) return fail(badKey());
  if (key.expandedKey && key.expandedKey.length !== sizes.expandedKey) return fail(badKey());
  if (!key.publicKey && !key.seed && !key.expandedKey) return fail(badKey());
  return ok(key);
}

/** Reads an ML-DSA key for `alg` from a JWK (AKP), SPKI or PKCS#8; wrong lengths or another set are refused. */
export function readMlDsaKey(material: KeyMaterial, alg: MlDsaAlg): Result<MlDsaKey, Problem> {
  try {
    const key: MlDsaKey = { alg };
    switch (material.type) {
      case 'jwk': {
        const jwk = material.jwk as Record<string, unknown>;
        if (jwk.kty !== 'AKP' || jwk.alg !== alg) return fail(badKey());
        if (typeof jwk.pub === 'string') key.publicKey = decodeBase64url(jwk.pub);
        if (typeof jwk.priv === 'string') key.seed = decodeBase64url(jwk.priv);
        return checked(key);
      }
      case 'spki': {
        const [algId, bits] = readSequence(material.der);
        if (!algId || bits?.tag !== 0x03 || algOfAlgorithmId(material.der, algId) !== alg)
          return fail(badKey());
        key.publicKey = material.der.slice(bits.start + 1, bits.end);
        return checked(key);
      }
      case 'pkcs8': {
        const [, algId, octets] = readSequence(material.der);
        if (!algId || octets?.tag !== 0x04 || algOfAlgorithmId(material.der, algId) !== alg)
          return fail(badKey());
        readPrivateKeyChoice(material.der.subarray(octets.start, octets.end), key);
        return checked(key);
      }
      case 'secret':
        return fail(badKey());
    }
  } catch {
    return fail(badKey());
  }
}

/** An ML-DSA key pair as AKP JWKs (RFC 9964) and PEM: SPKI, and PKCS#8 holding the seed (as Node 24 writes). */
export function writeMlDsaKeyPair(alg: MlDsaAlg, publicKey: Uint8Array, seed: Uint8Array) {
  const publicJwk = { kty: 'AKP', alg, pub: encodeBase64url(publicKey) };
  const oid = [0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x03, OID_LAST_BYTE[alg]];
  const algId = writeDer(0x30, oid);
  return {
    publicJwk,
    privateJwk: { ...publicJwk, priv: encodeBase64url(seed) },
    ...writeKeyPems(algId, publicKey, writeDer(0x80, seed)),
  };
}
