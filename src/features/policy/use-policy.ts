// The validation policy's checks, computed once for both policy panels and the verdict. Loaded on demand: the
// engine (core/policy, core/library-verdicts and their wording) arrives after the first verdict. The library
// verdicts are not computed here: the library-verdicts panel computes them from `input`, in a deferred render.
import { useMemo } from 'react';
import { atom } from 'nanostores';
import { useMessages } from '../../i18n/use-messages';
import { useAsyncResult } from '../../shared/use-async-result';
import { afterFirstVerdict } from '../../shared/after-first-verdict';
import type { PolicyEngineInput, PolicyView } from './policy-engine';

export type { PolicyEngineInput, PolicyView };

export interface Policy {
  input: PolicyEngineInput;
  /** Undefined until the engine has loaded. */
  view: PolicyView | undefined;
  /** What the engine threw, rethrown by the panels so that their error boundaries show it, not the whole page. */
  error?: unknown;
}

// The engine waits for the first verdict to be painted: its checks join the verdict line a moment later.
const loadEngine = () => afterFirstVerdict().then(() => import('./policy-engine'));
const NO_WORDS = atom(undefined);

/** The policy's checks and failures for `input` (memoise `input`: it is compared by identity). */
export function usePolicy(input: PolicyEngineInput): Policy {
  const engine = useAsyncResult([], loadEngine).value;
  // The failures are sentences: a language switch computes the view again.
  const words = useMessages(engine?.policyWords ?? NO_WORDS);
  return useMemo(() => {
    if (!engine || !words) return { input, view: undefined };
    try {
      return { input, view: engine.computePolicyView(input, words) };
    } catch (error) {
      return { input, view: undefined, error };
    }
  }, [engine, words, input]);
}
