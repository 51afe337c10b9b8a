// Encrypts the current claims (or signed token) to a JWE, live, and probes which algorithms WebCrypto can do.
// Only the lazy encrypt panel uses it, so it stays out of the first verdict's bundle.
import { useEffect, useState } from 'react';
import type { JweAlg, JweEnc } from '../../core/jwe/jwe';
import type { SecretEncoding } from '../../core/keys/keys';
import type { Problem } from '../../core/shared/problems';
import { loadJwe } from '../jwe/use-jwe';

export interface JweChoices {
  algs: JweAlg[];
  encs: JweEnc[];
}

/** The algorithms this browser's WebCrypto can do, probed once; undefined until the probe answers. */
export function useJweChoices(): JweChoices | undefined {
  const [choices, setChoices] = useState<JweChoices>();
  useEffect(() => {
    let live = true;
    loadJwe()
      .then(async (m) => m.supportedJweAlgs(await m.probeJweSupport()))
      .then(
        (found) => {
          if (live) setChoices(found);
        },
        () => {
          // A WebCrypto that cannot even be probed: offer what every browser has.
          if (live) setChoices({ algs: ['dir', 'A128KW', 'A256KW'], encs: ['A128GCM', 'A256GCM'] });
        },
      );
    return () => {
      live = false;
    };
  }, []);
  return choices;
}

export interface EncryptionRequest {
  /** The claims as JSON text or a signed compact JWS; undefined when there is nothing to encrypt. */
  plaintext: string | undefined;
  alg: string;
  enc: string;
  keyText: string;
  encoding: SecretEncoding;
  /** The plaintext is a signed JWT: the header gets cty "JWT" (RFC 7519 §5.2). */
  nested: boolean;
  zip?: boolean;
}

export interface Encryption {
  /** The compact JWE, or '' when none could be made. */
  output: string;
  /** `empty`: no plaintext or no key yet (nothing is wrong). */
  state: 'empty' | 'ok' | 'error';
  problem?: Problem;
  busy: boolean;
}

/** Encrypts the current claims (or signed token) to a compact JWE whenever any input changes. */
export function useEncryption({
  plaintext,
  alg,
  enc,
  keyText,
  encoding,
  nested,
  zip = false,
}: EncryptionRequest): Encryption {
  // Compared input by input: a key made with JSON.stringify copied (and escaped) a 1 MB payload on every render.
  const inputs = [plaintext, alg, enc, keyText, encoding, nested, zip];
  const [result, setResult] = useState<{ for: unknown[]; value: Omit<Encryption, 'busy'> }>({
    for: [],
    value: { output: '', state: 'empty' },
  });
  useEffect(() => {
    const done = (value: Omit<Encryption, 'busy'>) =>
      setResult({ for: [plaintext, alg, enc, keyText, encoding, nested, zip], value });
    if (plaintext === undefined || keyText.trim() === '') {
      done({ output: '', state: 'empty' });
      return;
    }
    const controller = new AbortController();
    loadJwe()
      .then((m) =>
        m.encryptPayload({ plaintext, alg, enc, keyText, encoding, cty: nested ? 'JWT' : undefined, zip }),
      )
      .then(
        (made) => {
          if (controller.signal.aborted) return;
          done(
            made.ok
              ? { output: made.value, state: 'ok' }
              : { output: '', state: 'error', problem: made.problem },
          );
        },
        (e: unknown) => {
          if (controller.signal.aborted) return;
          done({
            output: '',
            state: 'error',
            problem: { code: 'jwe-unexpected-error', detail: e instanceof Error ? e.message : String(e) },
          });
        },
      );
    return () => controller.abort();
  }, [plaintext, alg, enc, keyText, encoding, nested, zip]);
  const busy = result.for.length !== inputs.length || inputs.some((v, i) => v !== result.for[i]);
  return { ...result.value, busy };
}
