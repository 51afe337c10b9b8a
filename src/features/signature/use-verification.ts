// Verifies the token's signature whenever the token or the key changes; stale checks are aborted and dropped.
import { useEffect, useMemo, useState } from 'react';
import type * as KeysModule from '../../core/keys/lazy';
import type { KeyInputReading, SecretEncoding } from '../../core/keys';
import { reportWithoutCrypto, verifyDecodedToken } from '../../core/jws';
import type { SignatureReport } from '../../core/jws';
import type { DecodedToken } from '../../core/token';
import { useAsyncResult } from '../../shared/use-async-result';

/** The key reader: PEM, DER, X.509, JWK and JWKS parsing, key selection and jose's key import. */
export type KeyReader = typeof KeysModule;

// The key reader loads with the first key typed, not with the page: a pasted token with no key needs none of it,
// and it is a quarter of the first-verdict bundle.
const loadKeyReader = () => import('../../core/keys/lazy');

export interface Verification {
  reading: KeyInputReading;
  report: SignatureReport;
  /** True until the report matches the current token and key. */
  busy: boolean;
  /** The loaded key reader, once a key has been typed (a reading of state 'ok' implies it is here). */
  keyReader: KeyReader | undefined;
}

const EMPTY: KeyInputReading = { state: 'empty' };

export function useVerification(
  decoded: DecodedToken,
  keyText: string,
  encoding: SecretEncoding,
): Verification {
  const hasKey = keyText.trim() !== '';
  const [keyReader, setKeyReader] = useState<KeyReader>();
  useEffect(() => {
    if (!hasKey || keyReader) return;
    let live = true;
    void loadKeyReader().then((m) => live && setKeyReader(() => m));
    return () => {
      live = false;
    };
  }, [hasKey, keyReader]);
  // The hook owns the key reader's cache (a few readings and their imported keys, bounded in parse-key.ts).
  const cache = useMemo(() => keyReader?.createKeyReadCache(), [keyReader]);
  // Undefined while the reader loads: the check waits for it (busy) rather than judging without the key.
  const reading = useMemo(
    () => (!hasKey ? EMPTY : keyReader ? keyReader.parseKeyInput(keyText, encoding, cache) : undefined),
    [hasKey, keyReader, keyText, encoding, cache],
  );
  // Without a key (or when no cryptography is needed) the report is known in this render: the first verdict of
  // a pasted token or a #token= link needs no second render and loads nothing.
  const now = useMemo(
    () => (reading ? reportWithoutCrypto(decoded, reading) : undefined),
    [decoded, reading],
  );
  const result = useAsyncResult(
    [decoded, reading],
    reading && !now ? (signal) => verifyDecodedToken(decoded, reading, signal) : undefined,
  );
  if (now) return { reading: reading ?? EMPTY, report: now, busy: false, keyReader };
  return {
    reading: reading ?? EMPTY,
    report: result.value ?? NOT_YET,
    busy: !result.current || reading === undefined,
    keyReader,
  };
}

const NOT_YET: SignatureReport = { state: 'not-applicable', warnings: [] };
