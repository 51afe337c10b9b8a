// A verifier's validation policy (allowed algorithms, required claims, expected typ, maximum age), read from the
// four inputs and judged against a decoded token: one check per input that is set.

import { splitList } from '../claims/claims';
import { parseDuration } from '../claims/duration';

/** The four inputs as typed. */
export interface PolicyInputs {
  allowedAlgorithms: string;
  requiredClaims: string;
  expectedType: string;
  maxAge: string;
}

export const emptyPolicyInputs: PolicyInputs = {
  allowedAlgorithms: '',
  requiredClaims: '',
  expectedType: '',
  maxAge: '',
};

/** The policy read from the inputs; a field is absent when its input is empty. */
export interface Policy {
  allowedAlgorithms?: string[];
  requiredClaims?: string[];
  expectedType?: string;
  /** Seconds; absent when empty. `maxAgeText` is kept when it could not be read. */
  maxAge?: number;
  maxAgeText?: string;
}

/** Reads the four inputs (an absent one counts as empty); an unreadable max-age keeps its text so a check can say so. */
export function readPolicy(inputs: Partial<PolicyInputs>): Policy {
  const policy: Policy = {};
  const algorithms = splitList(inputs.allowedAlgorithms ?? '');
  if (algorithms.length > 0) policy.allowedAlgorithms = algorithms;
  const required = [...new Set(splitList(inputs.requiredClaims ?? ''))];
  if (required.length > 0) policy.requiredClaims = required;
  const typ = (inputs.expectedType ?? '').trim();
  if (typ !== '') policy.expectedType = typ;
  const maxAgeText = (inputs.maxAge ?? '').trim();
  if (maxAgeText !== '') {
    policy.maxAgeText = maxAgeText;
    const seconds = parseDuration(maxAgeText);
    if (seconds !== undefined) policy.maxAge = seconds;
  }
  return policy;
}

/** Normalises a media type as jose 6 does (RFC 8725 §3.11): case-insensitive, `application/` implied. */
export function normalizeMediaType(value: string): string {
  const lower = value.toLowerCase();
  return value.includes('/') ? lower : `application/${lower}`;
}

export type PolicyCheckReason =
  | { code: 'alg-allowed'; alg: string; allowed: string[] }
  | { code: 'alg-not-allowed'; alg?: string; allowed: string[] }
  | { code: 'typ-matches'; typ: string; expected: string }
  | { code: 'typ-mismatch'; typ: string; expected: string }
  | { code: 'typ-missing'; expected: string }
  | { code: 'max-age-unreadable'; text: string }
  | { code: 'max-age-ok'; age: number; maxAge: number }
  | { code: 'max-age-exceeded'; age: number; maxAge: number }
  | { code: 'iat-in-future'; age: number; maxAge: number }
  | { code: 'iat-missing'; maxAge: number }
  | { code: 'iat-not-number'; maxAge: number }
  | { code: 'claim-present'; claim: string }
  | { code: 'claim-missing'; claim: string };

export interface PolicyCheck {
  /** `alg` · `typ` · `max-age` · `required:<claim>` (the contract's data-check). */
  check: string;
  status: 'ok' | 'fail';
  reason: PolicyCheckReason;
}

export interface PolicyContext {
  /** Unix seconds the token is judged at. */
  now: number;
  /** Leeway in seconds (as for exp / nbf). */
  clockTolerance: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Judges a token's header and claims against the policy: one check per input that is set, in input order.
 * Missing header or claims count as absent values (a check fails rather than disappears).
 */
export function checkPolicy(
  header: Record<string, unknown> | undefined,
  claims: Record<string, unknown> | undefined,
  policy: Policy,
  context: PolicyContext,
): PolicyCheck[] {
  const checks: PolicyCheck[] = [];
  const h = isRecord(header) ? header : {};
  const c = isRecord(claims) ? claims : {};
  if (policy.allowedAlgorithms) {
    const alg = typeof h.alg === 'string' ? h.alg : undefined;
    const allowed = policy.allowedAlgorithms;
    // Algorithm names are case-sensitive (RFC 7515 §4.1.1), as every library compares them.
    checks.push(
      alg !== undefined && allowed.includes(alg)
        ? { check: 'alg', status: 'ok', reason: { code: 'alg-allowed', alg, allowed } }
        : { check: 'alg', status: 'fail', reason: { code: 'alg-not-allowed', alg, allowed } },
    );
  }
  if (policy.requiredClaims) {
    for (const claim of policy.requiredClaims) {
      // jose's requiredClaims: present means the member exists (even when null).
      checks.push(
        Object.hasOwn(c, claim)
          ? { check: `required:${claim}`, status: 'ok', reason: { code: 'claim-present', claim } }
          : { check: `required:${claim}`, status: 'fail', reason: { code: 'claim-missing', claim } },
      );
    }
  }
  if (policy.expectedType !== undefined) {
    const expected = policy.expectedType;
    const typ = h.typ;
    if (typeof typ !== 'string') {
      checks.push({ check: 'typ', status: 'fail', reason: { code: 'typ-missing', expected } });
    } else {
      const same = normalizeMediaType(typ) === normalizeMediaType(expected);
      checks.push({
        check: 'typ',
        status: same ? 'ok' : 'fail',
        reason: { code: same ? 'typ-matches' : 'typ-mismatch', typ, expected },
      });
    }
  }
  if (policy.maxAgeText !== undefined) checks.push(checkMaxAge(c, policy, context));
  return checks;
}

/** jose's maxTokenAge: too old when age − tolerance > max; iat in the future when age < −tolerance. */
function checkMaxAge(claims: Record<string, unknown>, policy: Policy, context: PolicyContext): PolicyCheck {
  const maxAge = policy.maxAge;
  if (maxAge === undefined) {
    return {
      check: 'max-age',
      status: 'fail',
      reason: { code: 'max-age-unreadable', text: policy.maxAgeText ?? '' },
    };
  }
  if (!Object.hasOwn(claims, 'iat'))
    return { check: 'max-age', status: 'fail', reason: { code: 'iat-missing', maxAge } };
  const iat = claims.iat;
  if (typeof iat !== 'number' || !Number.isFinite(iat))
    return { check: 'max-age', status: 'fail', reason: { code: 'iat-not-number', maxAge } };
  const age = Math.floor(context.now) - iat;
  if (age - context.clockTolerance > maxAge)
    return { check: 'max-age', status: 'fail', reason: { code: 'max-age-exceeded', age, maxAge } };
  if (age < -context.clockTolerance)
    return { check: 'max-age', status: 'fail', reason: { code: 'iat-in-future', age, maxAge } };
  return { check: 'max-age', status: 'ok', reason: { code: 'max-age-ok', age, maxAge } };
}
