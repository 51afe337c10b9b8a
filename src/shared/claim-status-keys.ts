// The message key for each claim status that is a problem: the claims table and the comparison word these
// statuses in their own catalogues, under the same keys.
import type { ClaimStatus } from '../core/claims';

export const CLAIM_PROBLEM_KEYS = {
  expired: 'statusExpired',
  'not-yet-valid': 'statusNotYetValid',
  'issued-in-future': 'statusIssuedInFuture',
  mismatch: 'statusMismatch',
  missing: 'statusMissing',
  invalid: 'statusInvalid',
} as const satisfies Record<Exclude<ClaimStatus, 'ok' | 'info'>, string>;
