// "How this token is built": the parts, the exact signing input, and what the alg does with it, with the RFCs.
import { getJwsAlgorithm } from '../../core/jws';
import type { DecodedToken } from '../../core/token';
import { AlgExplanation } from './alg-explanation';
import { Link, RFC } from './learn-links';
import { CopyButton } from '../../shared/copy-button';
import { partHighlightHandlers } from '../../shared/part-highlight';

// Showing megabytes of base64url teaches nothing and costs layout time; the copy button gives the exact text.
const SHOW_LIMIT = 4_000;

function Shown({ text }: { text: string }) {
  if (text.length <= SHOW_LIMIT) return <>{text}</>;
  return (
    <>
      {text.slice(0, SHOW_LIMIT / 2)}
      <span className="muted"> … {text.length - SHOW_LIMIT} more characters … </span>
      {text.slice(-SHOW_LIMIT / 2)}
    </>
  );
}

export function HowItIsBuilt({ decoded }: { decoded: DecodedToken }) {
  return (
    <details className="panel how-built" data-testid="how-it-is-built" open>
      <summary>
        <h2>How this token is built</h2>
      </summary>
      <HowItIsBuiltBody decoded={decoded} />
      <p className="muted" data-testid="learn-compare-forge">
        What differs between two tokens: <a href="#compare-title">Compare</a>. The classic forged tokens a
        verifier must reject (alg none, algorithm confusion, embedded jwk, empty secret, psychic signature,
        kid and jku tricks), each with its rule: <a href="#forge-title">Forge attack tokens</a>. Both are
        explained in the README.
      </p>
    </details>
  );
}

function HowItIsBuiltBody({ decoded }: { decoded: DecodedToken }) {
  if (decoded.kind === 'jwe') return <JweStructure decoded={decoded} />;
  const [h, p, s] = decoded.parts;
  if (decoded.parts.length !== 3 || h === undefined || p === undefined || s === undefined) {
    return (
      <p className="muted">
        A signed JWT (JWS compact serialization) is three base64url parts joined by dots:{' '}
        <code>
          <span className="part-header">base64url(header)</span>.
          <span className="part-payload">base64url(payload)</span>.
          <span className="part-signature">base64url(signature)</span>
        </code>{' '}
        (<Link href={`${RFC.jws}#section-7.1`}>RFC 7515 §7.1</Link>). Paste one, or pick an example, to see
        each step.
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
          <strong>Header</strong>: the exact JSON bytes below, UTF-8, then base64url without padding (
          <Link href={`${RFC.jws}#section-2`}>RFC 7515 §2</Link>).
          <pre className="part-header">
            <Shown text={decoded.header?.text ?? ''} />
          </pre>
        </li>
        <li {...partHighlightHandlers('payload')}>
          <strong>Payload</strong>: the claims set, encoded the same way (
          <Link href={`${RFC.jwt}#section-7.1`}>RFC 7519 §7.1</Link>).
          <pre className="part-payload">
            <Shown text={payloadText} />
          </pre>
        </li>
        <li>
          <div className="panel-title">
            <span>
              <strong>Signing input</strong>: <code>ASCII(base64url(header) ‘.’ base64url(payload))</code>,
              exactly as it is in the token (<Link href={`${RFC.jws}#section-5.1`}>RFC 7515 §5.1</Link>).
            </span>
            <CopyButton text={() => signingInput} label="Copy signing input" testId="copy-signing-input" />
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
          <strong>Signature</strong>
          {decoded.signatureLength !== undefined && <> ({decoded.signatureLength} bytes)</>}:{' '}
          <AlgExplanation alg={alg} algorithm={algorithm} />
          <pre className="part-signature">
            <Shown text={s} />
          </pre>
        </li>
      </ol>
    </div>
  );
}

function JweStructure({ decoded }: { decoded: DecodedToken }) {
  const names = [
    'protected header',
    'encrypted key',
    'initialization vector',
    'ciphertext',
    'authentication tag',
  ];
  const classes = ['part-header', 'part-key', 'part-iv', 'part-payload', 'part-tag'];
  return (
    <div className="how-built-body">
      <p>
        An encrypted JWT (JWE compact serialization) has five base64url parts (
        <Link href={`${RFC.jwe}#section-7.1`}>RFC 7516 §7.1</Link>). The content is encrypted with a fresh key
        and IV; the protected header, as it appears in the token, is the additional authenticated data (
        <Link href={`${RFC.jwe}#section-5.1`}>RFC 7516 §5.1</Link>), so it cannot be changed without breaking
        the tag.
      </p>
      <ol className="build-steps">
        {decoded.parts.map((part, i) => (
          <li key={i}>
            <strong>{names[i]}</strong> ({part.length} characters)
            <pre className={classes[i]}>
              <Shown text={part} />
            </pre>
          </li>
        ))}
      </ol>
    </div>
  );
}
