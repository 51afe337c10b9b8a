// signature-row: one item per signature of a JSON-serialized JWS, with its headers and its verdict.
// Loaded lazily by key-panel.tsx, only when such a token is pasted.
import type { SignatureReport } from '../../core/jws/verify';
import type { DecodedToken } from '../../core/token/token';
import { describeSignatureRows, SIGNATURE_ROW_WORDS as W } from './describe-signature-rows';

export default function SignatureRows({
  decoded,
  report,
}: {
  decoded: DecodedToken;
  report: SignatureReport;
}) {
  const rows = describeSignatureRows(decoded, report);
  if (!rows) return null;
  return (
    <div className="signature-rows">
      <h3>{W.heading(rows.length)}</h3>
      <ol>
        {rows.map((row) => (
          <li
            key={row.index}
            data-testid="signature-row"
            data-index={row.index}
            data-alg={row.alg}
            data-kid={row.kid}
            data-state={row.state}
            className={`status state-${row.state}`}
          >
            <strong>{W.title(row.index)}</strong>
            {row.alg ? ` · ${row.alg}` : ''}
            {row.kid ? ` · kid ${row.kid}` : ''}: {row.text}
            <div className="muted">
              {W.protected}: <code>{row.protectedText}</code>
              {row.unprotectedText !== undefined && (
                <>
                  {' · '}
                  {W.unprotected}: <code>{row.unprotectedText}</code>
                </>
              )}
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
