// Loaded with the policy panels: judges the policy and asks the library models, from what the page already computed.
import { splitList } from '../../core/claims';
import type { KeyInputReading } from '../../core/keys';
import { judgeWithLibraries, type LibraryVerdict } from '../../core/library-verdicts';
import { libraryKeyOf, signatureOutcomeOf } from '../../core/library-verdicts';
import { checkPolicy, readPolicy, type PolicyCheck } from '../../core/policy';
import type { SignatureReport } from '../../core/jws';
import type { ValidationInputs } from '../../shared/debugger-state';
import { summarisePolicyFailure } from './describe-policy';
import { policyWordingMessages } from '../../i18n/en/policy-wording';

export interface PolicyEngineInput {
  token: string;
  header: Record<string, unknown> | undefined;
  claims: Record<string, unknown> | undefined;
  validation: ValidationInputs;
  reading: KeyInputReading;
  report: SignatureReport;
  /** Unix seconds. */
  now: number;
}

export interface PolicyView {
  checks: PolicyCheck[];
  /** Failing checks as verdict-bar phrases. */
  failures: string[];
  verdicts: LibraryVerdict[];
}

/** The policy's checks and each library's verdict for the page's current token, key and options. */
/** The wording the view is made with: usePolicy subscribes to it so a language switch computes the view again. */
export const policyWords = policyWordingMessages;

export function computePolicyView(input: PolicyEngineInput, words = policyWordingMessages.get()): PolicyView {
  const { validation: v } = input;
  const policy = readPolicy(v);
  const tolerance = Number(v.clockTolerance);
  const clockTolerance = Number.isFinite(tolerance) && tolerance > 0 ? tolerance : 0;
  const checks = checkPolicy(input.header, input.claims, policy, { now: input.now, clockTolerance });
  const failures = checks.filter((c) => c.status === 'fail').map((c) => summarisePolicyFailure(c, words));
  const verdicts =
    input.token.trim() !== ''
      ? judgeWithLibraries({
          token: input.token,
          key: libraryKeyOf(input.reading, input.report),
          signature: signatureOutcomeOf(input.report),
          options: {
            allowedAlgorithms: policy.allowedAlgorithms ?? [],
            audience: splitList(v.audience),
            issuer: splitList(v.issuer),
            subject: splitList(v.subject),
            clockTolerance,
            requiredClaims: policy.requiredClaims ?? [],
            expectedType: policy.expectedType,
            maxAge: policy.maxAge,
          },
          now: Math.floor(input.now),
        })
      : [];
  return { checks, failures, verdicts };
}
