// Key discovery on request: plans from the token at once, fetches only when asked; a new token or press drops the old run.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { discoverKeys, planDiscovery } from '../../core/discovery';
import type { DiscoveryPlan, DiscoveryReport, DiscoveryStep, FetchLike } from '../../core/discovery';
import type { DecodedToken } from '../../core/token';

export type DiscoveryState = 'idle' | 'fetching' | 'ok' | 'error';

export interface Discovery {
  /** What pressing discover-keys will ask for; nothing has been fetched for it. */
  plan: DiscoveryPlan;
  state: DiscoveryState;
  /** The finished run for the current token (state ok or error). */
  report?: DiscoveryReport;
  /** Starts a run, cancelling any run still going. */
  discover: () => void;
  /** Stops the run in progress (the cancel button); the run ends as cancelled. */
  cancel: () => void;
}

// Called through a wrapper: window.fetch throws "Illegal invocation" when called with another `this`.
const browserFetch: FetchLike = (url, init) => fetch(url, init);

interface Run {
  /** The plan the run was for, by value: a re-decoded but identical token keeps its result. */
  planKey: string;
  state: 'fetching' | 'ok' | 'error';
  report?: DiscoveryReport;
}

/**
 * Plans discovery for `decoded` and runs it when `discover` is called; `onKeysFound` receives the key text
 * (a JWKS, a JWK or a PEM certificate) of a successful run. Nothing is fetched until then.
 */
export function useDiscovery(
  decoded: DecodedToken,
  onKeysFound: (keyText: string, source?: string) => void,
): Discovery {
  const header = decoded.header?.value;
  const view = decoded.payload?.view;
  const payload = view?.type === 'claims' ? view.claims : undefined;
  const plan = useMemo(() => planDiscovery(header, payload), [header, payload]);
  const planKey = useMemo(() => JSON.stringify(plan), [plan]);
  const [run, setRun] = useState<Run | undefined>(undefined);
  const controllerRef = useRef<AbortController | undefined>(undefined);
  // Set by the cancel button: that abort's report is shown; an abort by a newer run or token is dropped.
  const cancelledRef = useRef<AbortController | undefined>(undefined);
  const onKeysFoundRef = useRef(onKeysFound);
  useEffect(() => {
    onKeysFoundRef.current = onKeysFound;
  }, [onKeysFound]);

  // A different token makes a running discovery pointless: stop it (its result would be dropped anyway).
  useEffect(
    () => () => {
      controllerRef.current?.abort();
      controllerRef.current = undefined;
    },
    [planKey],
  );

  const discover = useCallback(() => {
    controllerRef.current?.abort();
    const controller = new AbortController();
    controllerRef.current = controller;
    setRun({ planKey, state: 'fetching' });
    void discoverKeys({ plan }, { fetch: browserFetch, signal: controller.signal }).then((report) => {
      if (controller.signal.aborted && cancelledRef.current !== controller) return;
      controllerRef.current = undefined;
      setRun({ planKey, state: report.state, report });
      if (report.state === 'ok' && report.keyText !== undefined)
        onKeysFoundRef.current(report.keyText, report.source?.kind);
    });
  }, [plan, planKey]);

  const cancel = useCallback(() => {
    cancelledRef.current = controllerRef.current;
    controllerRef.current?.abort();
  }, []);

  if (!run || run.planKey !== planKey) return { plan, state: 'idle', discover, cancel };
  return { plan, state: run.state, report: run.report, discover, cancel };
}

export type { DiscoveryPlan, DiscoveryReport, DiscoveryStep };
