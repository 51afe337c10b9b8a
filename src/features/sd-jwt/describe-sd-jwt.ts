// Wording for SD-JWT problems, key binding verdicts and SD-JWT VC types: the only place these sentences are built.
// `t` is the current language's wording (the SD-JWT panel passes `useMessages(sdJwtWordingMessages)`).
import type { KeyBindingReport, SdJwtProblem, SdJwtVcInfo, SdMakeProblem } from '../../core/sd-jwt';
import type { MessagesOf } from '../../i18n/catalogue';
import { sdJwtWordingMessages } from '../../i18n/en/sd-jwt-wording';

type Words = MessagesOf<typeof sdJwtWordingMessages>;

const MALFORMED_KEYS: Record<string, keyof Words> = {
  empty: 'malformedEmpty',
  'not-base64url': 'malformedNotBase64url',
  'not-utf8': 'malformedNotUtf8',
  'not-json': 'malformedNotJson',
  'not-array': 'malformedNotArray',
  'wrong-length': 'malformedWrongLength',
  'salt-not-string': 'malformedSaltNotString',
  'name-not-string': 'malformedNameNotString',
};

/** One sentence per SD-JWT problem (RFC 9901 §7.1). Disclosures are numbered from 1 for people. */
export function describeSdJwtProblem(p: SdJwtProblem, t: Words = sdJwtWordingMessages.get()): string {
  switch (p.code) {
    case 'sd-disclosure-malformed': {
      const key = MALFORMED_KEYS[p.reason];
      const reason = key ? (t[key] as string) : t.malformedUnknown;
      return t.disclosureMalformed({ number: p.index + 1, reason });
    }
    case 'sd-disclosure-reserved-name':
      return t.reservedName({ number: p.index + 1, name: p.name });
    case 'sd-disclosure-unreferenced':
      return t.unreferenced({ number: p.index + 1 });
    case 'sd-disclosure-repeated':
      return t.repeated({ number: p.index + 1, first: p.firstIndex + 1 });
    case 'sd-digest-repeated':
      return t.digestRepeated({
        digest: p.digest,
        count: p.paths.length,
        paths: p.paths.join(t.listSeparator),
      });
    case 'sd-claim-exists':
      return t.claimExists({ number: p.index + 1, name: p.name, path: p.path });
    case 'sd-disclosure-wrong-kind':
      return p.expected === 'array-element'
        ? t.wrongKindArray({ number: p.index + 1, shape: '{"...": digest}', path: p.path })
        : t.wrongKindObject({ number: p.index + 1, path: p.path });
    case 'sd-alg-unsupported':
      return t.algUnsupported({ alg: p.alg });
    case 'sd-alg-not-string':
      return t.algNotString;
    case 'sd-no-trailing-tilde':
      return t.noTrailingTilde;
  }
}

export function describeMakeProblem(
  p: SdMakeProblem | { code: string },
  t: Words = sdJwtWordingMessages.get(),
): string {
  switch (p.code) {
    case 'sd-path-syntax':
      return t.pathSyntax({ path: (p as { path: string }).path });
    case 'sd-path-not-found':
      return t.pathNotFound({ path: (p as { path: string }).path });
    case 'sd-path-reserved':
      return t.pathReserved({ path: (p as { path: string }).path });
    case 'sd-holder-key-unusable':
      return t.holderKeyUnusable;
    case 'no-key':
    case 'key-not-private':
      return t.issuerKeyNeeded;
    default:
      return t.makeFailed({ code: p.code });
  }
}

const CHECK_KEYS: Record<string, keyof Words> = {
  typ: 'checkTyp',
  sd_hash: 'checkSdHash',
  iat: 'checkIat',
  aud: 'checkAud',
  nonce: 'checkNonce',
};

/** The key binding verdict in one line, then one line per check. */
export function describeKeyBinding(
  kb: KeyBindingReport,
  t: Words = sdJwtWordingMessages.get(),
): { summary: string; lines: string[] } {
  const lines = kb.checks.map((c) => {
    const found = c.found === undefined ? t.absentValue : JSON.stringify(c.found);
    const key = CHECK_KEYS[c.check];
    const check = key ? (t[key] as string) : c.check;
    if (c.status === 'ok') return t.checkOk({ check, found });
    if (c.status === 'skipped')
      return c.check === 'aud'
        ? t.skippedAud({ check: c.check, found })
        : t.skippedNonce({ check: c.check, found });
    return c.expected === undefined
      ? t.checkFailed({ check, found })
      : t.checkFailedExpected({ check, found, expected: JSON.stringify(c.expected) });
  });
  switch (kb.state) {
    case 'absent':
      return { summary: t.kbAbsent, lines };
    case 'no-key':
      return { summary: kb.reason === 'bad-cnf-jwk' ? t.kbBadCnf : t.kbNoCnf, lines };
    case 'invalid':
      return {
        summary:
          kb.reason === 'not-a-jwt' ? t.kbNotAJwt : kb.reason === 'alg-none' ? t.kbAlgNone : t.kbBadSignature,
        lines,
      };
    case 'mismatch':
      return { summary: t.kbMismatch, lines };
    case 'valid':
      return { summary: t.kbValid, lines };
  }
}

const TYP_KEYS = {
  'dc+sd-jwt': 'typDc',
  'vc+sd-jwt': 'typVc',
  'sd-jwt': 'typSdJwt',
  'example+sd-jwt': 'typExample',
  absent: 'typAbsent',
} as const satisfies Record<Exclude<SdJwtVcInfo['typ'], 'other'>, keyof Words>;

/** What the header's typ says about the SD-JWT. */
export function describeSdJwtType(vc: SdJwtVcInfo, t: Words = sdJwtWordingMessages.get()): string {
  return vc.typ === 'other' ? t.typOther({ typ: vc.typText ?? '' }) : t[TYP_KEYS[vc.typ]];
}
