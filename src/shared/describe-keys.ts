// Human wording for key, signature and signing problems, and the key-status line.

import type { KeyDescription, KeyFormat, SecretEncoding } from '../core/keys/keys';
import type { JwksKeySummary, Problem } from '../core/shared/problems';
import type { MessagesOf } from '../i18n/catalogue';
import { problemsWordingMessages } from '../i18n/en/problems-wording';

// Wording for problems that only come out of async verification, signing or export, loaded just after the
// first render; useHardeningWords (features/hardening) renders the app again once it is in.
let describeHardening: ((problem: Problem) => string | undefined) | undefined;
export const hardeningWordsLoaded = import('./describe-hardening').then((m) => {
  describeHardening = m.describeHardeningProblem;
});

type Words = MessagesOf<typeof problemsWordingMessages>;

const keyTypeName = (keyType: string, t: Words): string =>
  ({
    oct: t.keyTypeOct,
    RSA: t.keyTypeRsa,
    EC: t.keyTypeEc,
    OKP: t.keyTypeOkp,
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

/**
 * A sentence for a key, signature or signing problem; undefined for codes owned by other modules.
 * `t` is the current language's wording (a component passes `useMessages(problemsWordingMessages)`).
 */
export function describeKeyProblem(
  problem: Problem,
  t: Words = problemsWordingMessages.get(),
): string | undefined {
  switch (problem.code) {
    case 'empty-secret':
      return t.emptySecret;
    case 'secret-not-encoded':
      return t.secretNotEncoded({ encoding: encodingName(problem.encoding, t) });
    case 'pem-unreadable':
      if (problem.reason === 'no-block') return t.pemNoBlock;
      if (problem.reason === 'bad-base64') return t.pemBadBase64({ label: problem.label ?? 'PEM' });
      return t.pemBadKey({ label: problem.label ?? 'PEM' });
    case 'pem-encrypted':
      return t.pemEncrypted;
    case 'pem-unsupported':
      return t.pemUnsupported({ label: problem.label });
    case 'key-type-unsupported':
      return t.keyTypeUnsupported({ algorithm: problem.algorithm });
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
    case 'jwks-empty':
      return t.jwksEmpty;
    case 'alg-key-mismatch':
      return t.algKeyMismatch({
        keyType: keyTypeName(problem.keyType, t),
        alg: problem.alg,
        needed: neededKey(problem.expected, problem.alg, t),
      });
    case 'curve-mismatch':
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
    case 'secret-has-whitespace':
      return t.secretHasWhitespace;
    case 'jwks-entry-skipped':
      return t.jwksEntrySkipped({ number: problem.index + 1 });
    case 'no-key':
      return t.noKeyToSign;
    default:
      return describeHardening?.(problem);
  }
}

const formatName = (format: KeyFormat, t: Words): string =>
  ({
    secret: t.formatSecret,
    'pem-spki': 'SPKI PEM',
    'pem-pkcs8': 'PKCS#8 PEM',
    'pem-pkcs1-public': 'PKCS#1 PEM',
    'pem-pkcs1-private': 'PKCS#1 PEM',
    'pem-sec1': 'SEC1 PEM',
    'pem-x509': t.formatX509,
    jwk: 'JWK',
    jwks: 'JWKS',
  })[format];

/** The key-status line, e.g. "RSA 2048-bit public key · PKCS#1 PEM · kid abc". */
export function describeKey(d: KeyDescription, t: Words = problemsWordingMessages.get()): string {
  if (d.format === 'jwks') {
    const keys = d.keys ?? [];
    const kids = keys.flatMap((k) => (k.kid ? [k.kid] : []));
    const line = t.jwksWith(keys.length);
    return kids.length ? `${line} · ${t.kids({ kids: kids.join(t.listSeparator) })}` : line;
  }
  if (d.format === 'secret') {
    return `${t.secretBytes({ bytes: (d.bits ?? 0) / 8 })} · ${encodingName(d.encoding ?? 'utf8', t)}`;
  }
  const visibility =
    d.visibility === 'public'
      ? t.publicKey
      : d.visibility === 'private'
        ? t.privateKey
        : d.visibility === 'secret'
          ? t.secretKey
          : t.aKey;
  const size =
    d.kty === 'oct'
      ? t.secretBytes({ bytes: (d.bits ?? 0) / 8 })
      : [
          d.kty === 'OKP' ? undefined : d.kty,
          d.bits ? t.bits({ bits: d.bits }) : undefined,
          d.curve,
          visibility,
        ]
          .filter(Boolean)
          .join(' ');
  const parts = [size, d.index === undefined ? formatName(d.format, t) : t.jwksKey({ number: d.index + 1 })];
  if (d.kid) parts.push(t.kidValue({ kid: d.kid }));
  if (d.alg) parts.push(t.forAlg({ alg: d.alg }));
  if (d.certificate) {
    const c = d.certificate;
    parts.push(
      t.certSubject({ subject: c.subject }),
      t.certIssuer({ issuer: c.issuer }),
      t.certValid({ from: c.notBefore.slice(0, 10), to: c.notAfter.slice(0, 10) }),
    );
  }
  return parts.join(' · ');
}
