// core/shared: its public entry; app, features and shared import core/shared only through this file, or through
// lazy.ts for the part loaded on demand (import(), or a static import from a lazily loaded chunk).
export { fail, ok } from './problems';
export type {
  DiscoveryProblem,
  JweKeyKind,
  JweProblem,
  JwksKeySummary,
  KeyProblem,
  Problem,
  Result,
  Segment,
  SignatureProblem,
} from './problems';
export { encodeBase64url, encodeBase64urlText } from './base64url';
export { problemFromCryptoError } from './crypto-errors';
export { MAX_JSON_DEPTH, nestsDeeperThan } from './json';
export type { JsonKind } from './problems';
export type { RegisteredName } from './registry';
export { formatJsonKeepingNumbers } from './json-numbers';
export { findInexactNumbers } from './number-reasons';
export type { InexactNumber } from './number-reasons';
export type { DiscoveryHostReason } from './problems';
