// The key box: a secret, PEM, JWK or JWKS; how a secret is read; what was recognised; the signature verdict.
import type { SecretEncoding } from '../../shared/debugger-state';
import { CopyButton } from '../../shared/copy-button';
import { fileDropHandlers } from '../../shared/file-drop';
import { partHighlightHandlers } from '../../shared/part-highlight';
import { SecretEncodingSelect } from '../../shared/secret-encoding-select';
import { signatureMessages } from '../../i18n/en/signature';
import { useMessages } from '../../i18n/use-messages';
import { lazy, Suspense } from 'react';
import type { SignatureReport } from '../../core/jws';
import type { DecodedToken } from '../../core/token';

// Only a JSON-serialized JWS has signature rows: their code loads when one is pasted.
const SignatureRows = lazy(() => import('./signature-rows'));

export type SignatureState =
  'valid' | 'invalid' | 'no-key' | 'key-error' | 'unsecured' | 'unsupported' | 'not-applicable';

export interface KeyPanelProps {
  keyText: string;
  encoding: SecretEncoding;
  keyStatus: { state: 'empty' | 'ok' | 'error'; text: string; hints: string[] };
  signature: {
    state: SignatureState;
    text: string;
    busy: boolean;
    warnings: string[];
    /** A JSON-serialized JWS and the report on it: one signature-row per signature. */
    rows?: { decoded: DecodedToken; report: SignatureReport };
  };
  onKeyEdited: (text: string) => void;
  onEncodingChanged: (encoding: SecretEncoding) => void;
  /** Extra controls (alg select, generate, export) rendered under the key box. */
  children?: React.ReactNode;
}

export function KeyPanel({
  keyText,
  encoding,
  keyStatus,
  signature,
  onKeyEdited,
  onEncodingChanged,
  children,
}: KeyPanelProps) {
  const t = useMessages(signatureMessages);
  return (
    <section
      className="panel key-panel"
      aria-labelledby="key-heading"
      {...partHighlightHandlers('signature')}
    >
      <div className="panel-title">
        <h2 id="key-heading">{t.key}</h2>
        <CopyButton text={() => keyText} label={t.copyKey} testId="copy-key" disabled={!keyText} />
      </div>
      <p
        className={`status state-${signature.state}`}
        data-testid="signature-status"
        data-state={signature.state}
        data-busy={signature.busy ? 'true' : undefined}
        role="status"
        aria-live="polite"
      >
        {signature.text}
      </p>
      {signature.rows && (
        <Suspense fallback={null}>
          <SignatureRows decoded={signature.rows.decoded} report={signature.rows.report} />
        </Suspense>
      )}
      {signature.warnings.map((w) => (
        <p key={w} className="hint">
          {w}
        </p>
      ))}
      <label htmlFor="key-input" className="visually-hidden">
        {t.secretOrKey}
      </label>
      <textarea
        id="key-input"
        data-testid="key-input"
        value={keyText}
        spellCheck={false}
        autoComplete="off"
        placeholder={t.keyPlaceholder}
        onChange={(e) => onKeyEdited(e.target.value)}
        {...fileDropHandlers(onKeyEdited)}
      />
      <div className="row">
        <SecretEncodingSelect testid="secret-encoding" value={encoding} onChange={onEncodingChanged} />
      </div>
      <p className={`status state-${keyStatus.state}`} data-testid="key-status" data-state={keyStatus.state}>
        {keyStatus.text}
      </p>
      {keyStatus.hints.map((h) => (
        <p key={h} className="hint">
          {h}
        </p>
      ))}
      {children}
    </section>
  );
}
