// The key type and the sizes of key and signature for each alg, as the learning panel states them (a table).
import type { JwsAlgorithm } from '../../core/jws';

export interface AlgFacts {
  /** The JWK `kty` (and `crv` or `alg` where the alg needs one). */
  keyType: string;
  publicKey: string;
  privateKey: string;
  signature: string;
}

// FIPS 204 Table 2: public key, expanded private key and signature sizes in bytes.
const ML_DSA: Record<string, [number, number, number]> = {
  'ML-DSA-44': [1312, 2560, 2420],
  'ML-DSA-65': [1952, 4032, 3309],
  'ML-DSA-87': [2592, 4896, 4627],
};
// Field size in bytes of each ECDSA curve and EdDSA key size.
const EC_FIELD: Record<string, number> = { 'P-256': 32, 'P-384': 48, 'P-521': 66, secp256k1: 32 };
const EDDSA_KEY: Record<string, number> = { Ed25519: 32, Ed448: 57 };

export function algFacts(algorithm: JwsAlgorithm): AlgFacts {
  const curve = algorithm.curve ?? '';
  switch (algorithm.family) {
    case 'hmac': {
      const bytes = algorithm.minSecretBytes ?? 32;
      return {
        keyType: 'oct (one shared secret)',
        publicKey: 'none: the verifier holds the same secret',
        privateKey: `a secret of at least ${bytes} bytes`,
        signature: `${bytes} bytes`,
      };
    }
    case 'rsa':
    case 'rsa-pss':
      return {
        keyType: 'RSA',
        publicKey: 'modulus n of 2048 bits (256 bytes) or more, and exponent e',
        privateKey: 'd and the CRT values, each about as long as the modulus',
        signature: 'as long as the modulus: 256 bytes for a 2048-bit key',
      };
    case 'ecdsa': {
      const size = EC_FIELD[curve] ?? 32;
      return {
        keyType: `EC, crv ${curve}`,
        publicKey: `a point (x, y): ${size} + ${size} bytes (${2 * size + 1} bytes uncompressed in SPKI)`,
        privateKey: `d, ${size} bytes`,
        signature: `${2 * size} bytes (r‖s)`,
      };
    }
    case 'eddsa': {
      const size = EDDSA_KEY[curve] ?? 32;
      return {
        keyType: `OKP, crv ${curve}`,
        publicKey: `x, ${size} bytes`,
        privateKey: `d, ${size} bytes`,
        signature: `${2 * size} bytes`,
      };
    }
    case 'ml-dsa': {
      const [pub, expanded, sig] = ML_DSA[algorithm.alg] ?? [0, 0, 0];
      return {
        keyType: `AKP, alg ${algorithm.alg}`,
        publicKey: `pub, ${pub} bytes`,
        privateKey: `priv, the 32-byte seed (${expanded} bytes once expanded)`,
        signature: `${sig} bytes`,
      };
    }
  }
}
