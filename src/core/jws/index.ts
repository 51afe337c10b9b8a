// core/jws: its public entry; app, features and shared import core/jws only through this file, or through
// lazy.ts for the part loaded on demand (import(), or a static import from a lazily loaded chunk).
export { reportWithoutCrypto, verifyDecodedToken } from './verify';
export type { SignatureReport, SignatureState } from './verify';
export { SELECTABLE_JWS_ALGS, getJwsAlgorithm } from './algorithms';
export type { JwsAlg, JwsAlgorithm } from './algorithms';
