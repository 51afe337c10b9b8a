// Claims judged at the chosen time with the chosen options: every verdict at once.
import { useMemo } from 'react';
import { checkClaims, parseEvaluationTime } from '../../core/claims';
import { claimOptions } from './claim-options';
import type { ClaimVerdict } from '../../core/claims';
import type { JsonObject } from '../../core/token';
import type { ValidationInputs } from '../../shared/debugger-state';
import { useNow } from './use-now';

export interface ClaimsJudgement {
  verdicts: ClaimVerdict[];
  now: number;
  evaluationTimeError: boolean;
}

export function useClaims(claims: JsonObject | undefined, inputs: ValidationInputs): ClaimsJudgement {
  const evaluation = parseEvaluationTime(inputs.evaluationTime);
  const fixed = evaluation.ok ? evaluation.seconds : undefined;
  const liveNow = useNow(fixed === undefined);
  const now = fixed ?? liveNow;
  const { audience, issuer, subject, clockTolerance } = inputs;
  const verdicts = useMemo(
    () =>
      claims ? checkClaims(claims, claimOptions({ audience, issuer, subject, clockTolerance }, now)) : [],
    [claims, now, clockTolerance, audience, issuer, subject],
  );
  return { verdicts, now, evaluationTimeError: !evaluation.ok };
}
