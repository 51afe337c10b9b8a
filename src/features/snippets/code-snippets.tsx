// Copy as code: programs that verify this token with the current options in jose, PyJWT and jsonwebtoken.
import { useDeferredValue, useMemo, useState } from 'react';
import { splitList } from '../../core/claims/claims';
import type { KeyFormat, KeyInputReading, SecretEncoding } from '../../core/keys/keys';
import { readPolicy } from '../../core/policy/policy';
import { makeSnippets } from '../../core/snippets/snippets';
import type { SnippetKeyKind, SnippetLanguage } from '../../core/snippets/snippets';
import type { DecodedToken } from '../../core/token/token';
import type { ValidationInputs } from '../../app/debugger-reducer';
import { useAsyncResult } from '../../shared/use-async-result';
import './code-snippets.css';

export interface CodeSnippetsProps {
  decoded: DecodedToken;
  keyText: string;
  reading: KeyInputReading;
  encoding: SecretEncoding;
  validation: ValidationInputs;
}

const LANGUAGES: Record<SnippetLanguage, string> = {
  jose: 'Node.js: jose',
  pyjwt: 'Python: PyJWT',
  jsonwebtoken: 'Node.js: jsonwebtoken',
};

const KEY_KINDS: Record<KeyFormat, SnippetKeyKind> = {
  secret: 'secret',
  'pem-spki': 'pem-public',
  'pem-pkcs1-public': 'pem-public',
  'pem-pkcs8': 'pem-private',
  'pem-pkcs1-private': 'pem-private',
  'pem-sec1': 'pem-private',
  'pem-x509': 'pem-certificate',
  jwk: 'jwk',
  jwks: 'jwks',
};

/** The key kind the code should read: what the key box holds, else what the alg needs. */
function chooseKeyKind(reading: KeyInputReading, alg: string): SnippetKeyKind {
  if (reading.state === 'ok') return KEY_KINDS[reading.value.description.format];
  return /^HS\d+$/.test(alg) ? 'secret' : 'pem-public';
}

function CopyButton({ code, lang }: { code: string; lang: SnippetLanguage }) {
  const [copied, setCopied] = useState<string | undefined>(undefined);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(code);
    } catch {
      // Clipboard may be denied; the code stays selectable.
      setCopied(undefined);
    }
  };
  return (
    <button type="button" data-testid="copy-snippet" data-lang={lang} onClick={() => void copy()}>
      {copied === code ? 'Copied' : 'Copy'}
    </button>
  );
}

// Three programs quoting a token this large would be slow to write and useless to paste.
const TOKEN_LIMIT = 256 * 1024;

