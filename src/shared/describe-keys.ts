// Human wording for key, signature and signing problems, and the key-status line.

import type { KeyDescription, KeyFormat, SecretEncoding } from '../core/keys';
import type { Problem } from '../core/shared';
import type { MessagesOf } from '../i18n/catalogue';
import { problemsWordingMessages } from '../i18n/en/problems-wording';

// Wording for problems that only come out of async verification, signing or export. It is not needed for the
// first verdict (issue 23: nothing else loads before it): useHardeningWords (features/hardening) starts the load
// after the app's first render and renders the app again once it is in.
let describeHardening: ((problem: Problem) => string | undefined) | undefined;
let hardeningWords: Promise<void> | undefined;

/** Loads the wording of async verification problems (once); resolves when describeKeyProblem has it. */
export function loadHardeningWords(): Promise<void> {
  hardeningWords ??= import('./describe-hardening').then((m) => {
    describeHardening = m.describeHardeningProblem;
  });
  return hardeningWords;
}

type Words = MessagesOf<typeof problemsWordingMessages>;

/**
 * A sentence for a key, signature or signing problem; undefined for codes owned by other modules. The sentences
 * live in describe-hardening.ts (loaded just after the first render, in the current language); until then,
 * describeProblem falls back to the code and useHardeningWords renders again once they are in.
 */
export function describeKeyProblem(problem: Problem): string | undefined {
  return describeHardening?.(problem);
}

const encodingName = (encoding: SecretEncoding, t: Words): string =>
  encoding === 'utf8' ? t.encodingUtf8 : encoding;

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
