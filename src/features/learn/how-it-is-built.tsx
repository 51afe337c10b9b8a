// "How this token is built": the parts, the exact signing input, and what the alg does with it, with the RFCs.
import { getJwsAlgorithm } from '../../core/jws';
import type { JwsAlgorithm } from '../../core/jws';
import type { DecodedToken } from '../../core/token';
import { CopyButton } from '../../shared/copy-button';
import { partHighlightHandlers } from '../../shared/part-highlight';

// Showing megabytes of base64url teaches nothing and costs layout time; the copy button gives the exact text.
const SHOW_LIMIT = 4_000;

const RFC = {
  jws: 'https://www.rfc-editor.org/rfc/rfc7515',
  jwa: 'https://www.rfc-editor.org/rfc/rfc7518',
  jwt: 'https://www.rfc-editor.org/rfc/rfc7519',
  jwe: 'https://www.rfc-editor.org/rfc/rfc7516',
  pkcs1: 'https://www.rfc-editor.org/rfc/rfc8017',
  hmac: 'https://www.rfc-editor.org/rfc/rfc2104',
  eddsaJose: 'https://www.rfc-editor.org/rfc/rfc8037',
  eddsa: 'https://www.rfc-editor.org/rfc/rfc8032',
} as const;

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

function Link({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noreferrer noopener">
      {children}
    </a>
  );
}

/** What the alg computes from the signing input, in a sentence or two, with its RFC sections. */
function AlgExplanation({ alg, algorithm }: { alg: string; algorithm?: JwsAlgorithm }) {
  if (alg === 'none') {
    return (
      <p>
        <code>none</code>: no signature at all; the third part is empty, and anyone can write such a token.
        Never accept it (<Link href={`${RFC.jwt}#section-6`}>RFC 7519 §6</Link>).
      </p>
    );
  }
  if (!algorithm) {
    return (
      <p>
        <code>{alg}</code> is not an algorithm this browser can check. The registered algorithms are listed in{' '}
        <Link href={`${RFC.jwa}#section-3.1`}>RFC 7518 §3.1</Link>.
      </p>
    );
  }
  const hash = algorithm.hash;
  const hashBytes = Number(hash.slice(4)) / 8;
  switch (algorithm.family) {
    case 'hmac':
      return (
        <p>
          <strong>HMAC-{hash}</strong>: a keyed hash of the signing input with the shared secret; the
          signature is the {hashBytes}-byte MAC. Whoever can verify it can also make one, so the secret must
          stay secret and be at least {hashBytes} bytes of randomness (
          <Link href={`${RFC.jwa}#section-3.2`}>RFC 7518 §3.2</Link>, <Link href={RFC.hmac}>RFC 2104</Link>).
        </p>
      );
    case 'rsa':
      return (
        <p>
          <strong>RSASSA-PKCS1-v1_5 with {hash}</strong>: the {hash} digest of the signing input is padded
          (EMSA-PKCS1-v1_5) and signed with the RSA private key; the signature is as long as the modulus (256
          bytes for a 2048-bit key). Anyone with the public key can verify it (
          <Link href={`${RFC.jwa}#section-3.3`}>RFC 7518 §3.3</Link>,{' '}
          <Link href={`${RFC.pkcs1}#section-8.2`}>RFC 8017 §8.2</Link>).
        </p>
      );
    case 'rsa-pss':
      return (
        <p>
          <strong>RSASSA-PSS with {hash}</strong>, MGF1 with {hash} and a {hashBytes}-byte random salt: like
          PKCS#1 v1.5 but with randomised, provably secure padding, so signing the same input twice gives
          different signatures (<Link href={`${RFC.jwa}#section-3.5`}>RFC 7518 §3.5</Link>,{' '}
          <Link href={`${RFC.pkcs1}#section-8.1`}>RFC 8017 §8.1</Link>).
        </p>
      );
    case 'ecdsa': {
      const size = (algorithm.signatureBytes ?? 64) / 2;
      return (
        <p>
          <strong>
            ECDSA on {algorithm.curve} with {hash}
          </strong>
          : the signature is the pair (r, s), written as two {size}-byte big-endian integers one after the
          other, <code>r‖s</code>, {size * 2} bytes in all. That is not the DER encoding most crypto libraries
          produce, a common cause of “invalid signature” (
          <Link href={`${RFC.jwa}#section-3.4`}>RFC 7518 §3.4</Link>). Each signature uses a fresh random
          nonce.
          {algorithm.curve === 'secp256k1' && (
            <>
              {' '}
              ES256K is this on the secp256k1 curve of Bitcoin and many DID issuers (
              <Link href="https://www.rfc-editor.org/rfc/rfc8812#section-3.2">RFC 8812 §3.2</Link>); it does
              not require the “low-S” form, so both s and n−s verify here.
            </>
          )}
        </p>
      );
    }
    case 'eddsa':
      if (algorithm.curve === 'Ed448')
        return (
          <p>
            <strong>Ed448</strong> (EdDSA on Curve448): a deterministic 114-byte signature over the signing
            input itself, with SHAKE256 inside the algorithm, checked with the 57-byte public key (
            <Link href={`${RFC.eddsaJose}#section-3.1`}>RFC 8037 §3.1</Link>; the alg may be written{' '}
            <code>EdDSA</code> or, per RFC 9864, <code>Ed448</code>). Neither WebCrypto nor jose has it: this
            page checks it with the audited @noble/curves, loaded only when needed.
          </p>
        );
      return (
        <p>
          <strong>Ed25519</strong> (EdDSA): a deterministic 64-byte signature over the signing input itself,
          with SHA-512 inside the algorithm, made with the private key and checked with the 32-byte public key
          (<Link href={`${RFC.eddsaJose}#section-3.1`}>RFC 8037 §3.1</Link>,{' '}
          <Link href={`${RFC.eddsa}#section-5.1`}>RFC 8032 §5.1</Link>).
        </p>
      );
  }
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