export function CodeSnippets({ encoding, ...latest }: CodeSnippetsProps) {
  // Writing three programs around a large token is slow: typing in the other panes comes first.
  const decoded = useDeferredValue(latest.decoded);
  const keyText = useDeferredValue(latest.keyText);
  const reading = useDeferredValue(latest.reading);
  const validation = useDeferredValue(latest.validation);
  const [includeKey, setIncludeKey] = useState(false);
  const [requireExpChoice, setRequireExpChoice] = useState<boolean | undefined>(undefined);
  const headerAlg = decoded.header?.value?.alg;
  const alg = typeof headerAlg === 'string' ? headerAlg : undefined;
  const view = decoded.payload?.view;
  const hasExp = view?.type === 'claims' && 'exp' in view.claims;
  const requireExp = requireExpChoice ?? hasExp;
  const tolerance = Number(validation.clockTolerance);
  const clockTolerance = Number.isFinite(tolerance) && tolerance > 0 ? tolerance : 0;
  const tooLarge = decoded.token.length > TOKEN_LIMIT;
  const signed = decoded.kind === 'jws' && alg !== undefined && !tooLarge;
  const pastedKind = alg !== undefined ? chooseKeyKind(reading, alg) : 'secret';
  const hasKey = reading.state === 'ok';
  // A private key (PEM or JWK) is never written into code: its public part is, worked out off the render.
  const description = reading.state === 'ok' ? reading.value.description : undefined;
  const needsPublic = includeKey && (description?.visibility === 'private' || description?.format === 'jwks');
  const publicKey = useAsyncResult(
    [needsPublic, keyText, encoding],
    needsPublic
      ? async () =>
          (await import('../../core/snippets/public-key')).publicKeyForSnippet(keyText.trim(), encoding)
      : undefined,
  );
  const derived = needsPublic && publicKey.current && publicKey.value?.ok ? publicKey.value : undefined;
  const keyKind = derived?.keyKind ?? pastedKind;
  const snippetKeyText = derived?.keyText ?? keyText.trim();
  // The validation policy's options (issue 17), each only when set.
  const { allowedAlgorithms, requiredClaims, expectedType, maxAge: maxAgeText } = validation;
  const policy = useMemo(
    () => readPolicy({ allowedAlgorithms, requiredClaims, expectedType, maxAge: maxAgeText }),
    [allowedAlgorithms, requiredClaims, expectedType, maxAgeText],
  );
  const snippets = useMemo(
    () =>
      signed && alg !== undefined
        ? makeSnippets({
            token: decoded.token,
            alg,
            keyKind,
            keyText: hasKey ? snippetKeyText : undefined,
            includeKey: includeKey && hasKey,
            keyDerivedFromPrivate: derived?.derived,
            audience: splitList(validation.audience),
            issuer: splitList(validation.issuer),
            clockTolerance,
            requireExp,
            secretEncoding: encoding,
            algorithms: policy.allowedAlgorithms,
            requiredClaims: policy.requiredClaims,
            expectedType: policy.expectedType,
            maxAge: policy.maxAge,
          })
        : [],
    [
      signed,
      decoded.token,
      alg,
      keyKind,
      hasKey,
      snippetKeyText,
      derived?.derived,
      includeKey,
      validation.audience,
      validation.issuer,
      clockTolerance,
      requireExp,
      encoding,
      policy,
    ],
  );
  if (decoded.parts.length < 3) return null;
  const keyIsSecret = keyKind === 'secret' || /"k"\s*:/.test(snippetKeyText);
  return (
    <section className="panel code-snippets" aria-labelledby="snippets-heading">
      <h2 id="snippets-heading">Verify in code</h2>
      {!signed ? (
        <p className="muted">
          {tooLarge
            ? `This token is ${Math.round(decoded.token.length / 1024)} KB: too large to write into code.`
            : decoded.kind === 'unsecured'
              ? 'An unsecured token (alg none) has no signature to verify, so there is no code for it.'
              : 'Code is offered for signed tokens (JWS).'}
        </p>
      ) : (
        <>
          <div className="row">
            <label className="inline">
              <input
                type="checkbox"
                data-testid="include-key"
                checked={includeKey}
                disabled={!hasKey}
                onChange={(e) => setIncludeKey(e.target.checked)}
              />
              Include the key in the code
            </label>
            <label className="inline">
              <input
                type="checkbox"
                data-testid="require-exp"
                checked={requireExp}
                onChange={(e) => setRequireExpChoice(e.target.checked)}
              />
              Require exp
            </label>
          </div>
          <p className="muted">
            {includeKey && hasKey
              ? description?.visibility === 'private'
                ? 'The key box holds a private key: the code below contains only its public part.'
                : keyIsSecret
                  ? 'The code below contains your key as pasted. Keep it out of source control and logs.'
                  : 'The code below contains the public key from the key box.'
              : 'The key is read from an environment variable; tick the box to write it into the code.'}{' '}
            Options come from the validation panel: expected audience and issuer, clock tolerance, and the
            validation policy.
          </p>
          {snippets.map(({ lang, code }) => (
            <figure key={lang} className="snippet">
              <figcaption>
                <span>{LANGUAGES[lang]}</span>
                <CopyButton code={code} lang={lang} />
              </figcaption>
              <pre data-testid="code-snippet" data-lang={lang} tabIndex={0}>
                <code>{code}</code>
              </pre>
            </figure>
          ))}
        </>
      )}
    </section>
  );
}
