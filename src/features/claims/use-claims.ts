// Claims judged at the chosen time with the chosen options: every verdict at once.
import { useMemo } from 'react';
import { checkClaims, parseEvaluationTime, splitList } from '../../core/claims';
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
  const tolerance = Number(inputs.clockTolerance);
  const clockTolerance = Number.isFinite(tolerance) && tolerance > 0 ? tolerance : 0;
  const verdicts = useMemo(
    () =>
      claims
        ? checkClaims(claims, {
            now,
            clockTolerance,
            audience: splitList(inputs.audience),
            issuer: splitList(inputs.issuer),
            subject: splitList(inputs.subject),
            typ: [],
          })
        : [],
    [claims, now, clockTolerance, inputs.audience, inputs.issuer, inputs.subject],
  );
  return { verdicts, now, evaluationTimeError: !evaluation.ok };
}
