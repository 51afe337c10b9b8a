// Wording for the validation policy's checks and the library verdicts (core gives codes and data).
import type { PolicyCheck, PolicyCheckReason } from '../../core/policy';
import type { LibraryVerdict, UnknownReason } from '../../core/library-verdicts';
import { formatRelative } from '../../shared/format-time';

const list = (values: string[]) => values.join(', ');

function describeAge(seconds: number): string {
  const abs = Math.abs(seconds);
  if (abs >= 86400 && abs % 86400 === 0) return `${abs / 86400} d`;
  if (abs >= 3600 && abs % 3600 === 0) return `${abs / 3600} h`;
  if (abs >= 60 && abs % 60 === 0) return `${abs / 60} min`;
  return `${abs} s`;
}

/** One sentence saying why a policy check passed or failed. */
export function describePolicyReason(reason: PolicyCheckReason): string {
  switch (reason.code) {
    case 'alg-allowed':
      return `alg ${reason.alg} is among the allowed algorithms (${list(reason.allowed)}).`;
    case 'alg-not-allowed':
      return reason.alg === undefined
        ? `The header has no alg, so it cannot be among the allowed algorithms (${list(reason.allowed)}).`
        : `alg ${reason.alg} is not among the allowed algorithms (${list(reason.allowed)}): a verifier refuses it whatever its signature.`;
    case 'typ-matches':
      return `typ "${reason.typ}" is the expected "${reason.expected}" (compared case-insensitively, application/ optional).`;
    case 'typ-mismatch':
      return `typ "${reason.typ}" is not the expected "${reason.expected}" (RFC 8725 §3.11: a token of another type must be refused).`;
    case 'typ-missing':
      return `The header has no typ; "${reason.expected}" is expected.`;
    case 'max-age-unreadable':
      return `Maximum age "${reason.text}" is not a duration: use seconds, or 30m, 1h, 7d.`;
    case 'max-age-ok':
      return `Issued ${formatRelative(-reason.age, 0)}, within the maximum age of ${describeAge(reason.maxAge)}.`;
    case 'max-age-exceeded':
      return `Issued ${formatRelative(-reason.age, 0)}: older than the maximum age of ${describeAge(reason.maxAge)}.`;
    case 'iat-in-future':
      return `iat is ${describeAge(reason.age)} in the future; a maximum age needs an iat in the past.`;
    case 'iat-missing':
      return 'A maximum age is set, but the token has no iat to measure it from.';
    case 'iat-not-number':
      return 'A maximum age is set, but iat is not a number (NumericDate).';
    case 'claim-present':
      return `Required claim ${reason.claim} is present.`;
    case 'claim-missing':
      return `Required claim ${reason.claim} is missing.`;
  }
}

/** A short phrase for the verdict bar, for a failing check. */
export function summarisePolicyFailure(check: PolicyCheck): string {
  const r = check.reason;
  switch (r.code) {
    case 'alg-not-allowed':
      return `alg ${r.alg ?? '(none)'} not allowed`;
    case 'typ-mismatch':
    case 'typ-missing':
      return `typ is not ${r.expected}`;
    case 'claim-missing':
      return `required claim ${r.claim} missing`;
    case 'max-age-exceeded':
      return 'older than the maximum age';
    case 'iat-missing':
    case 'iat-not-number':
    case 'iat-in-future':
      return 'maximum age cannot be checked (iat)';
    case 'max-age-unreadable':
      return 'maximum age unreadable';
    default:
      return check.check;
  }
}

const UNKNOWN: Record<UnknownReason, string> = {
  'no-key': 'Paste a key to see what this library would say.',
  'key-not-checked':
    'The key does not fit this token (or this page cannot check it), so the outcome is not modelled.',
  'token-unusual': 'This token is malformed in a way whose handling differs between decoders: not modelled.',
  'header-extension': 'The header uses crit or b64: not modelled.',
  'payload-not-object': 'The payload is not a JSON object: not modelled for this library.',
  'claim-type': 'A time claim has a type this library handles unusually: not modelled.',
  'key-unsupported':
    'This key is one the library treats specially (RSA under 2048 bits, a secret like a PEM): not modelled.',
  'several-subjects': 'Several expected subjects: this library takes one.',
  'signature-length': 'The signature has the wrong size; this library throws its own message: not modelled.',
};

/** What a verdict means, in words. */
export function describeLibraryVerdict(v: LibraryVerdict): string {
  if (v.verdict === 'accept') return 'accepts the token';
  if (v.verdict === 'reject') return `rejects it: ${v.error ?? ''}`;
  return UNKNOWN[v.unknownReason ?? 'token-unusual'];
}

export const LIBRARY_LABELS: Record<LibraryVerdict['lib'], string> = {
  pyjwt: 'PyJWT',
  jsonwebtoken: 'jsonwebtoken',
  jose: 'jose',
};
