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

export function computeVerdict(input: VerdictInput): Verdict {
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
      : [summariseDecryption(decryption.report), nested && summariseSignature(nested.report)]
          .filter(Boolean)
          .join(' · ')
    : signatureBusy
      ? undefined
      : withKeySource(summariseSignature(report), report.state === 'valid' ? input.keySource : undefined);

  const problems = input.claims
    .map((v) => describeClaimVerdict(v, input.now))
    .filter((x): x is string => x !== undefined)
    .concat(input.policyProblems ?? []);
  const parts = [lead, ...problems].filter((x): x is string => Boolean(x));
  if (problems.length === 0 && input.claims.length > 0) parts.push('claims OK');
  const tone = leadTone === 'bad' || problems.length > 0 ? 'bad' : leadTone;
  return { hidden: false, tone, parts };
}

function describeClaimVerdict(v: ClaimVerdict, now: number): string | undefined {
  const when = v.time ? formatRelative(v.time.seconds, now) : '';
  switch (v.status) {
    case 'expired':
      return `expired ${when}`;
    case 'not-yet-valid':
      return `not valid yet (valid ${when})`;
    case 'issued-in-future':
      return `issued in the future (${when})`;
    case 'mismatch':
      return `${claimWord(v.name)} mismatch (expected ${v.expected?.join(' or ') ?? ''})`;
    case 'missing':
      return `${claimWord(v.name)} missing (expected ${v.expected?.join(' or ') ?? ''})`;
    case 'invalid':
      return `${v.name} is invalid`;
    default:
      return undefined;
  }
}

const claimWord = (name: string) =>
  ({ aud: 'audience', iss: 'issuer', sub: 'subject', typ: 'type' })[name] ?? name;
