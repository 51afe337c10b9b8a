// ML-DSA-44/65/87 (FIPS 204) in JOSE (RFC 9964): verify, sign and generate. WebCrypto when `crypto.subtle`
// has the algorithm (Node 24; browsers behind flags at most), else audited @noble/post-quantum. This module and
// @noble/post-quantum load with a dynamic import only when an ML-DSA token, key or alg appears.

import { calculateJwkThumbprint } from 'jose';
import type { JwsAlgorithm } from './algorithms';
import type { SignatureReport } from './verify';
import { startVerification } from './candidate-keys';
import { decodeBase64url, encodeBase64url, utf8Encode } from '../shared/base64url';
import type { GeneratedKey } from '../keys/generate-key';
import { selectKeys, type ParsedKey, type ParsedKeyInput } from '../keys/keys';
import {
  isMlDsaAlg,
  readMlDsaKey,
  writeMlDsaKeyPair,
  type MlDsaAlg,
  type MlDsaKey,
} from '../keys/ml-dsa-keys';
import { fail, ok, type Problem, type Result } from '../shared/problems';

type Bytes = Uint8Array<ArrayBuffer>;

/** One implementation of ML-DSA with the empty context JOSE uses (RFC 9964 §3). */
export interface MlDsaEngine {
  name: 'webcrypto' | 'noble';
  verify(alg: MlDsaAlg, signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): Promise<boolean>;
  /** Throws when this engine cannot use the key's form (WebCrypto has no import of an expanded key). */
  sign(alg: MlDsaAlg, message: Uint8Array, key: MlDsaKey): Promise<Uint8Array>;
  publicOf(key: MlDsaKey): Promise<Uint8Array>;
  generate(alg: MlDsaAlg): Promise<{ publicKey: Uint8Array; seed: Uint8Array }>;
}

// WebCrypto's formats for ML-DSA (WICG "Modern Algorithms in the Web Cryptography API"): raw-public, raw-seed.
type ModernFormat = 'raw-public' | 'raw-seed';
const importAs = (
  subtle: SubtleCrypto,
  format: ModernFormat,
  bytes: Uint8Array,
  alg: MlDsaAlg,
  use: KeyUsage,
) => subtle.importKey(format as 'raw', bytes as Bytes, { name: alg }, true, [use]);

/** ML-DSA through a SubtleCrypto that has it; each call throws NotSupportedError where it does not. */
export function webCryptoEngine(subtle: SubtleCrypto): MlDsaEngine {
  return {
    name: 'webcrypto',
    async verify(alg, signature, message, publicKey) {
      const key = await importAs(subtle, 'raw-public', publicKey, alg, 'verify');
      return subtle.verify({ name: alg }, key, signature as Bytes, message as Bytes);
    },
    async sign(alg, message, key) {
      if (!key.seed) throw new DOMException('only a seed imports', 'NotSupportedError');
      const privateKey = await importAs(subtle, 'raw-seed', key.seed, key.alg, 'sign');
      return new Uint8Array(await subtle.sign({ name: alg }, privateKey, message as Bytes));
    },
    async publicOf(key) {
      if (key.publicKey) return key.publicKey;
      if (!key.seed) throw new DOMException('only a seed imports', 'NotSupportedError');
      const privateKey = await importAs(subtle, 'raw-seed', key.seed, key.alg, 'sign');
      const jwk = await subtle.exportKey('jwk', privateKey);
      return decodeBase64url(String((jwk as { pub?: string }).pub));
    },
    async generate(alg) {
      const pair = (await subtle.generateKey({ name: alg }, true, ['sign', 'verify'])) as CryptoKeyPair;
      const publicKey = new Uint8Array(await subtle.exportKey('raw-public' as 'raw', pair.publicKey));
      const seed = new Uint8Array(await subtle.exportKey('raw-seed' as 'raw', pair.privateKey));
      return { publicKey, seed };
    },
  };
}

/** ML-DSA in JavaScript (@noble/post-quantum, audited), loaded now. */
export async function nobleEngine(): Promise<MlDsaEngine> {
  const { ml_dsa44, ml_dsa65, ml_dsa87 } = await import('@noble/post-quantum/ml-dsa.js');
  const dsa = { 'ML-DSA-44': ml_dsa44, 'ML-DSA-65': ml_dsa65, 'ML-DSA-87': ml_dsa87 };
  const secretOf = (key: MlDsaKey): Uint8Array => {
    if (key.expandedKey) return key.expandedKey;
    if (key.seed) return dsa[key.alg].keygen(key.seed).secretKey;
    throw new TypeError('no private key');
  };
  return {
    name: 'noble',
    verify: async (alg, signature, message, publicKey) => dsa[alg].verify(signature, message, publicKey),
    sign: async (alg, message, key) => dsa[alg].sign(message, secretOf(key)),
    publicOf: async (key) => key.publicKey ?? dsa[key.alg].getPublicKey(secretOf(key)),
    generate: async (alg) => {
      const seed = crypto.getRandomValues(new Uint8Array(32));
      return { publicKey: dsa[alg].keygen(seed).publicKey, seed };
    },
  };
}

