// Layout of the debugger: verdict | token pane | header + payload editors + claims | key and validation panels.
import { useCallback, useMemo, useReducer } from 'react';
import { decodeToken } from './core/token';
import { debuggerReducer, initialState } from './state/debugger-reducer';
import type { ValidationInputs } from './state/debugger-reducer';
import { useClaims } from './state/use-claims';
import { TokenPane } from './ui/token-pane/token-pane';
import { ClaimsEditors } from './ui/claims-editors/claims-editors';
import { ClaimsTable } from './ui/claims-table/claims-table';
import { ValidationOptions } from './ui/validation-options/validation-options';
import { VerdictBar } from './ui/verdict-bar/verdict-bar';
import { ErrorBoundary } from './ui/error-boundary';

export function App() {
  const [state, dispatch] = useReducer(debuggerReducer, initialState);
  const decoded = useMemo(() => decodeToken(state.tokenText), [state.tokenText]);
  const view = decoded.payload?.view;
  const claims = view?.type === 'claims' ? view.claims : undefined;
  const judgement = useClaims(claims, state.validation);
  const theme = 'light' as const;

  const onTokenEdited = useCallback((text: string) => dispatch({ type: 'tokenEdited', text }), []);
  const onHeaderEdited = useCallback((text: string) => dispatch({ type: 'headerEdited', text }), []);
  const onPayloadEdited = useCallback((text: string) => dispatch({ type: 'payloadEdited', text }), []);
  const onValidationChanged = useCallback(
    (field: keyof ValidationInputs, value: string) => dispatch({ type: 'validationChanged', field, value }),
    [],
  );

  const signatureText =
    decoded.kind === 'unsecured'
      ? 'Unsecured token (alg none): never verified'
      : decoded.kind
        ? 'Signature not checked'
        : undefined;

  return (
    <div className="app">
      <header className="app-header">
        <h1>JWT Debugger</h1>
        <p className="privacy">Decoded, verified and signed in this page. Nothing you paste leaves it.</p>
      </header>
      <ErrorBoundary name="verdict">
        <VerdictBar
          signature={signatureText}
          signatureTone={decoded.kind === 'unsecured' ? 'bad' : 'neutral'}
          verdicts={judgement.verdicts}
          now={judgement.now}
          hidden={decoded.parts.length < 3}
        />
      </ErrorBoundary>
      <main className="columns">
        <div className="column">
          <ErrorBoundary name="token">
            <TokenPane text={state.tokenText} decoded={decoded} onEdited={onTokenEdited} />
          </ErrorBoundary>
          <ErrorBoundary name="validation">
            <ValidationOptions
              values={state.validation}
              evaluationTimeError={judgement.evaluationTimeError}
              onChanged={onValidationChanged}
            />
          </ErrorBoundary>
        </div>
        <div className="column">
          <ErrorBoundary name="editors">
            <ClaimsEditors
              headerText={state.headerText}
              payloadText={state.payloadText}
              headerError={state.headerError}
              payloadError={state.payloadError}
              headerNames={decoded.header?.value ? Object.keys(decoded.header.value) : []}
              payloadIsJson={view?.type !== 'text' && view?.type !== 'binary'}
              theme={theme}
              onHeaderEdited={onHeaderEdited}
              onPayloadEdited={onPayloadEdited}
            />
          </ErrorBoundary>
          <ErrorBoundary name="claims">
            <ClaimsTable verdicts={judgement.verdicts} now={judgement.now} />
          </ErrorBoundary>
        </div>
      </main>
    </div>
  );
}
