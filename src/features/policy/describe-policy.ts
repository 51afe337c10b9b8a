// Wording for the validation policy's checks and the library verdicts (core gives codes and data).
import type { PolicyCheck, PolicyCheckReason } from '../../core/policy';
import type { LibraryVerdict } from '../../core/library-verdicts';
import { formatRelative } from '../../shared/format-time';
import type { MessagesOf } from '../../i18n/catalogue';
import { policyWordingMessages } from '../../i18n/en/policy-wording';
import { messageName, wordByCode } from '../../shared/word-by-code';

type Words = MessagesOf<typeof policyWordingMessages>;

const list = (values: string[], t: Words) => values.join(t.listSeparator);

function describeAge(seconds: number, t: Words): string {
  const abs = Math.abs(seconds);
  if (abs >= 86400 && abs % 86400 === 0) return t.days({ count: abs / 86400 });
  if (abs >= 3600 && abs % 3600 === 0) return t.hours({ count: abs / 3600 });
  if (abs >= 60 && abs % 60 === 0) return t.minutes({ count: abs / 60 });
  return t.seconds({ count: abs });
}

/** One sentence saying why a policy check passed or failed (`t`: the current language's wording). */
export function describePolicyReason(
  reason: PolicyCheckReason,
  t: Words = policyWordingMessages.get(),
): string {
  switch (reason.code) {
    case 'alg-allowed':
      return t.algAllowed({ alg: reason.alg, allowed: list(reason.allowed, t) });
    case 'alg-not-allowed':
      return reason.alg === undefined
        ? t.algMissingNotAllowed({ allowed: list(reason.allowed, t) })
        : t.algNotAllowed({ alg: reason.alg, allowed: list(reason.allowed, t) });
    case 'max-age-ok':
      return t.maxAgeOk({ when: formatRelative(-reason.age, 0), maxAge: describeAge(reason.maxAge, t) });
    case 'max-age-exceeded':
      return t.maxAgeExceeded({
        when: formatRelative(-reason.age, 0),
        maxAge: describeAge(reason.maxAge, t),
      });
    case 'iat-in-future':
      return t.iatInFuture({ age: describeAge(reason.age, t) });
    default:
      // typ-matches, typ-mismatch, typ-missing, max-age-unreadable, iat-missing, iat-not-number, claim-present,
      // claim-missing
      return wordByCode(reason, t);
  }
}

/** A short phrase for the verdict bar, for a failing check. */
export function summarisePolicyFailure(check: PolicyCheck, t: Words = policyWordingMessages.get()): string {
  const r = check.reason;
  switch (r.code) {
    case 'alg-not-allowed':
      return t.failAlg({ alg: r.alg ?? t.noAlg });
    case 'typ-mismatch':
    case 'typ-missing':
      return t.failTyp({ expected: r.expected });
    case 'claim-missing':
      return t.failClaim({ claim: r.claim });
    case 'max-age-exceeded':
      return t.failMaxAge;
    case 'iat-missing':
    case 'iat-not-number':
    case 'iat-in-future':
      return t.failIat;
    case 'max-age-unreadable':
      return t.failMaxAgeUnreadable;
    default:
      return check.check;
  }
}

/** What a verdict means, in words. */
export function describeLibraryVerdict(v: LibraryVerdict, t: Words = policyWordingMessages.get()): string {
  if (v.verdict === 'accept') return t.accepts;
  if (v.verdict === 'reject') return t.rejects({ error: v.error ?? '' });
  return t[messageName(v.unknownReason ?? 'token-unusual', '', 'unknown')];
}

export const LIBRARY_LABELS: Record<LibraryVerdict['lib'], string> = {
  pyjwt: 'PyJWT',
  jsonwebtoken: 'jsonwebtoken',
  jose: 'jose',
};
