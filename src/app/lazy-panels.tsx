// Panels that are not needed for the first verdict load after it has been painted, at idle (issue 23): they
// are outside the initial bundle, and their requests never compete with the verdict's.
import { lazy, memo, Suspense } from 'react';
import type { ComponentType, ReactNode } from 'react';
import { afterFirstVerdict } from '../shared/after-first-verdict';
import { sharedMessages } from '../i18n/en/shared';
import { useMessages } from '../i18n/use-messages';

/** Wraps a named export in React.lazy with a quiet fallback; its chunk is fetched after the first verdict. */
function lazyPanel<P extends object>(load: () => Promise<ComponentType<P>>, fallback: ReactNode = null) {
  const Lazy = lazy(async () => {
    await afterFirstVerdict();
    return { default: await load() };
  });
  // Memoised: when only the signature verdict changes (a second render per paste), panels whose props are
  // unchanged are not rendered again. Props must be stable for that: SigningControls gets a new `signing` object
  // whenever its state is rebuilt, so it does render again.
  return memo(function LazyPanel(props: P) {
    return (
      <Suspense fallback={fallback}>
        <Lazy {...props} />
      </Suspense>
    );
  });
}

function LoadingNote() {
  const t = useMessages(sharedMessages);
  return <p className="muted">{t.loadingSigning}</p>;
}

export const SigningControls = lazyPanel(
  async () => (await import('../features/signing/signing-controls')).SigningControls,
  <LoadingNote />,
);
export const KeyTools = lazyPanel(async () => (await import('../features/signing/key-tools')).KeyTools);
export const JwePanel = lazyPanel(async () => (await import('../features/jwe/jwe-panel')).JwePanel);
export const EncryptPanel = lazyPanel(
  async () => (await import('../features/encrypt/encrypt-panel')).EncryptPanel,
);
export const DiscoveryPanel = lazyPanel(
  async () => (await import('../features/discovery/discovery-panel')).DiscoveryPanel,
);
export const FindingsPanel = lazyPanel(
  async () => (await import('../features/findings/findings-panel')).FindingsPanel,
);
export const CodeSnippets = lazyPanel(
  async () => (await import('../features/snippets/code-snippets')).CodeSnippets,
);
// The claims table is not the verdict (the verdict bar names failing claims): it may arrive a moment later.
export const ClaimsTable = lazyPanel(
  async () => (await import('../features/claims/claims-table')).ClaimsTable,
);
// The example picker is for people without a token at hand: it may appear a moment after the token box.
export const ExamplePicker = lazyPanel(
  async () => (await import('../features/learn/example-picker')).ExamplePicker,
);
// Who issued the token and what it is for (issue 18): recogniser data stays out of the initial bundle.
export const TokenProfilePanel = lazyPanel(
  async () => (await import('../features/profile/token-profile-panel')).TokenProfilePanel,
);
// Validation policy (issue 17): its inputs and checks, and each library's verdict; one chunk for both.
const policyPanels = () => import('../features/policy');
export const PolicyInputs = lazyPanel(async () => (await policyPanels()).PolicyInputs);
export const LibraryVerdicts = lazyPanel(async () => (await policyPanels()).LibraryVerdicts);

// Validation settings change the claims verdict, not the first one: they may appear a moment later.
export const ValidationOptions = lazyPanel(
  async () => (await import('../features/claims/validation-options')).ValidationOptions,
);
// Compare and forge (issue 22): features of their own, loaded after the first verdict.
export const CompareAndForge = lazyPanel(async () => (await import('./compare-and-forge')).CompareAndForge);
// SD-JWT (RFC 9901): the reader appears with an SD-JWT; the code that reads and makes one loads when it is used.
export const SdJwtSection = lazyPanel(
  async () => (await import('../features/sd-jwt/sd-jwt-ui')).SdJwtSection,
);
