// Layout of the debugger: verdict | token pane | header + payload editors + claims | key and validation panels.
import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { decodeToken } from './core/token';
import { debuggerReducer, initialState } from './state/debugger-reducer';
import type { ValidationInputs } from './state/debugger-reducer';
import { useClaims } from './state/use-claims';
import { TokenPane } from './ui/token-pane/token-pane';
import { ClaimsEditors } from './ui/claims-editors/claims-editors';
import { ValidationOptions } from './ui/validation-options/validation-options';
import { VerdictBar } from './ui/verdict-bar/verdict-bar';
import { ErrorBoundary } from './ui/error-boundary';
import { AppHeader } from './ui/app-header/app-header';
import { useTheme } from './state/use-theme';
import { makeShareLink, takeTokenFromUrl } from './state/url-token';
import { useVerification } from './state/use-verification';
import type { SecretEncoding } from './core/keys';
import { KeyPanel } from './ui/key-panel/key-panel';
import { describeKeyReading, describeSignature, summariseSignature } from './ui/key-panel/describe-signature';
import { describeProblem } from './ui/describe-problem';
import { useSigning } from './state/use-signing';
import {
  ClaimsTable,
  CodeSnippets,
  DiscoveryPanel,
  EncryptPanel,
  ExamplePicker,
  FindingsPanel,
  JwePanel,
  KeyTools,
  SdJwtSection,
  SigningControls,
} from './ui/lazy-panels';
import { useDecryption } from './state/use-jwe';
import { describeNestedSignature, summariseDecryption } from './ui/jwe-panel/summarise-decryption';
// Key discovery, security findings and copy-as-code (issues: discovery, advisor).
import { LazyHowItIsBuilt } from './ui/how-it-is-built/lazy-how-it-is-built';
import type { Example } from './ui/example-picker/example-picker';
import type { SdJwtReading } from './core/sd-jwt';

