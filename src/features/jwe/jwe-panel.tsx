// An encrypted token: whether it was decrypted (and why not), its five parts with their sizes, and the nested key box.
import { useMemo } from 'react';
import { describeJweParts } from '../../core/jwe/lazy';
import type { DecryptionReport } from '../../core/jwe';
import { describeProblem } from '../../shared/describe-problem';
import { describeJwePart } from '../../shared/describe-jwe';
import { describeDecryption } from './describe-decryption';
import { jweMessages } from '../../i18n/en/jwe';
import { jweWordingMessages } from '../../i18n/en/jwe-wording';
import { useMessages } from '../../i18n/use-messages';
import { JweRecipients } from './jwe-recipients';
import { ColumnHeads } from '../../shared/column-heads';

export interface JwePanelProps {
  /** The cleaned compact JWE in the pane. */
  token: string;
  report: DecryptionReport;
  busy: boolean;
  /** The signed JWT inside the plaintext, when there is one. */
  innerToken?: string;
  nestedKeyText: string;
  onNestedKeyEdited: (text: string) => void;
}

export function JwePanel({
  token,
  report,
  busy,
  innerToken,
  nestedKeyText,
  onNestedKeyEdited,
}: JwePanelProps) {
  const t = useMessages(jweMessages);
  const words = useMessages(jweWordingMessages);
  const described = useMemo(() => describeJweParts(token), [token]);
  const parts = described.ok ? described.value : undefined;
  return (
    <section className="panel jwe-panel" aria-labelledby="jwe-heading">
      <h2 id="jwe-heading">{t.heading}</h2>
      <p
        className={`status state-${report.state}`}
        data-testid="decryption-status"
        data-state={report.state}
        data-busy={busy ? 'true' : undefined}
        role="status"
        aria-live="polite"
      >
        {busy ? t.decrypting : describeDecryption(report, parts?.zip, words)}
      </p>
      {parts ? (
        <table className="jwe-parts" data-testid="jwe-parts">
          <caption className="visually-hidden">{t.partsCaption}</caption>
          <ColumnHeads labels={[t.part, t.size, t.begins]} />
          <tbody>
            {parts.parts.map((part) => (
              <tr key={part.name} data-testid="jwe-part" data-part={part.name}>
                <th scope="row">{describeJwePart(part.name, words)}</th>
                <td>
                  {part.problem
                    ? describeProblem(part.problem)
                    : part.byteLength !== undefined
                      ? t.bytes(part.byteLength)
                      : t.characters(part.raw.length)}
                </td>
                <td>
                  <code>
                    {part.raw === '' ? t.empty : part.raw.slice(0, 16) + (part.raw.length > 16 ? '…' : '')}
                  </code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        !described.ok && <p className="hint">{describeProblem(described.problem)}</p>
      )}
      {parts?.json && <JweRecipients json={parts.json} report={report} />}
      {parts && (parts.zip || parts.cty || parts.kid) && (
        <p className="hint">
          {[
            parts.zip && t.zipNote({ zip: parts.zip }),
            parts.cty && `cty: ${parts.cty}`,
            parts.kid && `kid: ${parts.kid}`,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      )}
      {innerToken !== undefined && (
        <div className="nested">
          <label htmlFor="nested-token">{t.nestedToken}</label>
          <textarea id="nested-token" data-testid="nested-token" value={innerToken} readOnly rows={3} />
          <label htmlFor="nested-key-input">{t.nestedKey}</label>
          <textarea
            id="nested-key-input"
            data-testid="nested-key-input"
            value={nestedKeyText}
            spellCheck={false}
            autoComplete="off"
            placeholder={t.nestedKeyPlaceholder}
            onChange={(e) => onNestedKeyEdited(e.target.value)}
          />
        </div>
      )}
    </section>
  );
}
