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
import { ValueSelect } from '../../shared/form-controls';
import { CopyText } from './copy-text';
import { randomId, TEMPLATES } from './templates';
import { signingMessages } from '../../i18n/en/signing';
import { useMessages } from '../../i18n/use-messages';
import type { MessagesOf } from '../../i18n/catalogue';

type SigningText = MessagesOf<typeof signingMessages>;

const TEMPLATE_KEYS: Record<string, 'templateLogin' | 'templateRegistered' | 'templateService'> = {
  login: 'templateLogin',
  registered: 'templateRegistered',
  service: 'templateService',
};

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

function describeSigning(s: SigningState, t: SigningText): string | undefined {
  switch (s.state) {
    case 'idle':
      return undefined;
    case 'needs-key':
      return t.needsKey({ forAlg: s.alg ? t.forAlg({ alg: s.alg }) : '' });
    case 'signing':
      return t.resigning;
    case 'signed':
      return `${t.resigned}${s.warnings.length ? ` ${s.warnings.map((w) => describeProblem(w)).join(' ')}` : ''}`;
    case 'failed':
      return t.couldNotResign({ reason: describeProblem(s.problem) });
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
  const t = useMessages(signingMessages);
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
  const signingText = describeSigning(signing, t);
  // A claim helper: sets claims in the payload, with values computed when it is pressed.
  const patchButton = (testid: string, label: string, patch: () => Record<string, unknown>) => (
    <button
      type="button"
      data-testid={testid}
      onClick={() => dispatch({ type: 'claimsPatched', patch: patch() })}
    >
      {label}
    </button>
  );

  return (
    <div className="signing-controls">
      <div className="row">
        <label className="inline">
          {t.algorithm}
          <select
            data-testid="alg-select"
            value={known ? alg : ''}
            onChange={(e) => onAlgChanged(e.target.value)}
          >
            {!known && <option value="">{t.notSupportedHere({ alg })}</option>}
            {SELECTABLE_JWS_ALGS.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
            <option value="none">{t.noneUnsecured}</option>
          </select>
        </label>
        {alg.startsWith('RS') || alg.startsWith('PS') ? (
          <ValueSelect
            label={t.rsaSize}
            testid="rsa-size"
            value={rsaBits}
            values={RSA_MODULUS_LENGTHS}
            onChange={(value) => setRsaBits(Number(value))}
          />
        ) : null}
        <button
          type="button"
          data-testid="generate-key"
          onClick={() => void onGenerate()}
          disabled={generating || alg === 'none' || !known}
          aria-busy={generating}
        >
          {generating ? t.generating : alg.startsWith('HS') ? t.generateSecret : t.generateKey}
        </button>
      </div>
      {alg === 'none' && (
        <p className="hint" data-testid="alg-none-warning">
          {t.algNoneWarning}
        </p>
      )}
      {keyMismatch && (
        <p className="hint" data-testid="key-mismatch">
          {keyMismatch} {t.pressGenerate}
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
          <summary>{t.generatedPair({ alg: generated.alg })}</summary>
          <CopyText label={t.publicPem} testid="generated-public-pem" text={generated.publicPem} />
          <CopyText
            label={t.publicJwk}
            testid="generated-public-jwk"
            text={JSON.stringify(generated.publicJwk, null, 2)}
          />
          <CopyText
            label={t.privateJwk}
            testid="generated-private-jwk"
            text={JSON.stringify(generated.privateJwk, null, 2)}
          />
        </details>
      )}
      <fieldset className="claim-helpers">
        <legend>{t.claims}</legend>
        {patchButton('set-iat-now', t.iatNow, () => ({ iat: nowSeconds() }))}
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
            {t.expNowPlus}
          </button>
          <input
            aria-label={t.expiresIn}
            data-testid="exp-duration"
            className="duration"
            value={expiresIn}
            aria-invalid={expSeconds === undefined}
            onChange={(e) => setExpiresIn(e.target.value)}
          />
        </span>
        {patchButton('set-nbf-now', t.nbfNow, () => ({ nbf: nowSeconds() }))}
        {patchButton('set-jti', t.randomJti, () => ({ jti: randomId() }))}
        <label className="inline">
          <span className="visually-hidden">{t.startTemplate}</span>
          <select
            data-testid="template-select"
            value=""
            onChange={(e) => {
              const template = TEMPLATES.find((x) => x.id === e.target.value);
              if (template)
                dispatch({
                  type: 'templateChosen',
                  header: { alg: alg === '' ? 'HS256' : alg, typ: 'JWT' },
                  payload: template.make(nowSeconds()),
                });
            }}
          >
            <option value="">{t.startTemplateOption}</option>
            {TEMPLATES.map((template) => (
              <option key={template.id} value={template.id}>
                {TEMPLATE_KEYS[template.id] ? t[TEMPLATE_KEYS[template.id]!] : template.label}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
    </div>
  );
}