export function App() {
  const [state, dispatch] = useReducer(debuggerReducer, initialState);
  const decoded = useMemo(() => decodeToken(state.tokenText), [state.tokenText]);
  const view = decoded.payload?.view;
  // JWE: the claims come from the decrypted plaintext (or the nested JWS inside it), not from the token.
  const [nestedKeyText, setNestedKeyText] = useState('');
  const decryption = useDecryption(decoded, state.keyText, state.secretEncoding, nestedKeyText);
  const nested = decryption.nested;
  // SD-JWT: the claims judged are the processed payload (disclosures applied); the editor keeps what was signed.
  // The SD-JWT panel (lazy) reads the disclosures and hands its reading up.
  const [sd, setSd] = useState<SdJwtReading>();
  const claims = decryption.active
    ? decryption.claims
    : (sd?.processed ?? (view?.type === 'claims' ? view.claims : undefined));
  const judgement = useClaims(claims, state.validation);
  const { choice: themeChoice, theme, setChoice: setThemeChoice } = useTheme();
  const [tokenFromQuery, setTokenFromQuery] = useState(false);

  // A token handed over in the URL (a share link, or an OAuth redirect landing here) is decoded once, then
  // removed from the address bar.
  useEffect(() => {
    const fromUrl = takeTokenFromUrl();
    if (!fromUrl) return;
    dispatch({ type: 'tokenEdited', text: fromUrl.token });
    if (fromUrl.publicKey) dispatch({ type: 'keyEdited', text: fromUrl.publicKey });
    setTokenFromQuery(fromUrl.fromQuery);
  }, []);

  const onTokenEdited = useCallback((text: string) => dispatch({ type: 'tokenEdited', text }), []);
  const onExample = useCallback((example: Example) => {
    dispatch({ type: 'keyEdited', text: example.keyText });
    dispatch({ type: 'secretEncodingChanged', encoding: example.encoding });
    dispatch({ type: 'tokenEdited', text: example.token });
  }, []);
  const onHeaderEdited = useCallback((text: string) => dispatch({ type: 'headerEdited', text }), []);
  const onPayloadEdited = useCallback((text: string) => dispatch({ type: 'payloadEdited', text }), []);
  const onValidationChanged = useCallback(
    (field: keyof ValidationInputs, value: string) => dispatch({ type: 'validationChanged', field, value }),
    [],
  );

  const verification = useVerification(decoded, state.keyText, state.secretEncoding);
  // For a nested JWE, signature-status judges the inner JWS.
  const report = nested ? nested.report : verification.report;
  const keyStatus = describeKeyReading(verification.reading);
  const signing = useSigning(state, decoded, verification.reading, dispatch);
  const signatureBusy = nested ? nested.busy : verification.busy || signing.state === 'signing';
  const keyMismatch =
    report.problem && (report.problem.code === 'alg-key-mismatch' || report.problem.code === 'curve-mismatch')
      ? describeProblem(report.problem)
      : undefined;
  const onUseAsKid = useCallback((kid: string) => dispatch({ type: 'headerPatched', patch: { kid } }), []);
  const onKeyEdited = useCallback((text: string) => dispatch({ type: 'keyEdited', text }), []);
  const onEncodingChanged = useCallback(
    (encoding: SecretEncoding) => dispatch({ type: 'secretEncodingChanged', encoding }),
    [],
  );
  const signatureTone =
    report.state === 'valid'
      ? 'good'
      : report.state === 'no-key' || report.state === 'not-applicable'
        ? decryption.active && decryption.report.state === 'decrypted' && !nested
          ? 'good'
          : 'neutral'
        : 'bad';
  const decryptionTone = decryption.report.state === 'failed' ? 'bad' : signatureTone;
  const signatureSummary = decryption.active
    ? decryption.busy || nested?.busy
      ? undefined
      : [summariseDecryption(decryption.report), nested && summariseSignature(nested.report)]
          .filter(Boolean)
          .join(' · ')
    : signatureBusy
      ? undefined
      : summariseSignature(report);
  // Memoised: a 1 MB claims set would otherwise be stringified again on every render (each verdict).
  const claimsText = useMemo(
    () => (claims ? JSON.stringify(claims) : view?.type === 'text' ? view.text : undefined),
    [claims, view],
  );
  const signedToken = decryption.active
    ? nested?.inner.token
    : decoded.kind === 'jws'
      ? decoded.token
      : undefined;

  return (
    <div className="app">
      <AppHeader
        themeChoice={themeChoice}
        onThemeChosen={setThemeChoice}
        makeLink={
          decoded.parts.length >= 3 ? () => makeShareLink(decoded.sdJwt?.text ?? decoded.token) : undefined
        }
        canSharePublicKey={false}
      />
      {tokenFromQuery && (
        <p className="url-note" role="note" data-testid="query-token-note">
          This token arrived in the URL’s query string (?token=), which was sent to the server that served
          this page. It has been removed from the address bar; share links put the token after # instead,
          which stays in the browser.
        </p>
      )}
      <ErrorBoundary name="verdict">
        <VerdictBar
          signature={signatureSummary}
          signatureTone={decryption.active ? decryptionTone : signatureTone}
          verdicts={judgement.verdicts}
          now={judgement.now}
          hidden={decoded.parts.length < 3}
        />
      </ErrorBoundary>
      <main className="columns">
        <div className="column">
          <ErrorBoundary name="token">
            <TokenPane
              text={state.tokenText}
              decoded={decoded}
              onEdited={onTokenEdited}
              actions={<ExamplePicker onExample={onExample} />}
            />
          </ErrorBoundary>
          <ErrorBoundary name="key">
            <KeyPanel
              keyText={state.keyText}
              encoding={state.secretEncoding}
              keyStatus={keyStatus}
              signature={{
                state: report.state,
                text: nested
                  ? describeNestedSignature(describeSignature(report, 'jws'))
                  : describeSignature(report, decoded.kind),
                busy: signatureBusy,
                // Hints about the key text itself are already shown under key-status: say them once.
                warnings: report.warnings
                  .map((w) => describeProblem(w))
                  .filter((w) => !keyStatus.hints.includes(w)),
              }}
              onKeyEdited={onKeyEdited}
              onEncodingChanged={onEncodingChanged}
            >
              <SigningControls
                tokenAlg={
                  typeof decoded.header?.value?.alg === 'string' ? decoded.header.value.alg : undefined
                }
                hasToken={decoded.parts.length === 3}
                encoding={state.secretEncoding}
                signing={signing}
                keyMismatch={keyMismatch}
                dispatch={dispatch}
              />
              <KeyTools keyText={state.keyText} encoding={state.secretEncoding} onUseAsKid={onUseAsKid} />
            </KeyPanel>
          </ErrorBoundary>
          {decryption.active && (
            <ErrorBoundary name="jwe">
              <JwePanel
                token={decoded.token}
                report={decryption.report}
                busy={decryption.busy}
                innerToken={nested?.inner.token}
                nestedKeyText={nestedKeyText}
                onNestedKeyEdited={setNestedKeyText}
              />
            </ErrorBoundary>
          )}
          <ErrorBoundary name="discovery">
            <DiscoveryPanel decoded={decoded} onKeysFound={onKeyEdited} />
          </ErrorBoundary>
          <ErrorBoundary name="validation">
            <ValidationOptions
              values={state.validation}
              evaluationTimeError={judgement.evaluationTimeError}
              onChanged={onValidationChanged}
            />
          </ErrorBoundary>
          <SdJwtSection
            decoded={decoded}
            keyReading={verification.reading}
            validation={state.validation}
            onToken={onTokenEdited}
            onValidationChanged={onValidationChanged}
            onReading={setSd}
          />
          <ErrorBoundary name="encrypt">
            <EncryptPanel
              claimsText={claimsText}
              signedToken={signedToken}
              onUseAsDecryptionKey={onKeyEdited}
            />
          </ErrorBoundary>
        </div>
        <div className="column">
          <ErrorBoundary name="editors">
            <ClaimsEditors
              headerText={state.headerText}
              payloadText={decryption.active ? decryption.payloadText : state.payloadText}
              readOnly={decryption.active}
              headerError={state.headerError}
              payloadError={state.payloadError}
              headerNames={decoded.header?.value ? Object.keys(decoded.header.value) : []}
              payloadIsJson={
                decryption.active
                  ? decryption.payloadIsJson
                  : view?.type !== 'text' && view?.type !== 'binary'
              }
              theme={theme}
              onHeaderEdited={onHeaderEdited}
              onPayloadEdited={onPayloadEdited}
            />
          </ErrorBoundary>
          <ErrorBoundary name="claims">
            <ClaimsTable verdicts={judgement.verdicts} now={judgement.now} disclosed={sd?.disclosedPaths} />
          </ErrorBoundary>
          <ErrorBoundary name="findings">
            <FindingsPanel
              decoded={decoded}
              keyText={state.keyText}
              reading={verification.reading}
              now={judgement.now}
            />
          </ErrorBoundary>
          <ErrorBoundary name="snippets">
            <CodeSnippets
              decoded={decoded}
              keyText={state.keyText}
              reading={verification.reading}
              encoding={state.secretEncoding}
              validation={state.validation}
            />
          </ErrorBoundary>
          <ErrorBoundary name="how-it-is-built">
            <LazyHowItIsBuilt decoded={decoded} />
          </ErrorBoundary>
        </div>
      </main>
    </div>
  );
}
