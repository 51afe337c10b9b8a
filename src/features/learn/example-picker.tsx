// A picker of example tokens, one per alg: each is made fresh in the page (new key, signed token, key in the box).
import { useRef, useState } from 'react';
import { SELECTABLE_JWS_ALGS } from '../../core/jws';
import type { JwsAlg } from '../../core/jws';
import { describeProblem } from '../../shared/describe-problem';
import type { Example } from './make-example';
import { learnMessages } from '../../i18n/en/learn';
import { useMessages } from '../../i18n/use-messages';
import type { MessagesOf } from '../../i18n/catalogue';

export type { Example };

export interface ExamplePickerProps {
  onExample: (example: Example) => void;
}

const ALG_NAMES: Record<string, string> = {
  hmac: 'HMAC',
  RS: 'RSA PKCS#1 v1.5',
  PS: 'RSA-PSS',
  ES: 'ECDSA',
};

function optionText(alg: JwsAlg, t: MessagesOf<typeof learnMessages>): string {
  if (alg.startsWith('HS')) return t.hmacSecret({ alg });
  if (alg === 'EdDSA' || alg === 'Ed25519') return t.keyPair({ alg, family: 'Ed25519' });
  if (alg === 'Ed448') return t.keyPair({ alg, family: 'Ed448' });
  if (alg === 'ES256K') return t.keyPair({ alg, family: 'ECDSA secp256k1' });
  if (alg.startsWith('ML-DSA-')) return t.keyPair({ alg, family: 'ML-DSA (AKP)' });
  return t.keyPair({ alg, family: ALG_NAMES[alg.slice(0, 2)] ?? '' });
}

export function ExamplePicker({ onExample }: ExamplePickerProps) {
  const t = useMessages(learnMessages);
  const [busy, setBusy] = useState<JwsAlg | undefined>();
  const [error, setError] = useState<string | undefined>();
  const latest = useRef(0);
  const pick = async (alg: JwsAlg) => {
    // Only the last pick counts: an RSA key takes a moment, and the user may pick again meanwhile.
    const ticket = ++latest.current;
    setBusy(alg);
    setError(undefined);
    // Loaded on first pick: key generation and signing are not needed before the first verdict.
    const { makeExample } = await import('./make-example');
    const example = await makeExample(alg, Math.floor(Date.now() / 1000));
    if (ticket !== latest.current) return;
    setBusy(undefined);
    if (example.ok) onExample(example.value);
    else setError(describeProblem(example.problem));
  };
  return (
    <>
      <select
        data-testid="example-select"
        aria-label={t.loadExample}
        aria-busy={busy ? 'true' : undefined}
        data-busy={busy ? 'true' : undefined}
        value={busy ?? ''}
        onChange={(e) => {
          if (e.target.value) void pick(e.target.value as JwsAlg);
        }}
      >
        <option value="">{busy ? t.making({ alg: busy }) : t.example}</option>
        {SELECTABLE_JWS_ALGS.map((alg) => (
          <option key={alg} value={alg}>
            {optionText(alg, t)}
          </option>
        ))}
      </select>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
