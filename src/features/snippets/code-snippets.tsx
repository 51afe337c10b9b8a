// Copy as code: programs that verify this token with the current options in jose, PyJWT and jsonwebtoken.
import { useDeferredValue, useMemo, useState } from 'react';
import { splitList } from '../../core/claims';
import type { KeyFormat, KeyInputReading, SecretEncoding } from '../../core/keys';
import { readPolicy } from '../../core/policy';
import { makeSnippets } from '../../core/snippets';
import type { SnippetKeyKind, SnippetLanguage } from '../../core/snippets';
import type { DecodedToken } from '../../core/token';
import type { ValidationInputs } from '../../shared/debugger-state';
import { Checkbox } from '../../shared/form-controls';
import { useAsyncResult } from '../../shared/use-async-result';
import './code-snippets.css';
import { sharedMessages } from '../../i18n/en/shared';
import { snippetsMessages } from '../../i18n/en/snippets';
import { useMessages } from '../../i18n/use-messages';

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
  const t = useMessages(sharedMessages);
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
      {copied === code ? t.copied : t.copy}
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
  const t = useMessages(snippetsMessages);
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
      ? async () => (await import('../../core/snippets/lazy')).publicKeyForSnippet(keyText.trim(), encoding)
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
      <h2 id="snippets-heading">{t.heading}</h2>
      {!signed ? (
        <p className="muted">
          {tooLarge
            ? t.tooLarge({ size: Math.round(decoded.token.length / 1024) })
            : decoded.kind === 'unsecured'
              ? t.unsecured
              : t.signedOnly}
        </p>
      ) : (
        <>
          <div className="row">
            <Checkbox testid="include-key" checked={includeKey} disabled={!hasKey} onChange={setIncludeKey}>
              {t.includeKey}
            </Checkbox>
            <Checkbox testid="require-exp" checked={requireExp} onChange={setRequireExpChoice}>
              {t.requireExp}
            </Checkbox>
          </div>
          <p className="muted">
            {includeKey && hasKey
              ? description?.visibility === 'private'
                ? t.containsPublicPart
                : keyIsSecret
                  ? t.containsSecret
                  : t.containsPublic
              : t.fromEnvironment}{' '}
            {t.optionsFrom}
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
