// Feature probe: what this browser's WebCrypto can do (by trying, not by sniffing the browser).

import {
  JWE_ALGS,
  JWE_ALG_INFO,
  JWE_ENCS,
  JWE_ENC_INFO,
  isJweAlg,
  isJweEnc,
  type JweAlg,
  type JweEnc,
} from './registry';

export interface JweSupport {
  /** 192-bit AES keys (A192*, ECDH-ES+A192KW, PBES2-HS384+A192KW); Chromium has none, Node does. */
  aes192: boolean;
  /** X25519 key agreement for ECDH-ES. */
  x25519: boolean;
}

/**
 * One probe per SubtleCrypto object (a test's fake, another realm's, the page's): a WeakMap keyed by the object, so
 * the bound is the number of live SubtleCrypto objects (one in the page) and an entry goes with its object.
 */
const probes = new WeakMap<SubtleCrypto, Promise<JweSupport>>();

async function tryOperation(operation: () => Promise<unknown>): Promise<boolean> {
  try {
    await operation();
    return true;
  } catch {
    return false;
  }
}

async function runProbe(subtle: SubtleCrypto): Promise<JweSupport> {
  const key24 = new Uint8Array(24);
  const aes192 = await tryOperation(async () => {
    // Chromium rejects the import itself ("192-bit AES keys are not supported"); try all three uses anyway.
    const gcm = await subtle.importKey('raw', key24, 'AES-GCM', false, ['encrypt']);
    await subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, gcm, new Uint8Array(0));
    await subtle.importKey('raw', key24, 'AES-KW', false, ['wrapKey']);
    await subtle.importKey('raw', key24, 'AES-CBC', false, ['encrypt']);
  });
  const x25519 = await tryOperation(() => subtle.generateKey({ name: 'X25519' }, false, ['deriveBits']));
  return { aes192, x25519 };
}

/** Probes the given WebCrypto once (by trying, not by sniffing the browser) and remembers the answer for that object. */
export function probeJweSupport(subtle: SubtleCrypto = globalThis.crypto.subtle): Promise<JweSupport> {
  let probe = probes.get(subtle);
  if (!probe) {
    probe = runProbe(subtle);
    probes.set(subtle, probe);
  }
  return probe;
}

function needsAes192(alg: JweAlg, enc: JweEnc): boolean {
  return JWE_ALG_INFO[alg].wrapBits === 192 || JWE_ENC_INFO[enc].aesBits === 192;
}

export function findMissingFeature(
  alg: JweAlg,
  enc: JweEnc,
  support: JweSupport,
  curve?: unknown,
): 'aes-192' | 'x25519' | undefined {
  if (!support.aes192 && needsAes192(alg, enc)) return 'aes-192';
  if (!support.x25519 && curve === 'X25519') return 'x25519';
  return undefined;
}

/** Whether this browser can do this alg and enc (an unknown name is never supported). */
export async function isJweAlgSupported(alg: string, enc: string, support?: JweSupport): Promise<boolean> {
  if (!isJweAlg(alg) || !isJweEnc(enc)) return false;
  return findMissingFeature(alg, enc, support ?? (await probeJweSupport())) === undefined;
}

/** The algorithms and encryptions this browser can do, for the jwe-alg-select and jwe-enc-select lists. */
export async function supportedJweAlgs(support?: JweSupport): Promise<{ algs: JweAlg[]; encs: JweEnc[] }> {
  const s = support ?? (await probeJweSupport());
  return {
    algs: JWE_ALGS.filter((alg) => s.aes192 || JWE_ALG_INFO[alg].wrapBits !== 192),
    encs: JWE_ENCS.filter((enc) => s.aes192 || JWE_ENC_INFO[enc].aesBits !== 192),
  };
}
