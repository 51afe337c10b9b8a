// The one-line verdict a person reads first: signature, then every claim problem.
import type { ClaimVerdict } from '../../core/claims';
import { formatRelative } from '../format-time';

export interface VerdictBarProps {
  signature: string | undefined;
  signatureTone: 'good' | 'bad' | 'neutral';
  verdicts: ClaimVerdict[];
  now: number;
  hidden: boolean;
  /** Failing validation-policy checks, counted like claim problems. */
  policyProblems?: string[];
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

export function VerdictBar({
  signature,
  signatureTone,
  verdicts,
  now,
  hidden,
  policyProblems = [],
}: VerdictBarProps) {
  if (hidden) return <p className="verdict-bar verdict-neutral" data-testid="verdict" />;
  const problems = verdicts
    .map((v) => describeClaimVerdict(v, now))
    .filter((x): x is string => x !== undefined)
    .concat(policyProblems);
  const pieces = [signature, ...problems].filter(Boolean);
  if (problems.length === 0 && verdicts.length > 0) pieces.push('claims OK');
  const tone = signatureTone === 'bad' || problems.length > 0 ? 'bad' : signatureTone;
  return (
    <p className={`verdict-bar verdict-${tone}`} data-testid="verdict" role="status" aria-live="polite">
      {pieces.join(' · ')}
    </p>
  );
}
