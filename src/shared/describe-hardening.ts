// Wording for the header and key rules that stop a verification before any signature is checked, and for
// problems that only come out of async signing, export or verification (moved out of the first page load).
import type { SecretEncoding } from '../core/keys';
import type { JwksKeySummary, Problem } from '../core/shared';
import type { MessagesOf } from '../i18n/catalogue';
import { hardeningWordingMessages } from '../i18n/en/hardening-wording';
import { wordByCode } from './word-by-code';

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
    case 'jwk-forbids':
      return problem.member === 'alg'
        ? t.jwkForbidsAlg({ value: problem.value, alg: problem.alg })
        : problem.member === 'use'
          ? t.jwkForbidsUse({ value: problem.value })
          : t.jwkForbidsOps({ value: problem.value });
    case 'crit-extension':
      return t.critExtension({ names: nameList(problem.names, t) });
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
    case 'alg-missing':
    case 'key-not-private':
    case 'rsa-size-unsupported':
    case 'jws-invalid':
    case 'token-not-decoded':
    case 'token-is-jwe':
    case 'alg-none':
    case 'alg-unsupported':
    case 'signature-mismatch':
    case 'signature-wrong-length':
    case 'secret-too-short':
    case 'rsa-key-too-short':
    case 'jwk-alg-differs':
    case 'key-use-not-sig':
      return wordByCode(problem, t);
    default:
      return explainKeyProblem(problem, t);
  }
}

const keyTypeName = (keyType: string, t: Words): string =>
  ({
    oct: t.keyTypeOct,
    RSA: t.keyTypeRsa,
    EC: t.keyTypeEc,
    OKP: t.keyTypeOkp,
    AKP: t.keyTypeAkp,
    unknown: t.keyTypeUnknown,
  })[keyType] ?? t.keyTypeOther({ type: keyType });

const EC_CURVES: Record<string, string> = {
  ES256: 'P-256',
  ES384: 'P-384',
  ES512: 'P-521',
  ES256K: 'secp256k1',
};

/** What an alg needs, in words: "an EC P-256 key". */
function neededKey(expected: string, alg: string, t: Words): string {
  switch (expected) {
    case 'oct':
      return t.needsSecret;
    case 'RSA':
      return t.needsRsa;
    case 'EC': {
      const curve = EC_CURVES[alg];
      return curve ? t.needsEc({ curve }) : t.needsEcAnyCurve;
    }
    case 'OKP':
      return alg === 'Ed448' ? t.needsEd448 : t.needsEd25519;
    case 'AKP':
      return t.needsAkp({ alg });
    default:
      return t.needsOther({ type: expected });
  }
}

const encodingName = (encoding: SecretEncoding, t: Words): string =>
  encoding === 'utf8' ? t.encodingUtf8 : encoding;

const summarise = (k: JwksKeySummary, t: Words): string =>
  [k.kid ? t.kidValue({ kid: k.kid }) : t.noKid, k.kty, k.crv, k.alg, k.use && t.useValue({ use: k.use })]
    .filter(Boolean)
    .join(' ');

/** The sentence for a key, signature or signing problem that describe-keys.ts delegates here. */
function explainKeyProblem(problem: Problem, t: Words): string | undefined {
  switch (problem.code) {
    case 'secret-not-encoded':
      return t.secretNotEncoded({ encoding: encodingName(problem.encoding, t) });
    case 'pem-unreadable':
      if (problem.reason === 'no-block') return t.pemNoBlock;
      if (problem.reason === 'bad-base64') return t.pemBadBase64({ label: problem.label ?? 'PEM' });
      return t.pemBadKey({ label: problem.label ?? 'PEM' });
    case 'jwk-unreadable':
      switch (problem.reason) {
        case 'not-json':
          return problem.detail ? t.jwkNotJsonDetail({ detail: problem.detail }) : t.jwkNotJson;
        case 'not-object':
          return t.jwkNotObject;
        case 'missing-kty':
          return t.jwkMissingKty;
        case 'unknown-kty':
          return t.jwkUnknownKty({ kty: problem.kty ?? '' });
        case 'missing-member':
          return t.jwkMissingMember({ kty: problem.kty ?? '', member: problem.member ?? '' });
        case 'bad-member':
          return t.jwkBadMember({ member: problem.member ?? 'key' });
      }
      return t.jwkUnreadable;
    case 'alg-key-mismatch':
      return t.algKeyMismatch({
        keyType: keyTypeName(problem.keyType, t),
        alg: problem.alg,
        needed: neededKey(problem.expected, problem.alg, t),
      });
    case 'curve-mismatch':
      if (problem.expected.startsWith('ML-DSA-'))
        return t.parameterSetMismatch({ curve: problem.curve, alg: problem.alg });
      return t.curveMismatch({ curve: problem.curve, alg: problem.alg, expected: problem.expected });
    case 'no-matching-key': {
      const available =
        problem.available.map((k) => summarise(k, t)).join(t.summarySeparator) || t.nothingUsable;
      return problem.kid
        ? t.noMatchingKeyKid({ alg: problem.alg, kid: problem.kid, available })
        : t.noMatchingKey({ alg: problem.alg, available });
    }
    case 'secret-looks-base64': {
      const encoding = encodingName(problem.suggested, t);
      return t.secretLooksEncoded({ encoding, choice: encoding });
    }
    case 'jwks-entry-skipped':
      return t.jwksEntrySkipped({ number: problem.index + 1 });
    case 'no-key':
      return t.noKeyToSign;
    case 'empty-secret':
    case 'pem-encrypted':
    case 'pem-unsupported':
    case 'key-type-unsupported':
    case 'jwks-empty':
    case 'secret-has-whitespace':
      return wordByCode(problem, t);
    default:
      return undefined;
  }
}
