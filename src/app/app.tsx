// Layout of the debugger: verdict | token pane | header + payload editors + claims | key and validation panels.
// What each panel shows is composed in use-debugger.ts; the verdict is decided in features/verdict/compute-verdict.ts.
import { TokenPane } from '../features/token/token-pane';
import { ClaimsEditors } from '../features/token/claims-editors';
import { VerdictBar } from '../features/verdict/verdict-bar';
import { ErrorBoundary } from '../shared/error-boundary';
import { AppHeader } from './app-header';
import { makeShareLink } from './url-token';
import { KeyPanel } from '../features/signature/key-panel';
import {
  ClaimsTable,
  CodeSnippets,
  CompareAndForge,
  DiscoveryPanel,
  EncryptPanel,
  ExamplePicker,
  FindingsPanel,
  JwePanel,
  KeyTools,
  LibraryVerdicts,
  PolicyInputs,
  SdJwtSection,
  SigningControls,
  TokenProfilePanel,
  ValidationOptions,
} from './lazy-panels';
import { LazyHowItIsBuilt } from '../features/learn/lazy-how-it-is-built';
import { useDebugger } from './use-debugger';
import { useLaterInputs } from './use-later-inputs';
import { lazy, Suspense, useEffect } from 'react';
import { afterFirstVerdict, firstVerdictShown, useAfterFirstVerdict } from '../shared/after-first-verdict';
const UrlNotes = lazy(() =>
  afterFirstVerdict()
    .then(() => import('../features/hardening/link-key-note'))
    .then((m) => ({ default: m.UrlNotes })),
);

