// The second token decoded, compared with the first, and verified with the key box's key (stale checks dropped).
import { useEffect, useMemo, useState } from 'react';
import { parseEvaluationTime, splitList, type ClaimOptions } from '../../core/claims';
import { compareTokens, type TokenComparison } from '../../core/compare';
import { parseKeyInput, type SecretEncoding } from '../../core/keys/lazy';
import { decodeToken, type DecodedToken } from '../../core/token';
import { verifyDecodedToken, type SignatureReport } from '../../core/jws';
import type { ValidationInputs } from '../../shared/debugger-state';

export interface Comparison {
  second?: DecodedToken;
  comparison?: TokenComparison;
  /** The key box's verdict on the second token (signature-status values). */
  secondReport?: SignatureReport;
  busy: boolean;
}

/** The claims options the page judges with (the same as the claims table's), for both tokens. */
function claimOptionsFrom(inputs: ValidationInputs, now: number): ClaimOptions {
  const evaluation = parseEvaluationTime(inputs.evaluationTime);
  const tolerance = Number(inputs.clockTolerance);
  return {
    now: (evaluation.ok ? evaluation.seconds : undefined) ?? now,
    clockTolerance: Number.isFinite(tolerance) && tolerance > 0 ? tolerance : 0,
    audience: splitList(inputs.audience),
    issuer: splitList(inputs.issuer),
    subject: splitList(inputs.subject),
    typ: [],
  };
}

export function useComparison(
  first: DecodedToken,
  secondText: string,
  keyText: string,
  encoding: SecretEncoding,
  validation: ValidationInputs,
  now: number,
): Comparison {
  // A copy: decodeToken keeps only its last result, and the first token's is the one the page holds.
  const second = useMemo(
    () => (secondText.trim() === '' ? undefined : { ...decodeToken(secondText) }),
    [secondText],
  );
  const options = useMemo(() => claimOptionsFrom(validation, now), [validation, now]);
  const comparison = useMemo(
    () =>
      second && second.parts.length >= 3 && first.parts.length >= 3
        ? compareTokens(first, second, options)
        : undefined,
    [first, second, options],
  );
  // The same verification code as signature-status (verify.ts), with the same key reading.
  const reading = useMemo(() => parseKeyInput(keyText, encoding), [keyText, encoding]);
  const [result, setResult] = useState<{ for: unknown[]; report?: SignatureReport }>({ for: [] });
  useEffect(() => {
    if (!second) return;
    const controller = new AbortController();
    verifyDecodedToken(second, reading, controller.signal).then(
      (report) => {
        if (!controller.signal.aborted) setResult({ for: [second, reading], report });
      },
      (e: unknown) => {
        if (!controller.signal.aborted) throw e;
      },
    );
    return () => controller.abort();
  }, [second, reading]);
  const busy = second !== undefined && (result.for[0] !== second || result.for[1] !== reading);
  return { second, comparison, secondReport: busy ? undefined : result.report, busy };
}
