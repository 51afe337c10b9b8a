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

/** What the verdict needs, computed with every render that changes the token (cheap: no token parsing). */
export interface PolicyView {
  checks: PolicyCheck[];
  /** Failing checks as verdict-bar phrases. */
  failures: string[];
}

/** The wording the view is made with: usePolicy subscribes to it so a language switch computes the view again. */
export const policyWords = policyWordingMessages;

function toleranceOf(v: ValidationInputs): number {
  const tolerance = Number(v.clockTolerance);
  return Number.isFinite(tolerance) && tolerance > 0 ? tolerance : 0;
}

/** The policy's checks, and the failing ones in words, for the page's current token and options. */
export function computePolicyView(input: PolicyEngineInput, words = policyWordingMessages.get()): PolicyView {
  const policy = readPolicy(input.validation);
  const clockTolerance = toleranceOf(input.validation);
  const checks = checkPolicy(input.header, input.claims, policy, { now: input.now, clockTolerance });
  const failures = checks.filter((c) => c.status === 'fail').map((c) => summarisePolicyFailure(c, words));
  return { checks, failures };
}

/**
 * Each modelled library's verdict on the page's current token, key and options. Each model parses the token
 * again (tens of ms for a 256 KB token): the library-verdicts panel computes them in its own, deferred render,
 * never in the render that shows the verdict (issue 23).
 */
export function computeLibraryVerdicts(input: PolicyEngineInput): LibraryVerdict[] {
  const { validation: v } = input;
  const policy = readPolicy(v);
  const clockTolerance = toleranceOf(v);
  return input.token.trim() !== ''
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
}
