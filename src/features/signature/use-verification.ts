// Verifies the token's signature whenever the token or the key changes; stale checks are aborted and dropped.
import { useEffect, useMemo, useState } from 'react';
import { parseKeyInput } from '../../core/keys/keys';
import type { KeyInputReading, SecretEncoding } from '../../core/keys/keys';
import { verifyDecodedToken } from '../../core/jws/verify';
import type { SignatureReport } from '../../core/jws/verify';
import type { DecodedToken } from '../../core/token/token';

export interface Verification {
  reading: KeyInputReading;
  report: SignatureReport;
  /** True until the report matches the current token and key. */
  busy: boolean;
}

export function useVerification(
  decoded: DecodedToken,
  keyText: string,
  encoding: SecretEncoding,
): Verification {
  const reading = useMemo(() => parseKeyInput(keyText, encoding), [keyText, encoding]);
  const [result, setResult] = useState<{ for: unknown[]; report: SignatureReport }>({
    for: [],
    report: { state: 'not-applicable', warnings: [] },
  });
  useEffect(() => {
    const controller = new AbortController();
    verifyDecodedToken(decoded, reading, controller.signal).then(
      (report) => {
        if (!controller.signal.aborted) setResult({ for: [decoded, reading], report });
      },
      (e: unknown) => {
        if (!controller.signal.aborted) throw e;
      },
    );
    return () => controller.abort();
  }, [decoded, reading]);
  const busy = result.for[0] !== decoded || result.for[1] !== reading;
  return { reading, report: result.report, busy };
}
