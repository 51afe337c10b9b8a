// Key discovery: what will be asked (before anything is fetched), the button that fetches, and each step's outcome.
import type { DecodedToken } from '../../core/token/token';
import { useDiscovery } from './use-discovery';
import type { DiscoveryPlan, DiscoveryReport } from './use-discovery';
import {
  describeDiscoveryProblem,
  describeDiscoverySource,
  describeRefusedUrl,
  describeDiscoveryStep,
} from './describe-discovery';

export interface DiscoveryPanelProps {
  decoded: DecodedToken;
  /** Puts the fetched key text (JWKS, JWK or certificate) into the key box, so the signature is judged with it. */
  /** The found key's text and the kind of source that gave it (oidc, rfc8414, jku, x5u, x5c, jwk). */
  onKeysFound: (keyText: string, source?: string) => void;
}

function RefusedNote({ url }: { url: string | undefined }) {
  const refused = describeRefusedUrl(url);
  return refused ? <span className="note"> ({refused})</span> : null;
}

function PlannedSources({ plan }: { plan: DiscoveryPlan }) {
  if (plan.sources.length === 0) return null;
  return (
    <>
      <p className="muted">Pressing the button asks, in order, until one gives a key:</p>
      <ol className="discovery-plan" data-testid="discovery-plan">
        {plan.sources.map((source) => (
          <li
            key={`${source.kind}:${source.url ?? ''}`}
            data-source={source.kind}
            data-untrusted={source.untrusted ? 'true' : undefined}
          >
            {source.untrusted && <span className="badge badge-untrusted">untrusted</span>}{' '}
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
  if (state === 'idle') return <>Nothing has been fetched.</>;
  if (state === 'fetching') {
    const first = plan.sources.find((s) => s.url)?.url;
    return <>Asking {first ?? 'the token’s header'}…</>;
  }
  if (!report) return null;
  const problem = report.problem ? describeDiscoveryProblem(report.problem) : undefined;
  return (
    <>
      {report.state === 'ok' ? (
        <strong>
          Found the signer’s key
          {report.key && typeof report.key.kid === 'string' ? ` (kid "${report.key.kid}")` : ''}; it is now in
          the key box.
        </strong>
      ) : (
        <strong>{problem}</strong>
      )}
      {report.state === 'ok' && report.untrusted && (
        <span className="note">
          {' '}
          This key was named by the token itself, so it is untrusted: a valid signature with it proves nothing
          on its own.
        </span>
      )}
      {report.steps.length > 0 && (
        <ol className="discovery-steps">
          {report.steps.map((step, i) => (
            <li key={i} data-outcome={step.outcome}>
              {describeDiscoveryStep(step)}
            </li>
          ))}
        </ol>
      )}
      {report.problem?.code === 'discovery-cors' && (
        <span className="note">
          You can open the key set’s URL in a new tab, copy the JSON and paste it into the key box above.
        </span>
      )}
    </>
  );
}

export function DiscoveryPanel({ decoded, onKeysFound }: DiscoveryPanelProps) {
  const { plan, state, report, discover, cancel } = useDiscovery(decoded, onKeysFound);
  const hasToken = decoded.parts.length >= 3 && decoded.header?.value !== undefined;
  const canAsk = hasToken && plan.sources.length > 0;
  return (
    <section className="panel discovery-panel" aria-labelledby="discovery-heading">
      <h2 id="discovery-heading">Find the signer’s key</h2>
      {!hasToken ? (
        <p className="muted">
          Paste a token: its issuer’s published keys can then be fetched, on request only.
        </p>
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
          Fetch the signer’s keys
        </button>
        {state === 'fetching' && (
          <button type="button" data-testid="discovery-cancel" onClick={cancel}>
            Cancel
          </button>
        )}
        <span className="muted">Nothing leaves this page until you press it.</span>
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
