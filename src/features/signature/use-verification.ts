// Verifies the token's signature whenever the token or the key changes; stale checks are aborted and dropped.
import { useMemo } from 'react';
import { parseKeyInput } from '../../core/keys/keys';
import type { KeyInputReading, SecretEncoding } from '../../core/keys/keys';
import { verifyDecodedToken } from '../../core/jws/verify';
import type { SignatureReport } from '../../core/jws/verify';
import type { DecodedToken } from '../../core/token/token';
import { useAsyncResult } from '../../shared/use-async-result';

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
  const result = useAsyncResult([decoded, reading], (signal) => verifyDecodedToken(decoded, reading, signal));
  return { reading, report: result.value ?? NOT_YET, busy: !result.current };
}

const NOT_YET: SignatureReport = { state: 'not-applicable', warnings: [] };
