// The key type and the sizes of key and signature for each alg, as the learning panel states them (a table).
import type { JwsAlgorithm } from '../../core/jws';
import type { MessagesOf } from '../../i18n/catalogue';
import { learnPanelMessages } from '../../i18n/en/learn-panel';

type Words = MessagesOf<typeof learnPanelMessages>;

/** `{name}` placeholders of a message filled with values (the messages are rich() texts). */
const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w{1,40})\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );

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

export function algFacts(algorithm: JwsAlgorithm, t: Words = learnPanelMessages.get()): AlgFacts {
  const curve = algorithm.curve ?? '';
  switch (algorithm.family) {
    case 'hmac': {
      const bytes = algorithm.minSecretBytes ?? 32;
      return {
        keyType: t.hmacKeyType,
        publicKey: t.hmacPublicKey,
        privateKey: fill(t.hmacPrivateKey, { bytes }),
        signature: fill(t.bytes, { bytes }),
      };
    }
    case 'rsa':
    case 'rsa-pss':
      return {
        keyType: 'RSA',
        publicKey: t.rsaPublicKey,
        privateKey: t.rsaPrivateKey,
        signature: t.rsaSignature,
      };
    case 'ecdsa': {
      const size = EC_FIELD[curve] ?? 32;
      return {
        keyType: `EC, crv ${curve}`,
        publicKey: fill(t.ecPublicKey, { size, spki: 2 * size + 1 }),
        privateKey: fill(t.ecPrivateKey, { size }),
        signature: fill(t.ecSignature, { bytes: 2 * size }),
      };
    }
    case 'eddsa': {
      const size = EDDSA_KEY[curve] ?? 32;
      return {
        keyType: `OKP, crv ${curve}`,
        publicKey: fill(t.okpPublicKey, { size }),
        privateKey: fill(t.okpPrivateKey, { size }),
        signature: fill(t.bytes, { bytes: 2 * size }),
      };
    }
    case 'ml-dsa': {
      const [pub, expanded, sig] = ML_DSA[algorithm.alg] ?? [0, 0, 0];
      return {
        keyType: `AKP, alg ${algorithm.alg}`,
        publicKey: fill(t.akpPublicKey, { size: pub }),
        privateKey: fill(t.akpPrivateKey, { expanded }),
        signature: fill(t.bytes, { bytes: sig }),
      };
    }
  }
}
