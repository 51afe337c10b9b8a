// The pasted SD-JWT: its disclosures and where each lands, undisclosed digests, key binding, SD-JWT VC facts.
import type { DisclosureReport, SdJwtReading } from '../../core/sd-jwt';
import type { DecodedToken } from '../../core/token';
import type { ValidationInputs } from '../../shared/debugger-state';
import { useSdJwt } from './use-sd-jwt';
import { describeKeyBinding, describeSdJwtProblem, describeSdJwtType } from './describe-sd-jwt';
import { sdJwtMessages } from '../../i18n/en/sd-jwt';
import { useMessages } from '../../i18n/use-messages';
import { rich } from '../../i18n/rich';
import type { MessagesOf } from '../../i18n/catalogue';
import { sdJwtWordingMessages } from '../../i18n/en/sd-jwt-wording';
import { ColumnHeads } from '../../shared/column-heads';

type SdJwtText = MessagesOf<typeof sdJwtMessages>;

const STATUS_TEXT: Record<DisclosureReport['status'], keyof SdJwtText> = {
  ok: 'statusOk',
  unreferenced: 'statusUnreferenced',
  duplicate: 'statusDuplicate',
  invalid: 'statusInvalid',
};

function show(value: unknown, t: SdJwtText): string {
  try {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 200 ? `${text.slice(0, 200)}…` : text;
  } catch {
    return t.cannotShow;
  }
}

export interface SdJwtPanelProps {
  decoded: DecodedToken;
  validation: ValidationInputs;
  /** Hands the reading to the page (undefined while there is none): the claims table judges the processed payload. */
  onReading: (reading: SdJwtReading | undefined) => void;
}

export function SdJwtPanel({ decoded, validation, onReading }: SdJwtPanelProps) {
  const t = useMessages(sdJwtMessages);
  useMessages(sdJwtWordingMessages); // the panel's sentences follow the language
  const { view, busy } = useSdJwt(decoded, validation, onReading);
  const kb = view ? describeKeyBinding(view.keyBinding) : undefined;
  const reading = view?.reading;
  const problems = reading?.problems.filter((p) => !('index' in p)) ?? [];
  return (
    <section className="panel sd-jwt" aria-labelledby="sd-jwt-heading" aria-busy={busy || undefined}>
      <h2 id="sd-jwt-heading">SD-JWT (RFC 9901)</h2>
      {!reading && <p className="muted">{t.reading}</p>}
      {reading && view && (
        <>
          <p data-testid="sd-jwt-type">{describeSdJwtType(view.vc)}</p>
          {(view.vc.vct || view.vc.statusList || view.vc.otherStatus) && (
            <ul data-testid="sd-jwt-vc">
              {view.vc.vct && (
                <li>
                  {t.vct} <code>{view.vc.vct}</code>
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
                  {rich(t.statusList, {
                    idx: <code>{String(view.vc.statusList.idx ?? '?')}</code>,
                    uri: <code>{view.vc.statusList.uri ?? t.noUri}</code>,
                  })}
                </li>
              )}
              {view.vc.otherStatus && <li>{t.otherStatus({ names: view.vc.otherStatus.join(', ') })}</li>}
            </ul>
          )}
          <p>
            {t.hash} <code>{reading.hashAlg}</code>
            {reading.keyBindingJwt ? t.withKb : t.withoutKb}
          </p>
          {problems.map((p, i) => (
            <p key={i} className="field-error" role="alert" data-testid="sd-problem" data-code={p.code}>
              {describeSdJwtProblem(p)}
            </p>
          ))}
          <table data-testid="disclosures" className="claims-table" data-busy={busy || undefined}>
            <caption className="muted">
              {reading.disclosures.length === 0 ? t.noDisclosures : t.presented(reading.disclosures.length)}
            </caption>
            <ColumnHeads labels={[t.claim, t.saltValue, t.digestLands, t.verdict]} />
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
                    <code>{d.arrayElement ? t.arrayElement : (d.name ?? '?')}</code>
                  </th>
                  <td className="claim-value">
                    <div>
                      {t.salt} <code>{d.salt ?? '?'}</code>
                    </div>
                    <div>
                      {t.value} <code>{d.value === undefined ? t.none : show(d.value, t)}</code>
                    </div>
                  </td>
                  <td className="claim-value">
                    <div>
                      <code>{d.digest ?? t.notComputed}</code>
                    </div>
                    <div>
                      {d.path
                        ? d.foundIn === '...'
                          ? t.landsFromArray({ path: d.path, element: '{"...": digest}' })
                          : t.landsFromSd({ path: d.path })
                        : t.nowhere}
                    </div>
                  </td>
                  <td className="claim-status">
                    <span className={`badge badge-${d.status === 'ok' ? 'ok' : 'invalid'}`}>
                      {t[STATUS_TEXT[d.status]] as string}
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
          <p data-testid="sd-undisclosed-count">{t.undisclosed(reading.undisclosedCount)}</p>
        </>
      )}
      <div
        data-testid="kb-status"
        data-state={view?.keyBinding.state ?? 'absent'}
        data-busy={busy || !view || undefined}
        className={`status ${view?.keyBinding.state === 'valid' ? 'status-ok' : view?.keyBinding.state === 'absent' ? '' : 'status-error'}`}
        role="status"
      >
        <strong>{t.keyBinding}</strong> {kb?.summary ?? '…'}
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
