// Key discovery: what will be asked (before anything is fetched), the button that fetches, and each step's outcome.
import type { DecodedToken } from '../../core/token';
import { useDiscovery } from './use-discovery';
import type { DiscoveryPlan, DiscoveryReport } from './use-discovery';
import {
  describeDiscoveryProblem,
  describeDiscoverySource,
  describeRefusedUrl,
  describeDiscoveryStep,
} from './describe-discovery';
import { discoveryMessages } from '../../i18n/en/discovery';
import { discoveryWordingMessages } from '../../i18n/en/discovery-wording';
import { useMessages } from '../../i18n/use-messages';

export interface DiscoveryPanelProps {
  decoded: DecodedToken;
  /** Puts the fetched key text (JWKS, JWK or certificate) into the key box, so the signature is judged with it. */
  /** The found key's text and the kind of source that gave it (oidc, rfc8414, jku, x5u, x5c, jwk). */
  onKeysFound: (keyText: string, source?: string) => void;
}

function RefusedNote({ url }: { url: string | undefined }) {
  const refused = describeRefusedUrl(url, useMessages(discoveryWordingMessages));
  return refused ? <span className="note"> ({refused})</span> : null;
}

function PlannedSources({ plan }: { plan: DiscoveryPlan }) {
  const t = useMessages(discoveryMessages);
  if (plan.sources.length === 0) return null;
  return (
    <>
      <p className="muted">{t.planIntro}</p>
      <ol className="discovery-plan" data-testid="discovery-plan">
        {plan.sources.map((source) => (
          <li
            key={`${source.kind}:${source.url ?? ''}`}
            data-source={source.kind}
            data-untrusted={source.untrusted ? 'true' : undefined}
          >
            {source.untrusted && <span className="badge badge-untrusted">{t.untrusted}</span>}{' '}
            {describeDiscoverySource(source)}
            <RefusedNote url={source.url} />
          </li>
        ))}
      </ol>
    </>
  );
}

function StatusText({
  state,
  plan,
  report,
}: {
  state: string;
  plan: DiscoveryPlan;
  report?: DiscoveryReport;
}) {
  const t = useMessages(discoveryMessages);
  if (state === 'idle') return <>{t.nothingFetched}</>;
  if (state === 'fetching') {
    const first = plan.sources.find((s) => s.url)?.url;
    return <>{t.asking({ url: first ?? t.theHeader })}</>;
  }
  if (!report) return null;
  const problem = report.problem ? describeDiscoveryProblem(report.problem) : undefined;
  return (
    <>
      {report.state === 'ok' ? (
        <strong>
          {report.key && typeof report.key.kid === 'string' ? t.foundKid({ kid: report.key.kid }) : t.found}
        </strong>
      ) : (
        <strong>{problem}</strong>
      )}
      {report.state === 'ok' && report.untrusted && <span className="note"> {t.untrustedNote}</span>}
      {report.steps.length > 0 && (
        <ol className="discovery-steps">
          {report.steps.map((step, i) => (
            <li key={i} data-outcome={step.outcome}>
              {describeDiscoveryStep(step)}
            </li>
          ))}
        </ol>
      )}
      {report.problem?.code === 'discovery-cors' && <span className="note">{t.corsHelp}</span>}
    </>
  );
}

export function DiscoveryPanel({ decoded, onKeysFound }: DiscoveryPanelProps) {
  const t = useMessages(discoveryMessages);
  // Re-render (with the children's sentences) when the language changes.
  useMessages(discoveryWordingMessages);
  const { plan, state, report, discover, cancel } = useDiscovery(decoded, onKeysFound);
  const hasToken = decoded.parts.length >= 3 && decoded.header?.value !== undefined;
  const canAsk = hasToken && plan.sources.length > 0;
  return (
    <section className="panel discovery-panel" aria-labelledby="discovery-heading">
      <h2 id="discovery-heading">{t.heading}</h2>
      {!hasToken ? (
        <p className="muted">{t.pasteFirst}</p>
      ) : (
        <>
          <PlannedSources plan={plan} />
          {plan.notes.map((note) => (
            <p key={note.code} className="hint">
              {describeDiscoveryProblem(note)}
            </p>
          ))}
        </>
      )}
      <div className="row">
        <button
          type="button"
          data-testid="discover-keys"
          disabled={!canAsk || state === 'fetching'}
          onClick={discover}
        >
          {t.fetch}
        </button>
        {state === 'fetching' && (
          <button type="button" data-testid="discovery-cancel" onClick={cancel}>
            {t.cancel}
          </button>
        )}
        <span className="muted">{t.nothingLeaves}</span>
      </div>
      <div
        className={`status discovery-status state-${state}`}
        data-testid="discovery-status"
        data-state={state}
        data-busy={state === 'fetching' ? 'true' : undefined}
        role="status"
        aria-live="polite"
      >
        <StatusText state={state} plan={plan} report={report} />
      </div>
    </section>
  );
}
