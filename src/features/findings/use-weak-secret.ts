// React hook: searches the well-known secret of an HS* token in a lazily created worker, dropping stale replies.

import { useEffect, useMemo, useRef, useState } from 'react';
import { splitHmacToken } from '../../core/advisor';
import type { WeakSecretListSize, WeakSecretReply, WeakSecretRequest } from './weak-secret.worker';

export type WeakSecretState = 'idle' | 'searching' | 'found' | 'not-found';

export interface WeakSecretStatus {
  state: WeakSecretState;
  /** The well-known secret that verifies the token, when found. */
  secret?: string;
  /** How many well-known secrets a search tries, once the worker has read its list. */
  total?: number;
}

/** How long the token must stay unchanged before its search starts. */
const SEARCH_DELAY_MS = 200;

interface Answer {
  token: string;
  found?: string;
}

interface Latest {
  id: number;
  token: string;
}

/** Sends `token` under the next id; only the reply to the latest id is kept. */
function postRequest(worker: Worker, latestRef: { current: Latest }, token: string): void {
  const request: WeakSecretRequest = { id: latestRef.current.id + 1, token };
  latestRef.current = { id: request.id, token };
  worker.postMessage(request);
}

/** Searches the built-in list for the secret of `token` when it is an HS* JWS; `idle` for any other token. */
export function useWeakSecret(token: string | undefined): WeakSecretStatus {
  const workerRef = useRef<Worker | undefined>(undefined);
  const latestRef = useRef<Latest>({ id: 0, token: '' });
  const [answer, setAnswer] = useState<Answer | undefined>(undefined);
  const [total, setTotal] = useState<number | undefined>(undefined);
  // Decoding a large token on every render would be wasteful: only when the token changes.
  const searchable = useMemo(() => token !== undefined && splitHmacToken(token) !== undefined, [token]);

  useEffect(
    () => () => {
      workerRef.current?.terminate();
      workerRef.current = undefined;
    },
    [],
  );

  useEffect(() => {
    const worker = workerRef.current;
    if (!searchable || token === undefined) {
      // The token changed to one that is not HS*: a running search must stop (the worker aborts it).
      if (worker) postRequest(worker, latestRef, token ?? '');
      return;
    }
    // A search for the previous token stops at once; the new one starts only once pasting or typing has
    // settled. Hashing the token with 10,000 secrets keeps a core busy: started at once, it competed with
    // the verdict for the CPU on a 2-core machine, and a quick succession of edits wasted one search each.
    if (worker) postRequest(worker, latestRef, '');
    const timer = setTimeout(() => {
      let current = workerRef.current;
      if (!current) {
        current = new Worker(new URL('./weak-secret.worker.ts', import.meta.url), { type: 'module' });
        current.addEventListener('message', (event: MessageEvent<WeakSecretReply | WeakSecretListSize>) => {
          if (!('id' in event.data)) {
            setTotal(event.data.total);
            return;
          }
          const latest = latestRef.current;
          // A reply to an older request (the token changed since) is stale.
          if (event.data.id !== latest.id) return;
          setAnswer({ token: latest.token, found: event.data.found });
        });
        workerRef.current = current;
      }
      postRequest(current, latestRef, token);
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [searchable, token]);

  if (!searchable) return { state: 'idle', total };
  if (!answer || answer.token !== token) return { state: 'searching', total };
  return answer.found === undefined
    ? { state: 'not-found', total }
    : { state: 'found', secret: answer.found, total };
}
