// The key in the box in the other format (PEM ↔ JWK), its public half, and its RFC 7638 thumbprint as kid.
import { useState } from 'react';
import { exportKey } from '../../core/keys';
import type { ExportedKey } from '../../core/keys';
import type { SecretEncoding } from '../../core/keys';
import { describeProblem } from '../../shared/describe-problem';
import { CopyText } from './copy-text';
import { useAsyncResult } from '../../shared/use-async-result';
import { signingMessages } from '../../i18n/en/signing';
import { useMessages } from '../../i18n/use-messages';

export interface KeyToolsProps {
  keyText: string;
  encoding: SecretEncoding;
  onUseAsKid: (kid: string) => void;
}

export function KeyTools({ keyText, encoding, onUseAsKid }: KeyToolsProps) {
  const t = useMessages(signingMessages);
  const [open, setOpen] = useState(false);
  // Export only when the panel is open: it costs a WebCrypto import and is not needed to verify.
  const exported = useAsyncResult(
    [keyText, encoding],
    open && keyText.trim() !== ''
      ? () =>
          exportKey(keyText, { encoding }).then((r) =>
            r.ok ? { value: r.value } : { error: describeProblem(r.problem) },
          )
      : undefined,
  );
  if (keyText.trim() === '') return null;
  const current: { value?: ExportedKey; error?: string } | undefined = exported.current
    ? exported.value
    : undefined;
  const value = current?.value;
  return (
    <details className="key-tools" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary data-testid="key-tools">{t.exportSummary}</summary>
      {current?.error && <p className="field-error">{current.error}</p>}
      {value && (
        <>
          <div className="row">
            <span>
              {t.thumbprint} <code data-testid="key-thumbprint">{value.thumbprint}</code>
            </span>
            <button
              type="button"
              className="small"
              data-testid="thumbprint-as-kid"
              onClick={() => onUseAsKid(value.thumbprint)}
            >
              {t.useAsKid}
            </button>
          </div>
          <CopyText label={t.asJwk} testid="export-jwk" text={JSON.stringify(value.jwk, null, 2)} />
          {value.pem && <CopyText label={t.asPem} testid="export-pem" text={value.pem} />}
          {value.publicJwk && (
            <CopyText
              label={t.publicHalfJwk}
              testid="export-public-jwk"
              text={JSON.stringify(value.publicJwk, null, 2)}
            />
          )}
          {value.publicPem && (
            <CopyText label={t.publicHalfPem} testid="export-public-pem" text={value.publicPem} />
          )}
        </>
      )}
      {!value && !current?.error && <p className="muted">{t.exporting}</p>}
    </details>
  );
}
