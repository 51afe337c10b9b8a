// "How this token is built": the parts, the exact signing input, and what the alg does with it, with the RFCs.
import { getJwsAlgorithm } from '../../core/jws';
import type { DecodedToken } from '../../core/token';
import { AlgExplanation } from './alg-explanation';
import { Link, RFC } from './learn-links';
import { CopyButton } from '../../shared/copy-button';
import { partHighlightHandlers } from '../../shared/part-highlight';
import { learnPanelMessages } from '../../i18n/en/learn-panel';
import { rich } from '../../i18n/rich';
import { useMessages } from '../../i18n/use-messages';

// Showing megabytes of base64url teaches nothing and costs layout time; the copy button gives the exact text.
const SHOW_LIMIT = 4_000;

function Shown({ text }: { text: string }) {
  const t = useMessages(learnPanelMessages);
  if (text.length <= SHOW_LIMIT) return <>{text}</>;
  return (
    <>
      {text.slice(0, SHOW_LIMIT / 2)}
      <span className="muted">{rich(t.moreCharacters, { count: String(text.length - SHOW_LIMIT) })}</span>
      {text.slice(-SHOW_LIMIT / 2)}
    </>
  );
}

export function HowItIsBuilt({ decoded }: { decoded: DecodedToken }) {
  const t = useMessages(learnPanelMessages);
  return (
    <details className="panel how-built" data-testid="how-it-is-built" open>
      <summary>
        <h2>{t.title}</h2>
      </summary>
      <HowItIsBuiltBody decoded={decoded} />
      <p className="muted" data-testid="learn-compare-forge">
        {rich(t.compareForge, {
          compare: <a href="#compare-title">{t.compare}</a>,
          forge: <a href="#forge-title">{t.forge}</a>,
        })}
      </p>
    </details>
  );
}

function HowItIsBuiltBody({ decoded }: { decoded: DecodedToken }) {
  const t = useMessages(learnPanelMessages);
  if (decoded.kind === 'jwe') return <JweStructure decoded={decoded} />;
  const [h, p, s] = decoded.parts;
  if (decoded.parts.length !== 3 || h === undefined || p === undefined || s === undefined) {
    return (
      <p className="muted">
        {rich(t.threeParts, {
          formula: (
            <code>
              <span className="part-header">base64url(header)</span>.
              <span className="part-payload">base64url(payload)</span>.
              <span className="part-signature">base64url(signature)</span>
            </code>
          ),
          rfc: <Link href={`${RFC.jws}#section-7.1`}>RFC 7515 §7.1</Link>,
        })}
      </p>
    );
  }
  const alg = typeof decoded.header?.value?.alg === 'string' ? decoded.header.value.alg : '';
  const algorithm = getJwsAlgorithm(alg);
  const signingInput = `${h}.${p}`;
  const payloadText =
    decoded.payload?.view && 'text' in decoded.payload.view ? decoded.payload.view.text : '';
  return (
    <div className="how-built-body">
      <p className="formula">
        <code>
          <span className="part-header">base64url(header)</span> .{' '}
          <span className="part-payload">base64url(payload)</span> .{' '}
          <span className="part-signature">base64url({alg || 'alg'}(signing input, key))</span>
        </code>
      </p>
      <ol className="build-steps">
        <li {...partHighlightHandlers('header')}>
          <strong>{t.header}</strong>
          {rich(t.headerStep, { rfc: <Link href={`${RFC.jws}#section-2`}>RFC 7515 §2</Link> })}
          <pre className="part-header">
            <Shown text={decoded.header?.text ?? ''} />
          </pre>
        </li>
        <li {...partHighlightHandlers('payload')}>
          <strong>{t.payload}</strong>
          {rich(t.payloadStep, { rfc: <Link href={`${RFC.jwt}#section-7.1`}>RFC 7519 §7.1</Link> })}
          <pre className="part-payload">
            <Shown text={payloadText} />
          </pre>
        </li>
        <li>
          <div className="panel-title">
            <span>
              <strong>{t.signingInput}</strong>
              {rich(t.signingInputStep, {
                formula: <code>ASCII(base64url(header) ‘.’ base64url(payload))</code>,
                rfc: <Link href={`${RFC.jws}#section-5.1`}>RFC 7515 §5.1</Link>,
              })}
            </span>
            <CopyButton text={() => signingInput} label={t.copySigningInput} testId="copy-signing-input" />
          </div>
          <pre className="signing-input" data-testid="signing-input" data-length={signingInput.length}>
            <span className="part-header">
              <Shown text={h} />
            </span>
            .
            <span className="part-payload">
              <Shown text={p} />
            </span>
          </pre>
        </li>
        <li {...partHighlightHandlers('signature')}>
          <strong>{t.signature}</strong>
          {decoded.signatureLength !== undefined &&
            rich(t.signatureBytes, { count: String(decoded.signatureLength) })}
          : <AlgExplanation alg={alg} algorithm={algorithm} />
          <pre className="part-signature">
            <Shown text={s} />
          </pre>
        </li>
      </ol>
    </div>
  );
}

function JweStructure({ decoded }: { decoded: DecodedToken }) {
  const t = useMessages(learnPanelMessages);
  const names = [t.jweProtectedHeader, t.jweEncryptedKey, t.jweIv, t.jweCiphertext, t.jweTag];
  const classes = ['part-header', 'part-key', 'part-iv', 'part-payload', 'part-tag'];
  return (
    <div className="how-built-body">
      <p>
        {rich(t.jweIntro, {
          rfc: <Link href={`${RFC.jwe}#section-7.1`}>RFC 7516 §7.1</Link>,
          aad: <Link href={`${RFC.jwe}#section-5.1`}>RFC 7516 §5.1</Link>,
        })}
      </p>
      <ol className="build-steps">
        {decoded.parts.map((part, i) => (
          <li key={i}>
            <strong>{names[i]}</strong>
            {rich(t.characters, { count: String(part.length) })}
            <pre className={classes[i]}>
              <Shown text={part} />
            </pre>
          </li>
        ))}
      </ol>
    </div>
  );
}
