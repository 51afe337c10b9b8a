// Where the verdict is decided: signature, decryption, nested-signature and claims reports → what the verdict bar
// shows (its tone and its words). Pure, so every combination is tested in compute-verdict.test.ts.
import type { ClaimVerdict } from '../../core/claims';
import type { DecryptionReport } from '../../core/jwe';
import type { SignatureReport } from '../../core/jws';
import { formatRelative } from '../../shared/format-time';
import { summariseDecryption } from './summarise-decryption';
import { summariseSignature } from './summarise-signature';
import { withKeySource } from '../../shared/describe-key-source';
import type { KeySource } from '../../core/hardening';
import type { MessagesOf } from '../../i18n/catalogue';
import { verdictWordingMessages } from '../../i18n/en/verdict-wording';

type Words = MessagesOf<typeof verdictWordingMessages>;

export type VerdictTone = 'good' | 'bad' | 'neutral';

export interface VerdictInput {
  /** Fewer than three parts: nothing to judge yet, the bar is empty. */
  hidden: boolean;
  /** The outer token's signature check (a JWS), and whether it is still running. */
  signature: { report: SignatureReport; busy: boolean };
  /** True while the token is being re-signed after an edit. */
  signing: boolean;
  /** Present when the pane holds a JWE. */
  decryption?: {
    report: DecryptionReport;
    busy: boolean;
    /** The signed JWT found inside the plaintext, and its signature check. */
    nested?: { report: SignatureReport; busy: boolean };
  };
  claims: ClaimVerdict[];
  /** Failing validation-policy checks, already in words: counted like claim problems. */
  policyProblems?: string[];
  /** Where the key that verified came from, when not typed by the user (the token's jku, x5u, x5c, jwk, a link). */
  keySource?: KeySource;
  now: number;
}

export interface Verdict {
  hidden: boolean;
  tone: VerdictTone;
  /** Shown joined by ' · ': the signature (or decryption) words first, then every claim problem. */
  parts: string[];
}

/** `t` is the current language's wording: use-debugger passes `useMessages(verdictWordingMessages)`. */
export function computeVerdict(input: VerdictInput, t: Words = verdictWordingMessages.get()): Verdict {
  if (input.hidden) return { hidden: true, tone: 'neutral', parts: [] };
  const { decryption } = input;
  const nested = decryption?.nested;
  // For a nested JWE, the signature judged is the inner JWS's.
  const report = nested ? nested.report : input.signature.report;
  const signatureBusy = nested ? nested.busy : input.signature.busy || input.signing;
  const signatureTone: VerdictTone =
    report.state === 'valid'
      ? 'good'
      : report.state === 'no-key' || report.state === 'not-applicable'
        ? decryption && decryption.report.state === 'decrypted' && !nested
          ? 'good'
          : 'neutral'
        : 'bad';
  const leadTone = decryption?.report.state === 'failed' ? 'bad' : signatureTone;
  const lead = decryption
    ? decryption.busy || nested?.busy
      ? undefined
      : [summariseDecryption(decryption.report, t), nested && summariseSignature(nested.report, t)]
          .filter(Boolean)
          .join(' · ')
    : signatureBusy
      ? undefined
      : withKeySource(
          summariseSignature(report, t),
          report.state === 'valid' ? input.keySource : undefined,
          t,
        );

  const problems = input.claims
    .map((v) => describeClaimVerdict(v, input.now, t))
    .filter((x): x is string => x !== undefined)
    .concat(input.policyProblems ?? []);
  const parts = [lead, ...problems].filter((x): x is string => Boolean(x));
  if (problems.length === 0 && input.claims.length > 0) parts.push(t.claimsOk);
  const tone = leadTone === 'bad' || problems.length > 0 ? 'bad' : leadTone;
  return { hidden: false, tone, parts };
}

function describeClaimVerdict(v: ClaimVerdict, now: number, t: Words): string | undefined {
  const when = v.time ? formatRelative(v.time.seconds, now) : '';
  switch (v.status) {
    case 'expired':
      return t.expired({ when });
    case 'not-yet-valid':
      return t.notYetValid({ when });
    case 'issued-in-future':
      return t.issuedInFuture({ when });
    case 'mismatch':
      return t.mismatch({ claim: claimWord(v.name, t), expected: v.expected?.join(t.or) ?? '' });
    case 'missing':
      return t.missing({ claim: claimWord(v.name, t), expected: v.expected?.join(t.or) ?? '' });
    case 'invalid':
      return t.invalid({ claim: v.name });
    default:
      return undefined;
  }
}

const claimWord = (name: string, t: Words) =>
  ({ aud: t.audience, iss: t.issuer, sub: t.subject, typ: t.type })[name] ?? name;
