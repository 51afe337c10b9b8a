// A picker of example tokens, one per alg: each is made fresh in the page (new key, signed token, key in the box).
import { useRef, useState } from 'react';
import { SELECTABLE_JWS_ALGS } from '../../core/jws';
import type { JwsAlg } from '../../core/jws';
import { describeProblem } from '../../shared/describe-problem';
import type { Example } from './make-example';

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

function optionText(alg: JwsAlg): string {
  if (alg.startsWith('HS')) return `${alg} (${ALG_NAMES.hmac} secret)`;
  if (alg === 'EdDSA' || alg === 'Ed25519') return `${alg} (Ed25519 key pair)`;
  if (alg === 'Ed448') return 'Ed448 (Ed448 key pair)';
  if (alg === 'ES256K') return 'ES256K (ECDSA secp256k1 key pair)';
  if (alg.startsWith('ML-DSA-')) return `${alg} (post-quantum AKP key pair)`;
  return `${alg} (${ALG_NAMES[alg.slice(0, 2)] ?? ''} key pair)`;
}

export function ExamplePicker({ onExample }: ExamplePickerProps) {
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
        aria-label="Load an example token"
        aria-busy={busy ? 'true' : undefined}
        data-busy={busy ? 'true' : undefined}
        value={busy ?? ''}
        onChange={(e) => {
          if (e.target.value) void pick(e.target.value as JwsAlg);
        }}
      >
        <option value="">{busy ? `Making ${busy} example…` : 'Example…'}</option>
        {SELECTABLE_JWS_ALGS.map((alg) => (
          <option key={alg} value={alg}>
            {optionText(alg)}
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
