// An encrypted token: whether it was decrypted (and why not), its five parts with their sizes, and the nested key box.
import { useMemo } from 'react';
import { describeJweParts } from '../../core/jwe/jwe';
import type { DecryptionReport } from '../../core/jwe/jwe';
import { describeProblem } from '../../shared/describe-problem';
import { describeJwePart } from './describe-jwe';
import { describeDecryption } from './describe-decryption';
import { JweRecipients } from './jwe-recipients';

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

const formatBytes = (n: number) => `${n} byte${n === 1 ? '' : 's'}`;

export function JwePanel({
  token,
  report,
  busy,
  innerToken,
  nestedKeyText,
  onNestedKeyEdited,
}: JwePanelProps) {
  const described = useMemo(() => describeJweParts(token), [token]);
  const parts = described.ok ? described.value : undefined;
  return (
    <section className="panel jwe-panel" aria-labelledby="jwe-heading">
      <h2 id="jwe-heading">Encrypted token (JWE)</h2>
      <p
        className={`status state-${report.state}`}
        data-testid="decryption-status"
        data-state={report.state}
        data-busy={busy ? 'true' : undefined}
        role="status"
        aria-live="polite"
      >
        {busy ? 'Decrypting…' : describeDecryption(report, parts?.zip)}
      </p>
      {parts ? (
        <table className="jwe-parts" data-testid="jwe-parts">
          <caption className="visually-hidden">The five parts of the compact JWE</caption>
          <thead>
            <tr>
              <th scope="col">Part</th>
              <th scope="col">Size</th>
              <th scope="col">Begins</th>
            </tr>
          </thead>
          <tbody>
            {parts.parts.map((part) => (
              <tr key={part.name} data-testid="jwe-part" data-part={part.name}>
                <th scope="row">{describeJwePart(part.name)}</th>
                <td>
                  {part.problem
                    ? describeProblem(part.problem)
                    : part.byteLength !== undefined
                      ? formatBytes(part.byteLength)
                      : `${part.raw.length} characters`}
                </td>
                <td>
                  <code>
                    {part.raw === '' ? '(empty)' : part.raw.slice(0, 16) + (part.raw.length > 16 ? '…' : '')}
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
            parts.zip && `zip: ${parts.zip} (the plaintext was compressed before encryption)`,
            parts.cty && `cty: ${parts.cty}`,
            parts.kid && `kid: ${parts.kid}`,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      )}
      {innerToken !== undefined && (
        <div className="nested">
          <label htmlFor="nested-token">Signed JWT inside (nested)</label>
          <textarea id="nested-token" data-testid="nested-token" value={innerToken} readOnly rows={3} />
          <label htmlFor="nested-key-input">Key that verifies the inner signed JWT</label>
          <textarea
            id="nested-key-input"
            data-testid="nested-key-input"
            value={nestedKeyText}
            spellCheck={false}
            autoComplete="off"
            placeholder="The signer's secret, public PEM, JWK or JWKS; signature-status then judges the inner token"
            onChange={(e) => onNestedKeyEdited(e.target.value)}
          />
        </div>
      )}
    </section>
  );
}
