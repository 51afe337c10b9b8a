// core/claims: its public entry; app, features and shared import core/claims only through this file.
export { checkClaims, parseEvaluationTime, splitList } from './claims';
export type { ClaimOptions, ClaimStatus, ClaimVerdict } from './claims';
export { parseDuration } from './duration';
