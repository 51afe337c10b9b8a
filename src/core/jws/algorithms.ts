// The JWS algorithm registry: what each `alg` needs from a key and what WebCrypto calls it (RFC 7518 §3, RFC 8037).

export type AlgFamily = 'hmac' | 'rsa' | 'rsa-pss' | 'ecdsa' | 'eddsa' | 'ml-dsa';
export type HashName = 'SHA-256' | 'SHA-384' | 'SHA-512' | 'SHAKE256';
export type KeyType = 'oct' | 'RSA' | 'EC' | 'OKP' | 'AKP';
/** EC curve, OKP subtype, or AKP parameter set (an ML-DSA key names its own). */
export type SignatureCurve =
  'P-256' | 'P-384' | 'P-521' | 'Ed25519' | 'secp256k1' | 'Ed448' | 'ML-DSA-44' | 'ML-DSA-65' | 'ML-DSA-87';

export type JwsAlg =
  | 'HS256'
  | 'HS384'
  | 'HS512'
  | 'RS256'
  | 'RS384'
  | 'RS512'
  | 'PS256'
  | 'PS384'
  | 'PS512'
  | 'ES256'
  | 'ES384'
  | 'ES512'
  | 'EdDSA'
  | 'Ed25519'
  | 'ES256K'
  | 'Ed448'
  | 'ML-DSA-44'
  | 'ML-DSA-65'
  | 'ML-DSA-87';

export interface JwsAlgorithm {
  alg: JwsAlg;
  family: AlgFamily;
  /** The key type a JWK for this alg has. */
  kty: KeyType;
  hash: HashName;
  /** The curve an EC or OKP key must be on. */
  curve?: SignatureCurve;
  /** RFC 7518 §3.2: an HMAC key should be at least as long as the hash output. */
  minSecretBytes?: number;
  /** Fixed signature length in bytes (HMAC, ECDSA, EdDSA); RSA depends on the modulus. */
  signatureBytes?: number;
  /** WebCrypto algorithm used by the raw path (RSA keys under 2048 bits). */
  subtle: AlgorithmIdentifier | RsaPssParams | EcdsaParams;
  /**
   * `software`: neither jose 6 nor WebCrypto has it (secp256k1, Ed448); checked by audited @noble code that
   * is loaded only when such a token or key appears (see software-jws.ts).
   */
  engine?: 'software';
}

const hmac = (alg: JwsAlg, bits: 256 | 384 | 512): JwsAlgorithm => ({
  alg,
  family: 'hmac',
  kty: 'oct',
  hash: `SHA-${bits}`,
  minSecretBytes: bits / 8,
  signatureBytes: bits / 8,
  subtle: { name: 'HMAC' },
});
const rsa = (alg: JwsAlg, bits: 256 | 384 | 512): JwsAlgorithm => ({
  alg,
  family: 'rsa',
  kty: 'RSA',
  hash: `SHA-${bits}`,
  subtle: { name: 'RSASSA-PKCS1-v1_5' },
});
const pss = (alg: JwsAlg, bits: 256 | 384 | 512): JwsAlgorithm => ({
  ...rsa(alg, bits),
  family: 'rsa-pss',
  // RFC 7518 §3.5: the salt is as long as the hash output.
  subtle: { name: 'RSA-PSS', saltLength: bits / 8 },
});
const ec = (alg: JwsAlg, bits: 256 | 384 | 512, curve: SignatureCurve, size: number): JwsAlgorithm => ({
  alg,
  family: 'ecdsa',
  kty: 'EC',
  hash: `SHA-${bits}`,
  curve,
  signatureBytes: size * 2,
  subtle: { name: 'ECDSA', hash: `SHA-${bits}` },
});
const eddsa = (alg: JwsAlg): JwsAlgorithm => ({
  alg,
  family: 'eddsa',
  kty: 'OKP',
  hash: 'SHA-512',
  curve: 'Ed25519',
  signatureBytes: 64,
  subtle: { name: 'Ed25519' },
});

/** The classic algs this debugger verifies and signs in the browser (ML-DSA: ML_DSA_ALGORITHMS below). `Ed25519` is the RFC 9864 name for EdDSA over Ed25519. */
export const JWS_ALGORITHMS: readonly JwsAlgorithm[] = [
  hmac('HS256', 256),
  hmac('HS384', 384),
  hmac('HS512', 512),
  rsa('RS256', 256),
  rsa('RS384', 384),
  rsa('RS512', 512),
  pss('PS256', 256),
  pss('PS384', 384),
  pss('PS512', 512),
  ec('ES256', 256, 'P-256', 32),
  ec('ES384', 384, 'P-384', 48),
  ec('ES512', 512, 'P-521', 66),
  eddsa('EdDSA'),
  eddsa('Ed25519'),
  // RFC 8812 §3.2: ECDSA over secp256k1 with SHA-256, r‖s as for ES256.
  { ...ec('ES256K', 256, 'secp256k1', 32), engine: 'software' },
  // RFC 8037 §3.1: EdDSA over Ed448 (SHAKE256 inside the algorithm), 114-byte signatures; RFC 9864 name.
  { ...eddsa('Ed448'), hash: 'SHAKE256', curve: 'Ed448', signatureBytes: 114, engine: 'software' },
];

/** ML-DSA (FIPS 204) in JOSE (RFC 9964): `AKP` keys whose `alg` is the parameter set; WebCrypto or @noble/post-quantum. */
const mlDsa = (alg: 'ML-DSA-44' | 'ML-DSA-65' | 'ML-DSA-87', signatureBytes: number): JwsAlgorithm => ({
  alg,
  family: 'ml-dsa',
  kty: 'AKP',
  hash: 'SHAKE256',
  curve: alg,
  signatureBytes,
  subtle: { name: alg },
});

/** The ML-DSA algs, checked by ml-dsa-jws.ts (loaded only when such a token, key or alg appears). */
export const ML_DSA_ALGORITHMS: readonly JwsAlgorithm[] = [
  mlDsa('ML-DSA-44', 2420),
  mlDsa('ML-DSA-65', 3309),
  mlDsa('ML-DSA-87', 4627),
];

const ALL: readonly JwsAlgorithm[] = [...JWS_ALGORITHMS, ...ML_DSA_ALGORITHMS];
const BY_ALG = new Map<string, JwsAlgorithm>(ALL.map((a) => [a.alg, a]));

/** The algs offered in an alg picker: the whole registry, `EdDSA` and its RFC 9864 name `Ed25519` both. */
export const SELECTABLE_JWS_ALGS: readonly JwsAlg[] = ALL.map((a) => a.alg);

/** True when `alg` is a JWS alg this debugger can check. */
export function isSupportedJwsAlg(alg: unknown): alg is JwsAlg {
  return typeof alg === 'string' && BY_ALG.has(alg);
}

/** The registry entry for an alg, or undefined for one the page cannot check (RS1, HS1, none…). */
export function getJwsAlgorithm(alg: string): JwsAlgorithm | undefined {
  return BY_ALG.get(alg);
}

/** Minimum RSA modulus jose accepts (RFC 7518 §3.3); smaller keys are checked with raw WebCrypto. */
export const MIN_RSA_BITS = 2048;
