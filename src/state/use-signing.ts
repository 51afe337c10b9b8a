// Re-signs a token the user is composing (edited header/payload, changed alg, generated key) with the key box's key.
import { useEffect, useMemo, useState } from 'react';
import type { Dispatch } from 'react';
import { canSign } from '../core/keys';
import type { KeyInputReading } from '../core/keys';
import { fail } from '../core/problems';
import type { Problem } from '../core/problems';
import type { DecodedToken } from '../core/token';
import type { DebuggerEvent, DebuggerState } from './debugger-reducer';

// The signer loads on the first edit: the first verdict never needs it (initial bundle budget, issue #9).
const loadSigner = () => import('../core/sign');

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
): SigningState {
  const composing = state.tokenOrigin === 'edited';
  const request = useMemo(() => (composing ? signingRequest(decoded) : undefined), [composing, decoded]);
  const able =
    request !== undefined && (request.alg === 'none' || canSign(reading, request.alg, request.header));
  const [done, setDone] = useState<{ revision: number; outcome: SigningState }>({
    revision: -1,
    outcome: { state: 'idle' },
  });
  const { revision } = state;

  useEffect(() => {
    if (!request || !able || done.revision === revision) return;
    const controller = new AbortController();
    const signing = loadSigner().then(
      ({ signWithReading }) => signWithReading({ header: request.header, payload: request.payload }, reading),
      // The chunk failed to load (a server gone, a deploy mid-session): say so instead of signing forever.
      (e: unknown) =>
        fail<Problem>({
          code: 'crypto-operation-failed',
          operation: 'sign',
          reason: `the signer did not load (${String(e)})`,
        }),
    );
    void signing.then((result) => {
      if (controller.signal.aborted) return;
      if (result.ok) {
        dispatch({ type: 'tokenSigned', revision, token: result.value.token });
        setDone({ revision, outcome: { state: 'signed', warnings: result.value.warnings } });
      } else {
        setDone({ revision, outcome: { state: 'failed', problem: result.problem } });
      }
    });
    return () => controller.abort();
  }, [request, able, reading, revision, done.revision, dispatch]);

  if (!composing) return { state: 'idle' };
  if (!request) return { state: 'idle' };
  if (!able) return { state: 'needs-key', alg: request.alg };
  if (done.revision !== revision) return { state: 'signing' };
  return done.outcome;
}
