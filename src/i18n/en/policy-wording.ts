// English wording of the validation policy's checks and of the library verdicts (features/policy/describe-policy.ts).
import { i18n } from '../i18n';
import { params } from '../params';

export const policyWordingMessages = i18n('policyWording', {
  listSeparator: ', ',
  days: params('{count} d'),
  hours: params('{count} h'),
  minutes: params('{count} min'),
  seconds: params('{count} s'),
  algAllowed: params('alg {alg} is among the allowed algorithms ({allowed}).'),
  algMissingNotAllowed: params(
    'The header has no alg, so it cannot be among the allowed algorithms ({allowed}).',
  ),
  algNotAllowed: params(
    'alg {alg} is not among the allowed algorithms ({allowed}): a verifier refuses it whatever its signature.',
  ),
  typMatches: params(
    'typ "{typ}" is the expected "{expected}" (compared case-insensitively, application/ optional).',
  ),
  typMismatch: params(
    'typ "{typ}" is not the expected "{expected}" (RFC 8725 §3.11: a token of another type must be refused).',
  ),
  typMissing: params('The header has no typ; "{expected}" is expected.'),
  maxAgeUnreadable: params('Maximum age "{text}" is not a duration: use seconds, or 30m, 1h, 7d.'),
  maxAgeOk: params('Issued {when}, within the maximum age of {maxAge}.'),
  maxAgeExceeded: params('Issued {when}: older than the maximum age of {maxAge}.'),
  iatInFuture: params('iat is {age} in the future; a maximum age needs an iat in the past.'),
  iatMissing: 'A maximum age is set, but the token has no iat to measure it from.',
  iatNotNumber: 'A maximum age is set, but iat is not a number (NumericDate).',
  claimPresent: params('Required claim {claim} is present.'),
  claimMissing: params('Required claim {claim} is missing.'),
  failAlg: params('alg {alg} not allowed'),
  noAlg: '(none)',
  failTyp: params('typ is not {expected}'),
  failClaim: params('required claim {claim} missing'),
  failMaxAge: 'older than the maximum age',
  failIat: 'maximum age cannot be checked (iat)',
  failMaxAgeUnreadable: 'maximum age unreadable',
  unknownNoKey: 'Paste a key to see what this library would say.',
  unknownKeyNotChecked:
    'The key does not fit this token (or this page cannot check it), so the outcome is not modelled.',
  unknownTokenUnusual:
    'This token is malformed in a way whose handling differs between decoders: not modelled.',
  unknownHeaderExtension: 'The header uses crit or b64: not modelled.',
  unknownPayloadNotObject: 'The payload is not a JSON object: not modelled for this library.',
  unknownClaimType: 'A time claim has a type this library handles unusually: not modelled.',
  unknownKeyUnsupported:
    'This key is one the library treats specially (RSA under 2048 bits, a secret like a PEM): not modelled.',
  unknownSeveralSubjects: 'Several expected subjects: this library takes one.',
  unknownSignatureLength:
    'The signature has the wrong size; this library throws its own message: not modelled.',
  accepts: 'accepts the token',
  rejects: params('rejects it: {error}'),
});
