// Wording for the header and key rules that stop a verification before any signature is checked, and for
// problems that only come out of async signing, export or verification (moved out of the first page load).
import type { Problem } from '../core/shared/problems';
import type { MessagesOf } from '../i18n/catalogue';
import { hardeningWordingMessages } from '../i18n/en/hardening-wording';

export { hardeningWordingMessages };

type Words = MessagesOf<typeof hardeningWordingMessages>;

const critReason = (reason: keyof typeof CRIT_REASON_KEYS, t: Words): string => t[CRIT_REASON_KEYS[reason]];
const CRIT_REASON_KEYS = {
  'not-a-list': 'critNotAList',
  empty: 'critEmpty',
  'not-a-string': 'critNotAString',
  registered: 'critRegistered',
  absent: 'critAbsent',
  'b64-not-boolean': 'b64NotBoolean',
  'b64-not-critical': 'b64NotCritical',
} as const;

const CRYPTO_REASON_KEYS: Record<string, keyof Words> = {
  DataError: 'cryptoDataError',
  NotSupportedError: 'cryptoNotSupported',
  OperationError: 'cryptoOperationError',
  InvalidAccessError: 'cryptoInvalidAccess',
  'invalid-key-data': 'cryptoDataError',
  'unsupported-alg': 'cryptoUnsupportedAlg',
  ERR_JOSE_NOT_SUPPORTED: 'cryptoNotSupported',
};

const OPERATION_KEYS = {
  sign: 'opSign',
  verify: 'opVerify',
  import: 'opImport',
  export: 'opExport',
  generate: 'opGenerate',
} as const;

const nameList = (names: readonly string[], t: Words): string =>
  names.map((name) => t.nameList({ name })).join(t.listSeparator);

/**
 * Describes crit, b64, missing alg and JWK-limit problems, and the signing, export and JWS-structure problems
 * that only follow an async operation (so this wording loads after the first render); undefined for others.
 * `t` defaults to the current language's wording; useHardeningWords re-renders the app when it changes.
 */
export function describeHardeningProblem(
  problem: Problem,
  t: Words = hardeningWordingMessages.get(),
): string | undefined {
  switch (problem.code) {
    case 'crit-unknown':
      return t.critUnknown({ names: nameList(problem.names, t) });
    case 'crit-invalid': {
      const b64 = problem.reason.startsWith('b64');
      const member = b64 ? '"b64"' : '"crit"';
      const reason = critReason(problem.reason, t);
      return problem.name && !b64
        ? t.critInvalidName({ member, name: problem.name, reason })
        : t.critInvalid({ member, reason });
    }
    case 'alg-missing':
      return t.algMissing;
    case 'jwk-forbids':
      return problem.member === 'alg'
        ? t.jwkForbidsAlg({ value: problem.value, alg: problem.alg })
        : problem.member === 'use'
          ? t.jwkForbidsUse({ value: problem.value })
          : t.jwkForbidsOps({ value: problem.value });
    case 'key-not-private':
      return t.keyNotPrivate({ keyType: problem.keyType });
    case 'rsa-size-unsupported':
      return t.rsaSizeUnsupported({ bits: problem.bits });
    case 'crit-extension':
      return t.critExtension({ names: nameList(problem.names, t) });
    case 'jws-invalid':
      return t.jwsInvalid({ reason: problem.reason });
    case 'kid-not-in-jwks':
      return problem.available.length > 0
        ? t.kidNotInJwks({ kid: problem.kid, kids: problem.available.join(t.listSeparator) })
        : t.kidNotInJwksNoKids({ kid: problem.kid });
    case 'crypto-operation-failed': {
      const reasonKey = CRYPTO_REASON_KEYS[problem.reason];
      const reason = reasonKey ? (t[reasonKey] as string) : problem.reason;
      const operation = t[OPERATION_KEYS[problem.operation]] ?? problem.operation;
      return t.cryptoFailed({ operation, reason });
    }
    case 'token-not-decoded':
      return t.tokenNotDecoded;
    case 'token-is-jwe':
      return t.tokenIsJwe;
    case 'alg-none':
      return t.algNone;
    case 'alg-unsupported':
      return t.algUnsupported({ alg: problem.alg });
    case 'signature-mismatch':
      return t.signatureMismatch;
    case 'signature-wrong-length':
      return t.signatureWrongLength({ actual: problem.actual, alg: problem.alg, expected: problem.expected });
    case 'secret-too-short':
      return t.secretTooShort({ bytes: problem.bytes, alg: problem.alg, minBytes: problem.minBytes });
    case 'rsa-key-too-short':
      return t.rsaKeyTooShort({ bits: problem.bits, minBits: problem.minBits });
    case 'jwk-alg-differs':
      return t.jwkAlgDiffers({ jwkAlg: problem.jwkAlg, alg: problem.alg });
    case 'key-use-not-sig':
      return t.keyUseNotSig({ use: problem.use });
    default:
      return undefined;
  }
}
