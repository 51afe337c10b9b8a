// alg select, generate-key, re-sign status, claim helpers and templates: everything to mint a test token.
import { useState } from 'react';
import type { Dispatch } from 'react';
import { SELECTABLE_JWS_ALGS } from '../../core/jws';
import type { JwsAlg } from '../../core/jws';
import { generateKey, RSA_MODULUS_LENGTHS } from '../../core/keys';
import type { GeneratedKey } from '../../core/keys';
import { parseDuration } from '../../core/claims';
import type { SecretEncoding } from '../../core/keys';
import type { DebuggerEvent } from '../../shared/debugger-state';
import type { SigningState } from './use-signing';
import { describeProblem } from '../../shared/describe-problem';
import { CopyText } from './copy-text';
import { randomId, TEMPLATES } from './templates';

export interface SigningControlsProps {
  /** The token's alg, when a JWS is decoded. */
  tokenAlg?: string;
  hasToken: boolean;
  encoding: SecretEncoding;
  signing: SigningState;
  /** Set when the key in the box cannot be used with the selected alg. */
  keyMismatch?: string;
  dispatch: Dispatch<DebuggerEvent>;
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

function describeSigning(s: SigningState): string | undefined {
  switch (s.state) {
    case 'idle':
      return undefined;
    case 'needs-key':
      return `The token was re-encoded but keeps its old signature: paste a secret or private key${s.alg ? ` for ${s.alg}` : ''} (or generate one) to re-sign it.`;
    case 'signing':
      return 'Re-signing…';
    case 'signed':
      return `Re-signed with the key in the box.${s.warnings.length ? ` ${s.warnings.map(describeProblem).join(' ')}` : ''}`;
    case 'failed':
      return `Could not re-sign: ${describeProblem(s.problem)}`;
  }
}

export function SigningControls({
  tokenAlg,
  hasToken,
  encoding,
  signing,
  keyMismatch,
  dispatch,
}: SigningControlsProps) {
  const [chosenAlg, setChosenAlg] = useState<string>('HS256');
  const [rsaBits, setRsaBits] = useState(2048);
  const [generating, setGenerating] = useState(false);
  const [generated, setGenerated] = useState<GeneratedKey | undefined>();
  const [generateError, setGenerateError] = useState<string | undefined>();
  const [expiresIn, setExpiresIn] = useState('1h');
  const alg = tokenAlg ?? chosenAlg;
  const known = alg === 'none' || (SELECTABLE_JWS_ALGS as readonly string[]).includes(alg);

  const startToken = (withAlg: string) =>
    dispatch({
      type: 'templateChosen',
      header: { alg: withAlg, typ: 'JWT' },
      payload: TEMPLATES[0]!.make(nowSeconds()),
    });

  const onAlgChanged = (next: string) => {
    setChosenAlg(next);
    if (hasToken) dispatch({ type: 'algChanged', alg: next });
    else startToken(next);
  };

  const onGenerate = async () => {
    if (alg === 'none' || !known) return;
    setGenerating(true);
    setGenerateError(undefined);
    const result = await generateKey(alg as JwsAlg, { modulusLength: rsaBits, encoding });
    setGenerating(false);
    if (!result.ok) {
      setGenerateError(describeProblem(result.problem));
      return;
    }
    setGenerated(result.value);
    if (!hasToken) startToken(alg);
    dispatch({
      type: 'keyGenerated',
      text: result.value.kind === 'secret' ? result.value.secret : result.value.privatePem,
    });
  };

  const expSeconds = parseDuration(expiresIn);
  const signingText = describeSigning(signing);

  return (
    <div className="signing-controls">
      <div className="row">
        <label className="inline">
          Algorithm
          <select
            data-testid="alg-select"
            value={known ? alg : ''}
            onChange={(e) => onAlgChanged(e.target.value)}
          >
            {!known && <option value="">{alg} (not supported here)</option>}
            {SELECTABLE_JWS_ALGS.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
            <option value="none">none (unsecured)</option>
          </select>
        </label>
        {alg.startsWith('RS') || alg.startsWith('PS') ? (
          <label className="inline">
            RSA size
            <select
              data-testid="rsa-size"
              value={rsaBits}
              onChange={(e) => setRsaBits(Number(e.target.value))}
            >
              {RSA_MODULUS_LENGTHS.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <button
          type="button"
          data-testid="generate-key"
          onClick={() => void onGenerate()}
          disabled={generating || alg === 'none' || !known}
          aria-busy={generating}
        >
          {generating ? 'Generating…' : `Generate ${alg.startsWith('HS') ? 'secret' : 'key'}`}
        </button>
      </div>
      {alg === 'none' && (
        <p className="hint" data-testid="alg-none-warning">
          alg “none” makes an unsecured token: anyone can change it, and no correct verifier accepts it.
        </p>
      )}
      {keyMismatch && (
        <p className="hint" data-testid="key-mismatch">
          {keyMismatch} Press “Generate” for a fitting key.
        </p>
      )}
      {generateError && <p className="field-error">{generateError}</p>}
      {signingText && (
        <p
          className={`status state-${signing.state}`}
          data-testid="signing-status"
          data-state={signing.state}
        >
          {signingText}
        </p>
      )}
      {generated?.kind === 'key-pair' && (
        <details className="generated-key" open>
          <summary>Generated {generated.alg} key pair (the private key is in the key box)</summary>
          <CopyText label="Public key (PEM)" testid="generated-public-pem" text={generated.publicPem} />
          <CopyText
            label="Public key (JWK)"
            testid="generated-public-jwk"
            text={JSON.stringify(generated.publicJwk, null, 2)}
          />
          <CopyText
            label="Private key (JWK)"
            testid="generated-private-jwk"
            text={JSON.stringify(generated.privateJwk, null, 2)}
          />
        </details>
      )}
      <fieldset className="claim-helpers">
        <legend>Claims</legend>
        <button
          type="button"
          data-testid="set-iat-now"
          onClick={() => dispatch({ type: 'claimsPatched', patch: { iat: nowSeconds() } })}
        >
          iat = now
        </button>
        <span className="inline">
          <button
            type="button"
            data-testid="set-exp"
            disabled={expSeconds === undefined}
            onClick={() =>
              expSeconds !== undefined &&
              dispatch({ type: 'claimsPatched', patch: { exp: nowSeconds() + expSeconds } })
            }
          >
            exp = now +
          </button>
          <input
            aria-label="Expires in (e.g. 30m, 1h, 7d)"
            data-testid="exp-duration"
            className="duration"
            value={expiresIn}
            aria-invalid={expSeconds === undefined}
            onChange={(e) => setExpiresIn(e.target.value)}
          />
        </span>
        <button
          type="button"
          data-testid="set-nbf-now"
          onClick={() => dispatch({ type: 'claimsPatched', patch: { nbf: nowSeconds() } })}
        >
          nbf = now
        </button>
        <button
          type="button"
          data-testid="set-jti"
          onClick={() => dispatch({ type: 'claimsPatched', patch: { jti: randomId() } })}
        >
          random jti
        </button>
        <label className="inline">
          <span className="visually-hidden">Start from a template</span>
          <select
            data-testid="template-select"
            value=""
            onChange={(e) => {
              const t = TEMPLATES.find((x) => x.id === e.target.value);
              if (t)
                dispatch({
                  type: 'templateChosen',
                  header: { alg: alg === '' ? 'HS256' : alg, typ: 'JWT' },
                  payload: t.make(nowSeconds()),
                });
            }}
          >
            <option value="">Start from a template…</option>
            {TEMPLATES.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
    </div>
  );
}
