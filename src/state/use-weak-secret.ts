// React hook: searches the well-known secret of an HS* token in a lazily created worker, dropping stale replies.

import { useEffect, useMemo, useRef, useState } from 'react';
import { splitHmacToken } from '../core/weak-secret';
import type { WeakSecretListSize, WeakSecretReply, WeakSecretRequest } from './weak-secret.worker';

export type WeakSecretState = 'idle' | 'searching' | 'found' | 'not-found';

export interface WeakSecretStatus {
  state: WeakSecretState;
  /** The well-known secret that verifies the token, when found. */
  secret?: string;
  /** How many well-known secrets a search tries, once the worker has read its list. */
  total?: number;
}

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
    let worker = workerRef.current;
    if (!searchable || token === undefined) {
      // The token changed to one that is not HS*: a running search must stop (the worker aborts it).
      if (worker) postRequest(worker, latestRef, token ?? '');
      return;
    }
    if (!worker) {
      worker = new Worker(new URL('./weak-secret.worker.ts', import.meta.url), { type: 'module' });
      worker.addEventListener('message', (event: MessageEvent<WeakSecretReply | WeakSecretListSize>) => {
        if (!('id' in event.data)) {
          setTotal(event.data.total);
          return;
        }
        const latest = latestRef.current;
        // A reply to an older request (the token changed since) is stale.
        if (event.data.id !== latest.id) return;
        setAnswer({ token: latest.token, found: event.data.found });
      });
      workerRef.current = worker;
    }
    postRequest(worker, latestRef, token);
  }, [searchable, token]);

  if (!searchable) return { state: 'idle', total };
  if (!answer || answer.token !== token) return { state: 'searching', total };
  return answer.found === undefined
    ? { state: 'not-found', total }
    : { state: 'found', secret: answer.found, total };
}
