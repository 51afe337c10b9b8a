// The pasted SD-JWT: its disclosures and where each lands, undisclosed digests, key binding, SD-JWT VC facts.
import type { DisclosureReport, SdJwtReading } from '../../core/sd-jwt';
import type { DecodedToken } from '../../core/token/token';
import type { ValidationInputs } from '../../app/debugger-reducer';
import { useSdJwt } from './use-sd-jwt';
import { describeKeyBinding, describeSdJwtProblem, describeSdJwtType } from './describe-sd-jwt';
import { sdJwtWordingMessages } from '../../i18n/en/sd-jwt-wording';
import { useMessages } from '../../i18n/use-messages';

const STATUS_TEXT: Record<DisclosureReport['status'], string> = {
  ok: 'OK',
  unreferenced: 'Unreferenced',
  duplicate: 'Duplicate',
  invalid: 'Invalid',
};

function show(value: unknown): string {
  try {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 200 ? `${text.slice(0, 200)}…` : text;
  } catch {
    return '(cannot be shown)';
  }
}

export interface SdJwtPanelProps {
  decoded: DecodedToken;
  validation: ValidationInputs;
  /** Hands the reading to the page (undefined while there is none): the claims table judges the processed payload. */
  onReading: (reading: SdJwtReading | undefined) => void;
}

export function SdJwtPanel({ decoded, validation, onReading }: SdJwtPanelProps) {
  useMessages(sdJwtWordingMessages); // the panel's sentences follow the language
  const { view, busy } = useSdJwt(decoded, validation, onReading);
  const kb = view ? describeKeyBinding(view.keyBinding) : undefined;
  const reading = view?.reading;
  const problems = reading?.problems.filter((p) => !('index' in p)) ?? [];
  return (
    <section className="panel sd-jwt" aria-labelledby="sd-jwt-heading" aria-busy={busy || undefined}>
      <h2 id="sd-jwt-heading">SD-JWT (RFC 9901)</h2>
      {!reading && <p className="muted">Reading the disclosures…</p>}
      {reading && view && (
        <>
          <p data-testid="sd-jwt-type">{describeSdJwtType(view.vc)}</p>
          {(view.vc.vct || view.vc.statusList || view.vc.otherStatus) && (
            <ul data-testid="sd-jwt-vc">
              {view.vc.vct && (
                <li>
                  vct (credential type): <code>{view.vc.vct}</code>
                  {view.vc.vctIntegrity && (
                    <>
                      {' '}
                      · vct#integrity <code>{view.vc.vctIntegrity}</code>
                    </>
                  )}
                </li>
              )}
              {view.vc.statusList && (
                <li data-testid="sd-status-list">
                  Status list: index <code>{String(view.vc.statusList.idx ?? '?')}</code> in{' '}
                  <code>{view.vc.statusList.uri ?? '(no uri)'}</code>. Not fetched: revocation is not checked
                  here (fetching it would tell the issuer that this credential is being verified).
                </li>
              )}
              {view.vc.otherStatus && (
                <li>Other status mechanisms: {view.vc.otherStatus.join(', ')} (not checked).</li>
              )}
            </ul>
          )}
          <p>
            Hash <code>{reading.hashAlg}</code>
            {reading.keyBindingJwt ? ' · ends with a key binding JWT (SD-JWT+KB)' : ' · no key binding JWT'}
          </p>
          {problems.map((p, i) => (
            <p key={i} className="field-error" role="alert" data-testid="sd-problem" data-code={p.code}>
              {describeSdJwtProblem(p)}
            </p>
          ))}
          <table data-testid="disclosures" className="claims-table" data-busy={busy || undefined}>
            <caption className="muted">
              {reading.disclosures.length === 0
                ? 'No disclosures were presented.'
                : `${reading.disclosures.length} disclosure${reading.disclosures.length === 1 ? '' : 's'} presented`}
            </caption>
            <thead>
              <tr>
                <th scope="col">Claim</th>
                <th scope="col">Salt · value</th>
                <th scope="col">Digest · lands at</th>
                <th scope="col">Verdict</th>
              </tr>
            </thead>
            <tbody>
              {reading.disclosures.map((d) => (
                <tr
                  key={d.index}
                  data-testid="disclosure"
                  data-claim={d.arrayElement ? '[]' : (d.name ?? '')}
                  data-status={d.status}
                  className={d.status === 'ok' ? undefined : 'claim-invalid'}
                >
                  <th scope="row">
                    <code>{d.arrayElement ? '[] (array element)' : (d.name ?? '?')}</code>
                  </th>
                  <td className="claim-value">
                    <div>
                      salt <code>{d.salt ?? '?'}</code>
                    </div>
                    <div>
                      value <code>{d.value === undefined ? '(none)' : show(d.value)}</code>
                    </div>
                  </td>
                  <td className="claim-value">
                    <div>
                      <code>{d.digest ?? '(not computed)'}</code>
                    </div>
                    <div>
                      {d.path
                        ? `→ ${d.path} (from ${d.foundIn === '...' ? 'an array element {"...": digest}' : 'an _sd array'})`
                        : '→ nowhere'}
                    </div>
                  </td>
                  <td className="claim-status">
                    <span className={`badge badge-${d.status === 'ok' ? 'ok' : 'invalid'}`}>
                      {STATUS_TEXT[d.status]}
                    </span>
                    {d.problems.map((p, i) => (
                      <div key={i} className="muted">
                        {describeSdJwtProblem(p)}
                      </div>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p data-testid="sd-undisclosed-count">
            {reading.undisclosedCount} digest{reading.undisclosedCount === 1 ? '' : 's'} not revealed by any
            presented disclosure. Hidden claims and decoy digests look alike, so this is an upper bound on
            what was withheld, not a count of real claims (RFC 9901 §4.2.5).
          </p>
        </>
      )}
      <div
        data-testid="kb-status"
        data-state={view?.keyBinding.state ?? 'absent'}
        data-busy={busy || !view || undefined}
        className={`status ${view?.keyBinding.state === 'valid' ? 'status-ok' : view?.keyBinding.state === 'absent' ? '' : 'status-error'}`}
        role="status"
      >
        <strong>Key binding:</strong> {kb?.summary ?? '…'}
        {kb && kb.lines.length > 0 && (
          <ul>
            {kb.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
