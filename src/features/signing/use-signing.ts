// Re-signs a token the user is composing (edited header/payload, changed alg, generated key) with the key box's key.
import { useMemo } from 'react';
import type { Dispatch } from 'react';
import type { KeyInputReading, KeyReader } from '../../core/keys';
import type { Problem } from '../../core/shared';
import type { DecodedToken } from '../../core/token';
import type { DebuggerEvent, DebuggerState } from '../../shared/debugger-state';
import { useAsyncResult } from '../../shared/use-async-result';

// Signing only happens once the user edits a token: load it then, off the first-verdict bundle.
const loadSign = () => import('../../core/jws/lazy');

export type SigningState =
  /** The token was pasted: it is judged as it stands. */
  | { state: 'idle' }
  /** Edited, and the key box holds no key that can sign this alg. */
  | { state: 'needs-key'; alg?: string }
  | { state: 'signing' }
  | { state: 'signed'; warnings: Problem[] }
  | { state: 'failed'; problem: Problem };

/** What would be signed for the current token, or undefined when it is not a composable JWS. */
function signingRequest(decoded: DecodedToken) {
  const header = decoded.header?.value;
  const view = decoded.payload?.view;
  if (!header || decoded.header?.problem || decoded.kind === 'jwe' || typeof header.alg !== 'string')
    return undefined;
  // The payload's exact text keeps the segment byte-for-byte as the reducer encoded it.
  const payload = view?.type === 'claims' || view?.type === 'text' ? view.text : undefined;
  if (payload === undefined) return undefined;
  return { header, payload, alg: header.alg };
}

export function useSigning(
  state: DebuggerState,
  decoded: DecodedToken,
  reading: KeyInputReading,
  dispatch: Dispatch<DebuggerEvent>,
  /** Loaded with the first key: a reading of state 'ok' comes with it. */
  keyReader: KeyReader | undefined,
): SigningState {
  const composing = state.tokenOrigin === 'edited';
  const request = useMemo(() => (composing ? signingRequest(decoded) : undefined), [composing, decoded]);
  const able =
    request !== undefined &&
    (request.alg === 'none' || (keyReader?.canSign(reading, request.alg, request.header) ?? false));
  const { revision } = state;
  // The request is the revision: every edit that changes what would be signed (token, key, encoding) moves it on,
  // while the signed token coming back (tokenSigned) does not, so it is not signed again.
  const done = useAsyncResult<SigningState>(
    [revision, request !== undefined && able],
    request && able
      ? (signal) =>
          loadSign()
            .then(({ signWithReading }) =>
              signWithReading({ header: request.header, payload: request.payload }, reading),
            )
            .then((result) => {
              if (!result.ok) return { state: 'failed', problem: result.problem };
              // Dispatched with the outcome (one render), and only while this revision is still the latest.
              if (!signal.aborted) dispatch({ type: 'tokenSigned', revision, token: result.value.token });
              return { state: 'signed', warnings: result.value.warnings };
            })
      : undefined,
    // signWithReading never rejects: only the signing chunk failing to load lands here, shown as a failure.
    () => ({
      state: 'failed',
      problem: { code: 'crypto-operation-failed', operation: 'sign', reason: 'unknown' },
    }),
  );

  if (!composing) return { state: 'idle' };
  if (!request) return { state: 'idle' };
  if (!able) return { state: 'needs-key', alg: request.alg };
  if (!done.current || !done.value) return { state: 'signing' };
  return done.value;
}
