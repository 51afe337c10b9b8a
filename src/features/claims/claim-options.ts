// The validation inputs (audience, issuer, subject, clock tolerance) as checkClaims options at a given time.
// Shared by useClaims and the first verdict painted before React (app/first-verdict.ts).
import { splitList } from '../../core/claims';
import type { ClaimOptions } from '../../core/claims';
import type { ValidationInputs } from '../../shared/debugger-state';

export function claimOptions(
  inputs: Pick<ValidationInputs, 'audience' | 'issuer' | 'subject' | 'clockTolerance'>,
  now: number,
): ClaimOptions {
  const tolerance = Number(inputs.clockTolerance);
  return {
    now,
    clockTolerance: Number.isFinite(tolerance) && tolerance > 0 ? tolerance : 0,
    audience: splitList(inputs.audience),
    issuer: splitList(inputs.issuer),
    subject: splitList(inputs.subject),
    typ: [],
  };
}
