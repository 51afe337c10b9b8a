// Decrypts the JWE in the pane (and verifies a nested JWS inside it), and encrypts claims to a JWE; stale work is aborted and dropped.
import { useEffect, useMemo, useState } from 'react';
import type { DecryptionReport, JweAlg, JweEnc } from '../core/jwe';
import type { SecretEncoding } from '../core/keys';
import type { Problem } from '../core/problems';
import { formatJson, type DecodedToken, type JsonObject } from '../core/token';
import type { SignatureReport } from '../core/verify';

// The JWE core (and jose's JWE code) loads only when a JWE is pasted or the encrypt panel is used, keeping
// the first verdict for an ordinary JWS within the size budget.
const loadJwe = () => import('../core/jwe');

export interface NestedVerification {
  /** The signed JWT found inside the plaintext. */
  inner: DecodedToken;
  report: SignatureReport;
  busy: boolean;
}

export interface Decryption {
  /** True when the pane holds a JWE; everything else here is meaningless otherwise. */
  active: boolean;
  report: DecryptionReport;
  /** True until the report matches the current token and key. */
  busy: boolean;
  /** The claims to judge: the plaintext's claims set, or the nested JWS's payload. */
  claims?: JsonObject;
  /** What the payload editor shows: the claims pretty-printed, else the plaintext as text. */
  payloadText: string;
  payloadIsJson: boolean;
  nested?: NestedVerification;
}

const IDLE: DecryptionReport = { state: 'no-key' };
const NOT_CHECKED: SignatureReport = { state: 'no-key', warnings: [] };

function readPlaintextView(
  report: DecryptionReport,
): Pick<Decryption, 'claims' | 'payloadText' | 'payloadIsJson'> {
  if (report.state !== 'decrypted') return { payloadText: '', payloadIsJson: true };
  const innerView = report.nested ? report.inner?.payload?.view : undefined;
  if (innerView?.type === 'claims') {
    return { claims: innerView.claims, payloadText: formatJson(innerView.claims), payloadIsJson: true };
  }
  if (report.claims)
    return { claims: report.claims, payloadText: formatJson(report.claims), payloadIsJson: true };
  return { payloadText: report.plaintext ?? '', payloadIsJson: false };
}

/**
 * Decrypts a JWE with the key box's text, then verifies a signed JWT inside it with the nested key. For a token
 * that is not a JWE it does nothing.
 */
export function useDecryption(
  decoded: DecodedToken,
  keyText: string,
  encoding: SecretEncoding,
  nestedKeyText: string,
): Decryption {
  const active = decoded.kind === 'jwe';
  const token = active ? decoded.token : '';
  const [result, setResult] = useState<{ for: unknown[]; report: DecryptionReport }>({
    for: [],
    report: IDLE,
  });
  useEffect(() => {
    if (token === '') return;
    const controller = new AbortController();
    loadJwe()
      .then((m) => m.decryptToken(token, keyText, { encoding, signal: controller.signal }))
      .then(
        (report) => {
          if (!controller.signal.aborted) setResult({ for: [token, keyText, encoding], report });
        },
        (e: unknown) => {
          // decryptToken rejects only on abort; anything else is a bug, shown rather than thrown away.
          if (!controller.signal.aborted) {
            setResult({
              for: [token, keyText, encoding],
              report: {
                state: 'failed',
                problem: { code: 'jwe-unexpected-error', detail: e instanceof Error ? e.message : String(e) },
              },
            });
          }
        },
      );
    return () => controller.abort();
  }, [token, keyText, encoding]);
  const busy = active && (result.for[0] !== token || result.for[1] !== keyText || result.for[2] !== encoding);
  const report = active && !busy ? result.report : IDLE;

  const nestedReport = report.state === 'decrypted' && report.nested ? report : undefined;
  const [nestedResult, setNestedResult] = useState<{ for: unknown[]; report: SignatureReport }>({
    for: [],
    report: NOT_CHECKED,
  });
  useEffect(() => {
    if (!nestedReport) return;
    const controller = new AbortController();
    loadJwe()
      .then((m) => m.verifyNestedToken(nestedReport, nestedKeyText, { signal: controller.signal }))
      .then(
        (inner) => {
          if (!controller.signal.aborted)
            setNestedResult({ for: [nestedReport, nestedKeyText], report: inner });
        },
        (e: unknown) => {
          if (!controller.signal.aborted) {
            setNestedResult({
              for: [nestedReport, nestedKeyText],
              report: {
                state: 'key-error',
                problem: { code: 'jwe-unexpected-error', detail: e instanceof Error ? e.message : String(e) },
                warnings: [],
              },
            });
          }
        },
      );
    return () => controller.abort();
  }, [nestedReport, nestedKeyText]);

  const view = useMemo(() => readPlaintextView(report), [report]);
  let nested: NestedVerification | undefined;
  if (nestedReport?.inner) {
    const nestedBusy = nestedResult.for[0] !== nestedReport || nestedResult.for[1] !== nestedKeyText;
    nested = {
      inner: nestedReport.inner,
      report: nestedBusy ? NOT_CHECKED : nestedResult.report,
      busy: nestedBusy,
    };
  }
  return { active, report, busy, ...view, nested };
}

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
