// The compare and forge panels as one lazy entry: the app passes its state once (a few bytes in the initial chunk).
// Composed here in app/, not in either feature: features do not import one another.
import type { DebuggerState } from './debugger-reducer';
import type { DecodedToken } from '../core/token';
import type { SignatureReport } from '../core/jws';
import { ErrorBoundary } from '../shared/error-boundary';
import { ForgePanel } from '../features/forge/forge-panel';
import { ComparePanel } from '../features/compare/compare-panel';
import { describeSignature } from '../features/signature/describe-signature';

export interface CompareAndForgeProps {
  state: DebuggerState;
  decoded: DecodedToken;
  now: number;
  /** signature-status's report on the token, and whether it is still being computed. */
  report: SignatureReport;
  busy: boolean;
  /** The values above are a deferred render behind the page's (use-later-inputs.ts): busy until they catch up. */
  stale?: boolean;
  theme: 'light' | 'dark';
  onTokenEdited: (text: string) => void;
}

export function CompareAndForge({
  state,
  decoded,
  now,
  report,
  busy,
  stale = false,
  theme,
  onTokenEdited,
}: CompareAndForgeProps) {
  return (
    <>
      <ErrorBoundary name="compare">
        <ComparePanel
          first={decoded}
          previousTokenText={state.previousTokenText}
          keyText={state.keyText}
          encoding={state.secretEncoding}
          validation={state.validation}
          now={now}
          firstReport={report}
          firstBusy={busy || stale}
          theme={theme}
          onTokenReplaced={onTokenEdited}
          describeSignature={describeSignature}
        />
      </ErrorBoundary>
      <ErrorBoundary name="forge">
        <ForgePanel
          token={decoded.token}
          keyText={state.keyText}
          encoding={state.secretEncoding}
          stale={stale}
        />
      </ErrorBoundary>
    </>
  );
}
