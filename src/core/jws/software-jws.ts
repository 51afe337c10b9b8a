// ES256K (RFC 8812) and Ed448 (RFC 8037, RFC 9864): verify, sign and generate with @noble/curves, which is
// audited and has no dependencies. jose 6 dropped both and WebCrypto has neither, so this module is loaded
// with a dynamic import only when such a token, key or alg appears: the initial bundle does not carry it.

import { ed448 } from '@noble/curves/ed448.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { calculateJwkThumbprint } from 'jose';
import { getJwsAlgorithm, type JwsAlgorithm } from './algorithms';
import type { SignatureReport } from './verify';
import { startVerification } from './candidate-keys';
import { encodeBase64url, utf8Encode } from '../shared/base64url';
import type { GeneratedKey } from '../keys/generate-key';
import { selectKeys, type ParsedKey, type ParsedKeyInput } from '../keys/keys';
import { readRawKey, writeKeyPair, type SoftwareCurve } from '../keys/raw-keys';
import { fail, ok, type Problem, type Result } from '../shared/problems';

interface Engine {
  curve: SoftwareCurve;
  verify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean;
  sign(message: Uint8Array, privateKey: Uint8Array): Uint8Array;
  publicOf(privateKey: Uint8Array): Uint8Array;
  checkPoint(publicKey: Uint8Array): void;
}

const ENGINES: Record<SoftwareCurve, Engine> = {
  secp256k1: {
    curve: 'secp256k1',
    // RFC 8812 does not require low-S signatures (unlike Bitcoin), so both s and n−s are accepted; noble
    // hashes the message with SHA-256 first (prehash) and reads the compact r‖s form JWS uses.
    verify: (signature, message, publicKey) =>
      secp256k1.verify(signature, message, publicKey, { lowS: false }),
    // Signing writes low-S, which every verifier accepts.
    sign: (message, privateKey) => secp256k1.sign(message, privateKey),
    publicOf: (privateKey) => secp256k1.getPublicKey(privateKey, false),
    checkPoint: (publicKey) => void secp256k1.Point.fromBytes(publicKey),
  },
  Ed448: {
    curve: 'Ed448',
    verify: (signature, message, publicKey) => ed448.verify(signature, message, publicKey),
    sign: (message, privateKey) => ed448.sign(message, privateKey),
    publicOf: (privateKey) => ed448.getPublicKey(privateKey),
    checkPoint: (publicKey) => void ed448.Point.fromBytes(publicKey),
  },
};

/**
 * RFC 8037 §3.1: `EdDSA` names EdDSA on either curve. With only Ed448 keys in the key box it means Ed448's
 * algorithm under that name (python-jwcrypto writes Ed448 tokens so); otherwise `algorithm` itself.
 */
function withKeyCurves(algorithm: JwsAlgorithm, input: ParsedKeyInput): JwsAlgorithm {
  const curves = input.keys.map((k) => k.description.curve);
  const ed448 = getJwsAlgorithm('Ed448');
  if (algorithm.alg !== 'EdDSA' || !ed448 || !curves.includes('Ed448') || curves.includes('Ed25519'))
    return algorithm;
  return { ...ed448, alg: 'EdDSA' };
}

function engineFor(algorithm: JwsAlgorithm): Engine | undefined {
  return algorithm.curve === 'secp256k1' || algorithm.curve === 'Ed448'
    ? ENGINES[algorithm.curve]
    : undefined;
}

/** The registered alg whose key rules apply: `EdDSA` over an Ed448 key is chosen by Ed448's. */
const selectionAlg = (algorithm: JwsAlgorithm): string =>
  algorithm.curve === 'Ed448' ? 'Ed448' : algorithm.alg;

const importProblem = (reason: string): Problem => ({
  code: 'crypto-operation-failed',
  operation: 'import',
  reason,
});

/** The public key bytes of one parsed key (derived from the private key when only that was given). */
function publicKeyOf(engine: Engine, key: ParsedKey): Result<Uint8Array, Problem> {
  const raw = readRawKey(key.material, engine.curve);
  if (!raw.ok) return raw;
  try {
    const publicKey = raw.value.publicKey ?? engine.publicOf(raw.value.privateKey ?? new Uint8Array());
    engine.checkPoint(publicKey);
    return ok(publicKey);
  } catch {
    return fail(importProblem('invalid-key-data'));
  }
}