/**
 * Runs `op` on WebCrypto when `subtle` has ML-DSA (feature-detected by trying: NotSupportedError and the like
 * mean it has not), else on @noble/post-quantum. Nothing is remembered between calls.
 */
export async function withMlDsa<T>(
  op: (engine: MlDsaEngine) => Promise<T>,
  subtle = globalThis.crypto?.subtle,
): Promise<T> {
  if (subtle) {
    try {
      return await op(webCryptoEngine(subtle));
    } catch {
      // Not supported here (or refused): the JavaScript implementation gives the answer, or the error.
    }
  }
  return op(await nobleEngine());
}

const invalidKey = (): Problem => ({
  code: 'crypto-operation-failed',
  operation: 'import',
  reason: 'invalid-key-data',
});

/** Verifies a compact JWS signed with ML-DSA, with the report shape of verifyDecodedToken. */
export async function verifyMlDsa(
  parts: readonly string[],
  input: ParsedKeyInput,
  algorithm: JwsAlgorithm,
  header: { kid?: unknown },
  warnings: Problem[],
  subtle?: SubtleCrypto,
): Promise<SignatureReport> {
  const { alg } = algorithm;
  if (!isMlDsaAlg(alg))
    return { state: 'unsupported', alg, problem: { code: 'alg-unsupported', alg }, warnings };
  const start = startVerification(parts, input, alg, header, algorithm, warnings);
  if ('report' in start) return start.report;
  const { keys, message, signature, tally } = start;
  for (const key of keys) {
    const read = readMlDsaKey(key.material, alg);
    let publicKey: Uint8Array | undefined;
    if (read.ok) publicKey = await withMlDsa((e) => e.publicOf(read.value), subtle).catch(() => undefined);
    if (!publicKey) {
      tally.fail(key, read.ok ? invalidKey() : read.problem);
      continue;
    }
    const expected = algorithm.signatureBytes ?? 0;
    if (signature.length !== expected) {
      tally.fail(key, { code: 'signature-wrong-length', alg, expected, actual: signature.length });
      continue;
    }
    const pub = publicKey;
    const valid = await withMlDsa((e) => e.verify(alg, signature, message, pub), subtle).catch(() => false);
    if (valid) return tally.valid(key);
    tally.fail(key, { code: 'signature-mismatch' });
  }
  return tally.report();
}

/** Signs `header.payload` with the key box's ML-DSA private key (seed or expanded key). */
export async function signMlDsa(
  encodedHeader: string,
  payloadBytes: Uint8Array,
  input: ParsedKeyInput,
  algorithm: JwsAlgorithm,
  header: { kid?: unknown },
  subtle?: SubtleCrypto,
): Promise<Result<{ token: string; key: ParsedKey; algorithm: JwsAlgorithm }, Problem>> {
  const { alg } = algorithm;
  if (!isMlDsaAlg(alg)) return fail({ code: 'alg-unsupported', alg });
  const selected = selectKeys(input, alg, header, 'sign');
  if (!selected.ok) return selected;
  const [key] = selected.value;
  if (!key) return fail({ code: 'jwks-empty' });
  const read = readMlDsaKey(key.material, alg);
  if (!read.ok) return read;
  if (!read.value.seed && !read.value.expandedKey)
    return fail({ code: 'key-not-private', keyType: key.description.kty ?? 'unknown' });
  const signingInput = `${encodedHeader}.${encodeBase64url(payloadBytes)}`;
  try {
    const signature = await withMlDsa((e) => e.sign(alg, utf8Encode(signingInput), read.value), subtle);
    return ok({ token: `${signingInput}.${encodeBase64url(signature)}`, key, algorithm });
  } catch {
    return fail({ code: 'crypto-operation-failed', operation: 'sign', reason: 'invalid-key-data' });
  }
}

/** A fresh ML-DSA key pair as AKP JWKs and PEM, named by its RFC 7638 thumbprint (members alg, kty, pub). */
export async function generateMlDsa(
  algorithm: JwsAlgorithm,
  subtle?: SubtleCrypto,
): Promise<Result<GeneratedKey, Problem>> {
  const { alg } = algorithm;
  if (!isMlDsaAlg(alg)) return fail({ code: 'alg-unsupported', alg });
  const { publicKey, seed } = await withMlDsa((e) => e.generate(alg), subtle);
  const written = writeMlDsaKeyPair(alg, publicKey, seed);
  const thumbprint = await calculateJwkThumbprint(written.publicJwk as never);
  const named = { kid: thumbprint, use: 'sig' };
  return ok({
    kind: 'key-pair',
    alg,
    privatePem: written.privatePem,
    privateJwk: { ...written.privateJwk, ...named },
    publicPem: written.publicPem,
    publicJwk: { ...written.publicJwk, ...named },
    thumbprint,
  });
}
