// signature-row: one item per signature of a JSON-serialized JWS, with its headers and its verdict.
// Loaded lazily by key-panel.tsx, only when such a token is pasted.
import type { SignatureReport } from '../../core/jws';
import type { DecodedToken } from '../../core/token';
import { describeSignatureRows } from './describe-signature-rows';
import { serializationMessages } from '../../i18n/en/serialization';
import { useMessages } from '../../i18n/use-messages';

export default function SignatureRows({
  decoded,
  report,
}: {
  decoded: DecodedToken;
  report: SignatureReport;
}) {
  const W = useMessages(serializationMessages);
  const rows = describeSignatureRows(decoded, report, W);
  if (!rows) return null;
  return (
    <div className="signature-rows">
      <h3>{W.signaturesHeading({ count: rows.length })}</h3>
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
            <strong>{W.signatureTitle({ n: row.index + 1 })}</strong>
            {row.alg ? ` · ${row.alg}` : ''}
            {row.kid ? ` · ${W.kid({ kid: row.kid })}` : ''}: {row.text}
            <div className="muted">
              {W.protectedHeader}: <code>{row.protectedText}</code>
              {row.unprotectedText !== undefined && (
                <>
                  {' · '}
                  {W.unprotectedHeader}: <code>{row.unprotectedText}</code>
                </>
              )}
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