/**
 * Verifies a compact JWS signed with ES256K or Ed448 against the key box's key(s), with the same report
 * shape as verifyDecodedToken: the first candidate key that verifies wins.
 */
export function verifyInSoftware(
  parts: readonly string[],
  input: ParsedKeyInput,
  registered: JwsAlgorithm,
  header: { kid?: unknown },
  warnings: Problem[],
): SignatureReport {
  const algorithm = withKeyCurves(registered, input);
  const { alg } = algorithm;
  const engine = engineFor(algorithm);
  if (!engine) return { state: 'unsupported', alg, problem: { code: 'alg-unsupported', alg }, warnings };
  const start = startVerification(parts, input, selectionAlg(algorithm), header, algorithm, warnings);
  if ('report' in start) return start.report;
  const { keys, message, signature, tally } = start;
  for (const key of keys) {
    const publicKey = publicKeyOf(engine, key);
    if (!publicKey.ok) {
      tally.fail(key, publicKey.problem);
      continue;
    }
    const expected = algorithm.signatureBytes ?? 0;
    if (signature.length !== expected) {
      tally.fail(key, { code: 'signature-wrong-length', alg, expected, actual: signature.length });
      continue;
    }
    if (engine.verify(signature, message, publicKey.value)) return tally.valid(key);
    tally.fail(key, { code: 'signature-mismatch' });
  }
  return tally.report();
}

/** Signs `header.payload` bytes with the key box's private key; returns the compact JWS and the key used. */
export function signInSoftware(
  encodedHeader: string,
  payloadBytes: Uint8Array,
  input: ParsedKeyInput,
  registered: JwsAlgorithm,
  header: { kid?: unknown },
): Result<{ token: string; key: ParsedKey; algorithm: JwsAlgorithm }, Problem> {
  const algorithm = withKeyCurves(registered, input);
  const engine = engineFor(algorithm);
  if (!engine) return fail({ code: 'alg-unsupported', alg: algorithm.alg });
  const selected = selectKeys(input, selectionAlg(algorithm), header, 'sign');
  if (!selected.ok) return selected;
  const [key] = selected.value;
  if (!key) return fail({ code: 'jwks-empty' });
  const raw = readRawKey(key.material, engine.curve);
  if (!raw.ok) return raw;
  const privateKey = raw.value.privateKey;
  if (!privateKey) return fail({ code: 'key-not-private', keyType: key.description.kty ?? 'unknown' });
  const signingInput = `${encodedHeader}.${encodeBase64url(payloadBytes)}`;
  try {
    const signature = engine.sign(utf8Encode(signingInput), privateKey);
    return ok({ token: `${signingInput}.${encodeBase64url(signature)}`, key, algorithm });
  } catch {
    return fail({ code: 'crypto-operation-failed', operation: 'sign', reason: 'invalid-key-data' });
  }
}

/** A fresh ES256K or Ed448 key pair as PEM and JWK, named by its RFC 7638 thumbprint. */
export async function generateInSoftware(algorithm: JwsAlgorithm): Promise<Result<GeneratedKey, Problem>> {
  const engine = engineFor(algorithm);
  if (!engine) return fail({ code: 'alg-unsupported', alg: algorithm.alg });
  const privateKey =
    engine.curve === 'secp256k1' ? secp256k1.utils.randomSecretKey() : ed448.utils.randomSecretKey();
  const written = writeKeyPair(engine.curve, engine.publicOf(privateKey), privateKey);
  const thumbprint = await calculateJwkThumbprint(written.publicJwk);
  const named = { kid: thumbprint, alg: algorithm.alg, use: 'sig' };
  return ok({
    kind: 'key-pair',
    alg: algorithm.alg,
    privatePem: written.privatePem,
    privateJwk: { ...written.privateJwk, ...named },
    publicPem: written.publicPem,
    publicJwk: { ...written.publicJwk, ...named },
    thumbprint,
  });
}
