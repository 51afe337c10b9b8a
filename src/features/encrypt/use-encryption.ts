// Encrypts the current claims (or signed token) to a JWE, live, and probes which algorithms WebCrypto can do.
// Only the lazy encrypt panel uses it, so it stays out of the first verdict's bundle.
import type { JweAlg, JweEnc } from '../../core/jwe';
import type { SecretEncoding } from '../../core/keys';
import type { Problem } from '../../core/shared';
const loadJwe = () => import('../../core/jwe/lazy');
import { errorDetail, useAsyncResult } from '../../shared/use-async-result';

export interface JweChoices {
  algs: JweAlg[];
  encs: JweEnc[];
}

/** The algorithms this browser's WebCrypto can do, probed once; undefined until the probe answers. */
export function useJweChoices(): JweChoices | undefined {
  const choices = useAsyncResult(
    [],
    () => loadJwe().then(async (m) => m.supportedJweAlgs(await m.probeJweSupport())),
    // A WebCrypto that cannot even be probed: offer what every browser has.
    (): JweChoices => ({ algs: ['dir', 'A128KW', 'A256KW'], encs: ['A128GCM', 'A256GCM'] }),
  );
  return choices.value;
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
  const result = useAsyncResult<Omit<Encryption, 'busy'>>(
    [plaintext, alg, enc, keyText, encoding, nested, zip],
    (): Promise<Omit<Encryption, 'busy'>> | Omit<Encryption, 'busy'> => {
      if (plaintext === undefined || keyText.trim() === '') return { output: '', state: 'empty' };
      return loadJwe()
        .then((m) =>
          m.encryptPayload({ plaintext, alg, enc, keyText, encoding, cty: nested ? 'JWT' : undefined, zip }),
        )
        .then((made) =>
          made.ok
            ? { output: made.value, state: 'ok' }
            : { output: '', state: 'error', problem: made.problem },
        );
    },
    (e) => ({
      output: '',
      state: 'error',
      problem: { code: 'jwe-unexpected-error', detail: errorDetail(e) },
    }),
  );
  return { ...(result.value ?? { output: '', state: 'empty' }), busy: !result.current };
}
