// What the secondary panels show, one deferred render behind the verdict (issue 23: paste → valid ≤ 8 ms).
// A paste (or a verification result) re-renders only the verdict bar, the token pane and the key panel at once;
// the editors, claims table, findings, snippets, profile, policy, compare, forge and encrypt panels get the new
// values in a later render that React may interrupt, so their work never delays the verdict. Each value below is
// memoised where it is made: unchanged, it keeps its identity and the memoised panels skip the render.
// Only what a paste changes is deferred: the key and the options typed reach the panels at once, as before.
import { useDeferredValue, useMemo } from 'react';
import type { useDebugger } from './use-debugger';

type Debugger = ReturnType<typeof useDebugger>;

// A token this long is not deferred: its panels take longer to render than the gap between two keystrokes, so
// typing elsewhere (expected-audience, say) would keep interrupting their deferred render until it stopped.
const LARGE_TOKEN = 64 * 1024;

export function useLaterInputs(d: Debugger) {
  const { state, decoded, decryption, judgement } = d;
  const payloadText = decryption.active ? decryption.payloadText : state.payloadText;
  const now = useMemo(
    () => ({
      state,
      decoded,
      claims: d.claims,
      verdicts: judgement.verdicts,
      now: judgement.now,
      policy: d.policy,
      report: d.report,
      claimsText: d.claimsText,
      signedToken: d.signedToken,
      payloadText,
      payloadIsJson: d.payloadIsJson,
      disclosed: d.sd?.disclosedPaths,
    }),
    [
      state,
      decoded,
      d.claims,
      judgement.verdicts,
      judgement.now,
      d.policy,
      d.report,
      d.claimsText,
      d.signedToken,
      payloadText,
      d.payloadIsJson,
      d.sd?.disclosedPaths,
    ],
  );
  const deferred = useDeferredValue(now);
  const later = state.tokenText.length > LARGE_TOKEN ? now : deferred;
  // True until the deferred render has caught up: the panels whose contract has data-busy stay busy until then.
  // Each names only what it shows, so that the clock's tick each second does not make every panel busy.
  const stale = {
    token: later.decoded !== now.decoded || later.state !== now.state || later.report !== now.report,
    policy: later.policy !== now.policy,
    encrypt: later.claimsText !== now.claimsText || later.signedToken !== now.signedToken,
  };
  return { ...later, stale };
}
