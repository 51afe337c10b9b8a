// The one pattern for awaited work in a hook: a request (its inputs) is kept apart from the result it produced,
// a newer request aborts the older one (its AbortSignal is handed to the operation), and a stale reply is dropped.
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

export interface AsyncResult<T> {
  /** The last result that arrived, for whichever request produced it (undefined before the first). */
  value: T | undefined;
  /** True when `value` answers the current request (same inputs, compared one by one with Object.is). */
  current: boolean;
}

/**
 * Runs `run(signal)` whenever an entry of `request` changes; pass `run` undefined to start nothing. A value
 * returned at once (not a promise) is the result at once. A rejection after an abort is ignored; any other is
 * turned into a value by `onError`, or, without it, rethrown.
 */
export function useAsyncResult<T>(
  request: readonly unknown[],
  run: ((signal: AbortSignal) => Promise<T> | T) | undefined,
  onError?: (e: unknown) => T,
): AsyncResult<T> {
  const [settled, setSettled] = useState<{ request: readonly unknown[]; value: T }>();
  const idle = run === undefined;
  useEffect(() => {
    if (!run) return;
    const controller = new AbortController();
    const out = run(controller.signal);
    if (!(out instanceof Promise)) {
      setSettled({ request, value: out });
      return;
    }
    out.then(
      (value) => {
        // Rendered at once, in the task that settled the promise (WebCrypto's reply, say): as a plain update it
        // waited for a scheduler task of its own, behind whatever was queued (a frame, deferred panels). Issue 23.
        if (!controller.signal.aborted) flushSync(() => setSettled({ request, value }));
      },
      (e: unknown) => {
        if (controller.signal.aborted) return;
        if (!onError) throw e;
        setSettled({ request, value: onError(e) });
      },
    );
    return () => controller.abort();
    // The request's entries are the dependencies: `run` and `onError` are new closures on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [idle, ...request]);
  const current = settled !== undefined && sameRequest(settled.request, request);
  return { value: settled?.value, current };
}

function sameRequest(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
}

/** Words for an error that should not happen, kept as data: `{ code: 'jwe-unexpected-error', detail }`. */
export const errorDetail = (e: unknown): string => (e instanceof Error ? e.message : String(e));
