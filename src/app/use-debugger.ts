// Composes the feature hooks into what the layout shows: the pasted token flows decode → decrypt (JWE) → verify →
// judge claims → computeVerdict. app.tsx only lays the result out.
import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import type { SecretEncoding } from '../core/keys';
import { debuggerReducer, decodeToken, startingState } from './debugger-reducer';
import { attachDetachedPayload } from '../core/token';
import type { ValidationInputs } from './debugger-reducer';
import { useTheme } from './use-theme';
import { readTokenFromUrl, removeTokenFromUrl } from './url-token';
import { afterFirstVerdict } from '../shared/after-first-verdict';
import type { UrlToken } from './url-token';
import { useClaims } from '../features/claims/use-claims';
import { useVerification } from '../features/signature/use-verification';
import {
  describeKeyReading,
  describeNestedSignature,
  describeSignature,
} from '../features/signature/describe-signature';
import { describeProblem } from '../shared/describe-problem';
import { problemsWordingMessages } from '../i18n/en/problems-wording';
import { verdictWordingMessages } from '../i18n/en/verdict-wording';
import { useMessages } from '../i18n/use-messages';
import { useSigning } from '../features/signing/use-signing';
import { useDecryption } from '../features/jwe/use-jwe';
import { computeVerdict } from '../features/verdict/compute-verdict';
import type { Example } from '../features/learn/example-picker';
import { useHardeningWords, useKeyOrigin } from '../features/hardening/key-origin';
import type { SdJwtReading } from '../core/sd-jwt';
import { usePolicy } from '../features/policy/use-policy';

const NO_FAILURES: string[] = [];

export function useDebugger(initialToken?: string) {
  // A token handed over in the URL (a share link, or an OAuth redirect landing here) is in the first state, so the
  // first render already shows its verdict; the effect below then removes it from the address bar.
  const [linked] = useState<UrlToken | undefined>(() =>
    typeof window === 'undefined' ? undefined : readTokenFromUrl(),
  );
  const [state, dispatch] = useReducer(debuggerReducer, linked?.token ?? initialToken, startingState);
  // A detached payload (RFC 7515 Appendix F, RFC 7797) typed in detached-payload-input is put back into the token
  // before anything reads it: the claims, findings and signature then see the payload that was signed.
  const [detachedPayload, setDetachedPayload] = useState('');
  const decoded = useMemo(
    () => attachDetachedPayload(decodeToken(state.tokenText), detachedPayload),
    [state.tokenText, detachedPayload],
  );
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
  const theme = useTheme();
  const [tokenFrom, setTokenFrom] = useState<'query' | 'fragment'>();
  const [linkKey, setLinkKey] = useState<'accepted' | 'dropped'>();
  const keyOrigin = useKeyOrigin(state.keyText);
  useHardeningWords();
  const { setOrigin } = keyOrigin;

  useEffect(() => {
    if (!linked) return;
    // history.replaceState costs tens of milliseconds on a slow CPU: done once the first verdict is painted.
    void afterFirstVerdict().then(() => removeTokenFromUrl());
    if (linked.publicKey) {
      // Only public key material is taken from a link, and it is labelled as the link's (issue 16).
      const key = linked.publicKey;
      void import('../core/hardening/lazy').then(({ isPublicKeyOnly }) => {
        const accepted = isPublicKeyOnly(key);
        if (accepted) dispatch({ type: 'keyEdited', text: key });
        if (accepted) setOrigin(key, 'link');
        setLinkKey(accepted ? 'accepted' : 'dropped');
      });
    }
    setTokenFrom(linked.fromQuery ? 'query' : 'fragment');
  }, [linked, setOrigin]);

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
  // Subscribed so that a language switch re-renders with the problems' new wording.
  const words = useMessages(problemsWordingMessages);
  const verdictWords = useMessages(verdictWordingMessages);
  const keyStatus = describeKeyReading(verification.reading, words);
  const signing = useSigning(state, decoded, verification.reading, dispatch, verification.keyReader);
  const signatureBusy = nested ? nested.busy : verification.busy || signing.state === 'signing';
  const keyMismatch =
    report.problem && (report.problem.code === 'alg-key-mismatch' || report.problem.code === 'curve-mismatch')
      ? describeProblem(report.problem, words)
      : undefined;
  const onUseAsKid = useCallback((kid: string) => dispatch({ type: 'headerPatched', patch: { kid } }), []);
  const onKeyEdited = useCallback((text: string) => dispatch({ type: 'keyEdited', text }), []);
  const onKeysFound = useCallback(
    (text: string, source?: string) => {
      dispatch({ type: 'keyEdited', text });
      setOrigin(text, source);
    },
    [setOrigin],
  );
  const onEncodingChanged = useCallback(
    (encoding: SecretEncoding) => dispatch({ type: 'secretEncodingChanged', encoding }),
    [],
  );
  // Validation policy and library verdicts (issue 17): computed once here (the engine loads after the first
  // render), shown by both policy panels; its failing checks reach the verdict.
  const header = decoded.header?.value;
  const policyInput = useMemo(
    () => ({
      token: state.tokenText,
      header,
      claims,
      validation: state.validation,
      reading: verification.reading,
      report: verification.report,
      now: judgement.now,
    }),
    [
      state.tokenText,
      header,
      claims,
      state.validation,
      verification.reading,
      verification.report,
      judgement.now,
    ],
  );
  const policy = usePolicy(policyInput);
  const verdict = computeVerdict(
    {
      hidden: decoded.parts.length < 3,
      signature: verification,
      signing: signing.state === 'signing',
      decryption: decryption.active ? decryption : undefined,
      claims: judgement.verdicts,
      policyProblems: policy.view?.failures ?? NO_FAILURES,
      keySource: keyOrigin.source,
      now: judgement.now,
    },
    verdictWords,
  );
  const signature = {
    state: report.state,
    text: nested
      ? describeNestedSignature(describeSignature(report, 'jws', words), words)
      : describeSignature(report, decoded.kind, words),
    busy: signatureBusy,
    // Hints about the key text itself are already shown under key-status: say them once.
    warnings: report.warnings
      .map((w) => describeProblem(w, words))
      .filter((w) => !keyStatus.hints.includes(w)),
    rows: !nested && decoded.json?.type === 'jws' ? { decoded, report } : undefined,
  };
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
  const payloadIsJson = decryption.active
    ? decryption.payloadIsJson
    : view?.type !== 'text' && view?.type !== 'binary';

  return {
    state,
    dispatch,
    decoded,
    theme,
    tokenFrom,
    linkKey,
    keySource: keyOrigin.source,
    verdict,
    verification,
    report,
    signatureBusy,
    keyStatus,
    signature,
    signing,
    keyMismatch,
    decryption,
    nestedKeyText,
    setNestedKeyText,
    claims,
    sd,
    setSd,
    policy,
    judgement,
    claimsText,
    signedToken,
    payloadIsJson,
    onTokenEdited,
    detachedPayload,
    setDetachedPayload,
    onExample,
    onHeaderEdited,
    onPayloadEdited,
    onValidationChanged,
    onUseAsKid,
    onKeyEdited,
    onKeysFound,
    onEncodingChanged,
  };
}
