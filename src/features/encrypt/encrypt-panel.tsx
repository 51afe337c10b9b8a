// Encrypt: the current claims (or, nested, the current signed token) to a compact JWE for a recipient key, live.
import { useRef, useState } from 'react';
import { generateJweKey, JWE_ALG_INFO, isJweAlg, isJweEnc } from '../../core/jwe/lazy';
import type { GenerateJweKeyOptions } from '../../core/jwe';
import type { SecretEncoding } from '../../core/keys';
import { useEncryption, useJweChoices } from './use-encryption';
import { describeEncryption } from './describe-encryption';
import { Checkbox, ValueSelect } from '../../shared/form-controls';
import { SecretEncodingSelect } from '../../shared/secret-encoding-select';
import { encryptMessages } from '../../i18n/en/encrypt';
import { jweWordingMessages } from '../../i18n/en/jwe-wording';
import { useMessages } from '../../i18n/use-messages';

type Curve = NonNullable<GenerateJweKeyOptions['curve']>;
const CURVES: Curve[] = ['P-256', 'P-384', 'P-521', 'X25519'];

export interface EncryptPanelProps {
  /** The current claims as JSON text (or the payload text); undefined when there are none. */
  claimsText: string | undefined;
  /** The current signed compact JWS, for nested encryption; undefined when there is none. */
  signedToken: string | undefined;
  /** Puts a generated private key in the key box, so the output can be decrypted right here. */
  onUseAsDecryptionKey: (text: string) => void;
  /** The claims are a deferred render behind the token (app/use-later-inputs.ts): busy until they catch up. */
  stale?: boolean;
}

export function EncryptPanel({
  claimsText,
  signedToken,
  onUseAsDecryptionKey,
  stale = false,
}: EncryptPanelProps) {
  const words = useMessages(jweWordingMessages);
  const choices = useJweChoices();
  const t = useMessages(encryptMessages);
  const [alg, setAlg] = useState('RSA-OAEP-256');
  const [enc, setEnc] = useState('A256GCM');
  const [keyText, setKeyText] = useState('');
  const [encoding, setEncoding] = useState<SecretEncoding>('utf8');
  const [nested, setNested] = useState(false);
  const [zip, setZip] = useState(false);
  const [curve, setCurve] = useState<Curve>('P-256');
  const [generated, setGenerated] = useState<{ privateText?: string; error?: string }>();
  const [generating, setGenerating] = useState(false);
  const generation = useRef(0);

  const plaintext = nested ? signedToken : claimsText;
  const encryption = useEncryption({ plaintext, alg, enc, keyText, encoding, nested, zip });
  const family = isJweAlg(alg) ? JWE_ALG_INFO[alg].family : undefined;

  // Choosing another alg or enc forgets the last generated key (or why generating failed).
  const choosing = (set: (value: string) => void) => (value: string) => {
    set(value);
    setGenerated(undefined);
  };

  const generate = () => {
    if (!isJweAlg(alg) || !isJweEnc(enc)) return;
    const id = ++generation.current;
    setGenerating(true);
    generateJweKey(alg, enc, { curve }).then(
      (key) => {
        if (id !== generation.current) return;
        setGenerating(false);
        setKeyText(key.publicText);
        setEncoding('utf8');
        setGenerated({ privateText: key.privateText });
      },
      (e: unknown) => {
        if (id !== generation.current) return;
        setGenerating(false);
        setGenerated({ error: e instanceof Error ? e.message || e.name : String(e) });
      },
    );
  };

  const status = describeEncryption(
    encryption.state,
    encryption.problem,
    {
      hasPlaintext: plaintext !== undefined,
      nested,
      alg,
      enc,
    },
    words,
  );
  const shownState = plaintext === undefined ? 'empty' : encryption.state;

  return (
    <section className="panel encrypt-panel" aria-labelledby="encrypt-heading">
      <h2 id="encrypt-heading">{t.heading}</h2>
      <div className="row">
        <ValueSelect
          label={t.keyManagement}
          testid="jwe-alg-select"
          value={alg}
          values={choices?.algs ?? [alg]}
          disabled={!choices}
          onChange={choosing(setAlg)}
        />
        <ValueSelect
          label={t.contentEncryption}
          testid="jwe-enc-select"
          value={enc}
          values={choices?.encs ?? [enc]}
          disabled={!choices}
          onChange={choosing(setEnc)}
        />
      </div>
      <div className="row">
        <Checkbox testid="encrypt-nested" checked={nested} onChange={setNested}>
          {t.nested}
        </Checkbox>
        <Checkbox testid="encrypt-zip" checked={zip} onChange={setZip}>
          {t.compress}
        </Checkbox>
      </div>
      <label htmlFor="encryption-key-input">{family === 'pbes2' ? t.password : t.recipientKey}</label>
      <textarea
        id="encryption-key-input"
        data-testid="encryption-key-input"
        value={keyText}
        spellCheck={false}
        autoComplete="off"
        placeholder={family === 'pbes2' ? t.passwordPlaceholder : t.keyPlaceholder}
        onChange={(e) => setKeyText(e.target.value)}
      />
      <div className="row">
        {family !== 'pbes2' && (
          <SecretEncodingSelect testid="encryption-key-encoding" value={encoding} onChange={setEncoding} />
        )}
        {family === 'ecdh-es' && (
          <ValueSelect
            label={t.curve}
            testid="jwe-curve-select"
            value={curve}
            values={CURVES}
            onChange={(value) => setCurve(value as Curve)}
          />
        )}
        <button
          type="button"
          data-testid="generate-encryption-key"
          disabled={generating || !isJweAlg(alg) || !isJweEnc(enc)}
          onClick={generate}
        >
          {generating ? t.generating : t.generateFor({ alg })}
        </button>
      </div>
      {generated?.error !== undefined && (
        <p className="status state-error" role="alert">
          {t.couldNotGenerate({ reason: generated.error })}
        </p>
      )}
      {generated?.privateText !== undefined && (
        <GeneratedKey
          label={
            family === 'pbes2'
              ? t.keepPassword
              : family === 'rsa-oaep' || family === 'ecdh-es'
                ? t.keepPrivateKey
                : t.keepSecret
          }
          text={generated.privateText}
          onUse={onUseAsDecryptionKey}
        />
      )}
      <p
        className={`status state-${shownState === 'error' ? 'error' : shownState === 'ok' ? 'ok' : 'empty'}`}
        data-testid="encrypt-status"
        data-state={shownState}
        data-busy={encryption.busy || stale ? 'true' : undefined}
        role="status"
        aria-live="polite"
      >
        {status}
      </p>
      <label htmlFor="encrypt-output">{t.compactJwe}</label>
      <textarea
        id="encrypt-output"
        data-testid="encrypt-output"
        className="encrypt-output"
        value={encryption.output}
        readOnly
        data-busy={encryption.busy || stale ? 'true' : undefined}
        spellCheck={false}
      />
    </section>
  );
}

function GeneratedKey({
  label,
  text,
  onUse,
}: {
  label: string;
  text: string;
  onUse: (text: string) => void;
}) {
  const t = useMessages(encryptMessages);
  return (
    <div className="generated-key">
      <label htmlFor="generated-private-key">{label}</label>
      <textarea id="generated-private-key" data-testid="generated-private-key" value={text} readOnly />
      <button type="button" data-testid="use-generated-key" onClick={() => onUse(text)}>
        {t.useToDecrypt}
      </button>
    </div>
  );
}
