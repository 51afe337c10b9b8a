// "What would my library say?": the call each modelled library would make, and its verdict (lazy).
import { useMemo } from 'react';
import { describeLibraryVerdict, LIBRARY_LABELS } from './describe-policy';
import { computeLibraryVerdicts } from './policy-engine';
import type { Policy } from './use-policy';
import './policy.css';
import { policyMessages } from '../../i18n/en/policy';
import { useMessages } from '../../i18n/use-messages';

export interface LibraryVerdictsProps {
  /** The policy's input and checks, computed once by the app (usePolicy); the verdicts are computed here. */
  policy: Policy;
  /** The signature is still being verified: verdicts may change. */
  busy: boolean;
}

export function LibraryVerdicts({ policy, busy }: LibraryVerdictsProps) {
  const t = useMessages(policyMessages);
  if (policy.error) throw policy.error;
  // Here rather than in usePolicy: this panel renders a deferred render behind the verdict (app.tsx), so the
  // models' parsing of the token never delays it (issue 23). A model's error reaches this panel's boundary.
  const verdicts = useMemo(() => computeLibraryVerdicts(policy.input), [policy.input]);
  return (
    <section className="panel library-verdicts-panel" aria-labelledby="library-verdicts-heading">
      <h2 id="library-verdicts-heading">{t.librariesHeading}</h2>
      <p className="muted">{t.librariesIntro}</p>
      <ul
        data-testid="library-verdicts"
        className="library-verdicts"
        data-busy={busy ? 'true' : undefined}
        aria-busy={busy}
      >
        {verdicts.map((v) => (
          <li
            key={v.lib}
            data-testid="library-verdict"
            data-lib={v.lib}
            data-version={v.version}
            data-verdict={v.verdict}
            data-error={v.verdict === 'reject' ? v.error : undefined}
            className={`library-verdict verdict-${v.verdict}`}
          >
            <div className="library-verdict-head">
              <strong>
                {LIBRARY_LABELS[v.lib]} {v.version}
              </strong>{' '}
              <span className={`library-verdict-outcome outcome-${v.verdict}`}>
                {describeLibraryVerdict(v)}
              </span>
            </div>
            <code className="library-call">{v.call}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