export function App({ initialToken }: { initialToken?: string } = {}) {
  const d = useDebugger(initialToken);
  const { state, decoded, decryption } = d;
  // Issue 23: what the panels other than the verdict, token pane and key panel show, one deferred render behind.
  const later = useLaterInputs(d);
  // Issue 23: Monaco and the panels not needed for the verdict load once the first verdict is on screen.
  // A token from the link or carried over by the root error boundary is in the first state (use-debugger.ts).
  const verdictShown = !d.signatureBusy;
  useEffect(() => {
    if (verdictShown) firstVerdictShown();
  }, [verdictShown]);
  const afterVerdict = useAfterFirstVerdict();

  return (
    <div className="app">
      <AppHeader
        themeChoice={d.theme.choice}
        onThemeChosen={d.theme.setChoice}
        makeLink={
          decoded.parts.length >= 3 ? () => makeShareLink(decoded.sdJwt?.text ?? decoded.token) : undefined
        }
      />
      {d.tokenFrom && (
        <Suspense fallback={null}>
          <UrlNotes from={d.tokenFrom} linkKey={d.linkKey} />
        </Suspense>
      )}
      <ErrorBoundary name="verdict">
        <VerdictBar verdict={d.verdict} />
      </ErrorBoundary>
      <main className="columns">
        <div className="column">
          <ErrorBoundary name="token">
            <TokenPane
              text={state.tokenText}
              decoded={decoded}
              onEdited={d.onTokenEdited}
              detachedPayload={d.detachedPayload}
              onDetachedPayloadEdited={d.setDetachedPayload}
              actions={<ExamplePicker onExample={d.onExample} />}
            />
          </ErrorBoundary>
          <ErrorBoundary name="profile">
            <TokenProfilePanel decoded={later.decoded} claims={later.claims} validation={state.validation} />
          </ErrorBoundary>
          <ErrorBoundary name="key">
            <KeyPanel
              keyText={state.keyText}
              encoding={state.secretEncoding}
              keyStatus={d.keyStatus}
              signature={d.signature}
              onKeyEdited={d.onKeyEdited}
              onEncodingChanged={d.onEncodingChanged}
            >
              <SigningControls
                tokenAlg={
                  typeof decoded.header?.value?.alg === 'string' ? decoded.header.value.alg : undefined
                }
                hasToken={decoded.parts.length === 3}
                encoding={state.secretEncoding}
                signing={d.signing}
                keyMismatch={d.keyMismatch}
                dispatch={d.dispatch}
              />
              <KeyTools keyText={state.keyText} encoding={state.secretEncoding} onUseAsKid={d.onUseAsKid} />
            </KeyPanel>
          </ErrorBoundary>
          {decryption.active && (
            <ErrorBoundary name="jwe">
              <JwePanel
                token={decoded.token}
                report={decryption.report}
                busy={decryption.busy}
                innerToken={decryption.nested?.inner.token}
                nestedKeyText={d.nestedKeyText}
                onNestedKeyEdited={d.setNestedKeyText}
              />
            </ErrorBoundary>
          )}
          <ErrorBoundary name="discovery">
            <DiscoveryPanel decoded={later.decoded} onKeysFound={d.onKeysFound} />
          </ErrorBoundary>
          <ErrorBoundary name="validation">
            <ValidationOptions
              values={state.validation}
              evaluationTimeError={d.judgement.evaluationTimeError}
              onChanged={d.onValidationChanged}
            >
              <PolicyInputs
                policy={later.policy}
                values={state.validation}
                onChanged={d.onValidationChanged}
              />
            </ValidationOptions>
          </ErrorBoundary>
          <SdJwtSection
            decoded={decoded}
            keyReading={d.verification.reading}
            validation={state.validation}
            onToken={d.onTokenEdited}
            onValidationChanged={d.onValidationChanged}
            onReading={d.setSd}
          />
          <ErrorBoundary name="encrypt">
            <EncryptPanel
              claimsText={later.claimsText}
              signedToken={later.signedToken}
              stale={later.stale.encrypt}
              onUseAsDecryptionKey={d.onKeyEdited}
            />
          </ErrorBoundary>
        </div>
        <div className="column">
          <ErrorBoundary name="editors">
            <ClaimsEditors
              headerText={later.state.headerText}
              payloadText={later.payloadText}
              readOnly={decryption.active}
              jsonSerialized={decoded.json !== undefined}
              headerError={state.headerError}
              payloadError={state.payloadError}
              headerNames={later.decoded.header?.value ? Object.keys(later.decoded.header.value) : []}
              payloadIsJson={later.payloadIsJson}
              theme={d.theme.theme}
              onHeaderEdited={d.onHeaderEdited}
              onPayloadEdited={d.onPayloadEdited}
            />
          </ErrorBoundary>
          <ErrorBoundary name="claims">
            <ClaimsTable
              verdicts={later.verdicts}
              now={later.now}
              claims={later.claims}
              disclosed={later.disclosed}
              claimsText={
                later.decoded.payload?.view?.type === 'claims' ? later.decoded.payload.view.text : undefined
              }
            />
          </ErrorBoundary>
          {state.tokenText.trim() !== '' && (
            <ErrorBoundary name="library-verdicts">
              <LibraryVerdicts policy={later.policy} busy={d.verification.busy || later.stale.policy} />
            </ErrorBoundary>
          )}
          <ErrorBoundary name="findings">
            <FindingsPanel
              decoded={later.decoded}
              keyText={state.keyText}
              reading={d.verification.reading}
              now={later.now}
              keySource={d.keySource}
            />
          </ErrorBoundary>
          <ErrorBoundary name="snippets">
            <CodeSnippets
              decoded={later.decoded}
              keyText={state.keyText}
              reading={d.verification.reading}
              encoding={state.secretEncoding}
              validation={state.validation}
            />
          </ErrorBoundary>
          <CompareAndForge
            state={later.state}
            decoded={later.decoded}
            now={later.now}
            report={later.report}
            busy={d.signatureBusy}
            stale={later.stale.token}
            theme={d.theme.theme}
            onTokenEdited={d.onTokenEdited}
          />
          {afterVerdict && (
            <ErrorBoundary name="how-it-is-built">
              <LazyHowItIsBuilt decoded={later.decoded} />
            </ErrorBoundary>
          )}
        </div>
      </main>
    </div>
  );
}
