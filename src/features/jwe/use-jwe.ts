// Decrypts the JWE in the pane (and verifies a nested JWS inside it); stale work is aborted and dropped.
// Encrypting lives in use-encryption.ts, which only the lazy encrypt panel loads.
import { useMemo } from 'react';
import type { DecryptionReport } from '../../core/jwe';
import type { SecretEncoding } from '../../core/keys';
import { formatJson, type DecodedToken, type JsonObject } from '../../core/token';
import type { SignatureReport } from '../../core/jws';
import { errorDetail, useAsyncResult } from '../../shared/use-async-result';

// The JWE core (and jose's JWE code) loads only when a JWE is pasted or the encrypt panel is used, keeping
// the first verdict for an ordinary JWS within the size budget.
export const loadJwe = () => import('../../core/jwe/lazy');

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
  const result = useAsyncResult(
    [token, keyText, encoding],
    token === ''
      ? undefined
      : (signal) => loadJwe().then((m) => m.decryptToken(token, keyText, { encoding, signal })),
    // decryptToken rejects only on abort; anything else is a bug, shown rather than thrown away.
    (e): DecryptionReport => ({
      state: 'failed',
      problem: { code: 'jwe-unexpected-error', detail: errorDetail(e) },
    }),
  );
  const busy = active && !result.current;
  const report = active && !busy ? (result.value ?? IDLE) : IDLE;

  const nestedReport = report.state === 'decrypted' && report.nested ? report : undefined;
  const nestedResult = useAsyncResult(
    [nestedReport, nestedKeyText],
    nestedReport
      ? (signal) => loadJwe().then((m) => m.verifyNestedToken(nestedReport, nestedKeyText, { signal }))
      : undefined,
    (e): SignatureReport => ({
      state: 'key-error',
      problem: { code: 'jwe-unexpected-error', detail: errorDetail(e) },
      warnings: [],
    }),
  );

  const view = useMemo(() => readPlaintextView(report), [report]);
  let nested: NestedVerification | undefined;
  if (nestedReport?.inner) {
    const nestedBusy = !nestedResult.current;
    nested = {
      inner: nestedReport.inner,
      report: nestedBusy ? NOT_CHECKED : (nestedResult.value ?? NOT_CHECKED),
      busy: nestedBusy,
    };
  }
  return { active, report, busy, ...view, nested };
}
