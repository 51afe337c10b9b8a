// Making an SD-JWT from the payload editor: which claims become disclosable, decoys, a holder key; then which to present.
import { useEffect, useRef, useState } from 'react';
import type { InputHTMLAttributes } from 'react';
import type { KeyInputReading } from '../../core/keys';
import type { DecodedToken, JsonObject } from '../../core/token';
import type { MadeSdJwt } from '../../core/sd-jwt';
import { splitList } from '../../core/claims';
import type { ValidationInputs } from '../../shared/debugger-state';
import { describeMakeProblem } from './describe-sd-jwt';
import { sdJwtMessages } from '../../i18n/en/sd-jwt';
import { useMessages } from '../../i18n/use-messages';

const loadCore = () => import('../../core/sd-jwt');

export interface SdJwtMakerProps {
  decoded: DecodedToken;
  /** The key box's key: it signs the issuer JWT. */
  keyReading: KeyInputReading;
  /** The KB-JWT's aud is the first expected audience; its nonce the expected nonce (an input of this panel). */
  validation: ValidationInputs;
  onToken: (text: string) => void;
  onValidationChanged: (field: keyof ValidationInputs, value: string) => void;
}

interface Source {
  token: string;
  header: JsonObject;
  claims: JsonObject;
}

type Made = { state: 'made'; value: MadeSdJwt } | { state: 'error'; message: string };

export function SdJwtMaker({
  decoded,
  keyReading,
  validation,
  onToken,
  onValidationChanged,
}: SdJwtMakerProps) {
  const { audience, nonce = '' } = validation;
  const t = useMessages(sdJwtMessages);
  const [paths, setPaths] = useState('');
  const [decoys, setDecoys] = useState('0');
  const [holderKey, setHolderKey] = useState('');
  const [source, setSource] = useState<Source>();
  const [made, setMade] = useState<Made>();
  const [chosen, setChosen] = useState<boolean[]>([]);
  const [presentError, setPresentError] = useState<string>();
  /** The last token this panel put in the token box: seeing it come back is not a new source. */
  const output = useRef<string | undefined>(undefined);
  const active = paths.trim() !== '';
  const current = decoded.sdJwt?.text ?? decoded.token;
  const header = decoded.header?.value;
  const view = decoded.payload?.view;
  const claims = view?.type === 'claims' ? view.claims : undefined;

  // What the user made selectively disclosable is taken from the token as it was before making.
  useEffect(() => {
    if (!active || current === output.current || !header || !claims) return;
    setSource((s) => (s?.token === current ? s : { token: current, header, claims }));
  }, [active, current, header, claims]);

  useEffect(() => {
    if (!active || !source) return;
    let stale = false;
    void loadCore().then(async (core) => {
      const result = await core.makeSdJwt({
        header: source.header,
        claims: source.claims,
        paths,
        decoys: Number(decoys) || 0,
        issuerKey: keyReading,
        holderKeyText: holderKey,
      });
      if (stale) return;
      if (result.ok) {
        setMade({ state: 'made', value: result.value });
        setChosen(result.value.disclosures.map(() => true));
      } else setMade({ state: 'error', message: describeMakeProblem(result.problem) });
    });
    return () => {
      stale = true;
    };
  }, [active, source, paths, decoys, holderKey, keyReading]);

  // Presenting: the chosen disclosures, re-bound with a fresh KB-JWT whenever the choice, aud or nonce change.
  useEffect(() => {
    if (!active || made?.state !== 'made') return;
    let stale = false;
    const { issuerJwt, disclosures } = made.value;
    void loadCore().then(async (core) => {
      const result = await core.presentSdJwt({
        issuerJwt,
        disclosures: disclosures.filter((_, i) => chosen[i] !== false).map((d) => d.raw),
        holderKeyText: holderKey,
        audience: splitList(audience)[0] ?? '',
        nonce: nonce.trim(),
        now: Math.floor(Date.now() / 1000),
      });
      if (stale) return;
      if (result.ok) {
        setPresentError(undefined);
        output.current = result.value;
        onToken(result.value);
      } else setPresentError(describeMakeProblem(result.problem));
    });
    return () => {
      stale = true;
    };
  }, [active, made, chosen, holderKey, audience, nonce, onToken]);

  // Clearing the claims gives the token back as it was.
  const wasActive = useRef(false);
  useEffect(() => {
    if (wasActive.current && !active && source) {
      output.current = undefined;
      onToken(source.token);
      setSource(undefined);
      setMade(undefined);
    }
    wasActive.current = active;
  }, [active, source, onToken]);

  const status = !active
    ? 'idle'
    : made === undefined
      ? 'making'
      : made.state === 'error' || presentError
        ? 'error'
        : 'made';
  return (
    <fieldset className="panel validation-options sd-jwt-maker">
      <legend>{t.makerLegend}</legend>
      <TextField
        label={t.expectedNonce}
        testid="expected-nonce"
        value={nonce}
        placeholder={t.noncePlaceholder}
        onText={(v) => onValidationChanged('nonce', v)}
        spellCheck={false}
      />
      <TextField
        label={t.disclosable}
        testid="sd-claims-input"
        value={paths}
        placeholder="given_name, address.street_address, nationalities[0]"
        onText={setPaths}
        spellCheck={false}
      />
      <TextField label={t.decoys} testid="sd-decoys" value={decoys} inputMode="numeric" onText={setDecoys} />
      <label>
        <span>{t.holderKey}</span>
        <textarea
          data-testid="holder-key-input"
          value={holderKey}
          rows={3}
          placeholder={t.holderKeyPlaceholder}
          onChange={(e) => setHolderKey(e.target.value)}
          spellCheck={false}
        />
      </label>
      <p className="muted" data-testid="sd-make-status" data-state={status}>
        {status === 'idle' && t.makerIdle}
        {status === 'making' && t.making}
        {status === 'error' && (made?.state === 'error' ? made.message : presentError)}
        {status === 'made' &&
          made?.state === 'made' &&
          `${t.made(made.value.disclosures.length)}${holderKey.trim() ? t.boundToHolder : ''}${t.choose}`}
      </p>
      {status === 'made' && made?.state === 'made' && (
        <ul className="sd-present-list">
          {made.value.disclosures.map((d, i) => (
            <li key={d.digest}>
              <label>
                <input
                  type="checkbox"
                  data-testid="sd-present"
                  data-path={d.path}
                  checked={chosen[i] !== false}
                  onChange={(e) => setChosen((c) => c.map((v, j) => (j === i ? e.target.checked : v)))}
                />{' '}
                <code>{d.path}</code>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

/** One input with its words above it; `onText` gets what is typed, the other props go to the input. */
function TextField({
  label,
  testid,
  onText,
  ...input
}: {
  label: string;
  testid: string;
  onText: (text: string) => void;
} & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <label>
      <span>{label}</span>
      <input data-testid={testid} {...input} onChange={(e) => onText(e.target.value)} />
    </label>
  );
}
