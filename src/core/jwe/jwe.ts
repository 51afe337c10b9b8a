// JWE: show its parts, decrypt with a key or password, encrypt claims or a nested JWS, and make keys.
// This file is the jwe area's public API; each job lives in its own file beside it.

export type { SecretEncoding } from '../keys/keys';
export {
  JWE_ALGS,
  JWE_ALG_INFO,
  JWE_ENCS,
  JWE_ENC_INFO,
  getJweKeyKind,
  getJweSecretLength,
  isJweAlg,
  isJweEnc,
  type JweAlg,
  type JweAlgFamily,
  type JweAlgInfo,
  type JweEnc,
  type JweEncInfo,
} from './registry';
export { isJweAlgSupported, probeJweSupport, supportedJweAlgs, type JweSupport } from './support';
export { describeJweParts, type JwePart, type JwePartName, type JweParts } from './parts';
export { readJweKey, type JweKey, type ReadJweKeyOptions } from './key';
export { mapJweError } from './errors';
export {
  decryptToken,
  verifyNestedToken,
  type DecryptOptions,
  type DecryptionReport,
  type RecipientReport,
} from './decrypt';
export {
  encryptPayload,
  generateJweKey,
  type EncryptRequest,
  type GenerateJweKeyOptions,
  type GeneratedJweKey,
} from './encrypt';
