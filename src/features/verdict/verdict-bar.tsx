// The one-line verdict a person reads first: signature, then every claim problem (decided by computeVerdict).
import type { Verdict } from './compute-verdict';

export function VerdictBar({ verdict }: { verdict: Verdict }) {
  if (verdict.hidden) return <p className="verdict-bar verdict-neutral" data-testid="verdict" />;
  return (
    <p
      className={`verdict-bar verdict-${verdict.tone}`}
      data-testid="verdict"
      role="status"
      aria-live="polite"
    >
      {verdict.parts.join(' · ')}
    </p>
  );
}
