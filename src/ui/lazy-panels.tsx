// Panels that are not needed for the first verdict load after it, keeping the initial bundle within budget.
import { lazy, memo, Suspense } from 'react';
import type { ComponentType, ReactNode } from 'react';

/** Wraps a named export in React.lazy with a quiet fallback. */
function lazyPanel<P extends object>(load: () => Promise<ComponentType<P>>, fallback: ReactNode = null) {
  const Lazy = lazy(async () => ({ default: await load() }));
  // Memoised: when only the signature verdict changes (a second render per paste), panels whose props are
  // unchanged are not rendered again.
  return memo(function LazyPanel(props: P) {
    return (
      <Suspense fallback={fallback}>
        <Lazy {...props} />
      </Suspense>
    );
  });
}

export const SigningControls = lazyPanel(
  async () => (await import('./signing/signing-controls')).SigningControls,
  <p className="muted">Loading signing tools…</p>,
);
export const KeyTools = lazyPanel(async () => (await import('./signing/key-tools')).KeyTools);
export const JwePanel = lazyPanel(async () => (await import('./jwe-panel/jwe-panel')).JwePanel);
export const EncryptPanel = lazyPanel(
  async () => (await import('./encrypt-panel/encrypt-panel')).EncryptPanel,
);
export const DiscoveryPanel = lazyPanel(
  async () => (await import('./discovery-panel/discovery-panel')).DiscoveryPanel,
);
export const FindingsPanel = lazyPanel(
  async () => (await import('./findings-panel/findings-panel')).FindingsPanel,
);
export const CodeSnippets = lazyPanel(
  async () => (await import('./code-snippets/code-snippets')).CodeSnippets,
);
// The claims table is not the verdict (the verdict bar names failing claims): it may arrive a moment later.
export const ClaimsTable = lazyPanel(async () => (await import('./claims-table/claims-table')).ClaimsTable);
// The example picker is for people without a token at hand: it may appear a moment after the token box.
export const ExamplePicker = lazyPanel(
  async () => (await import('./example-picker/example-picker')).ExamplePicker,
);
// SD-JWT (RFC 9901): the reader appears with an SD-JWT; the code that reads and makes one loads when it is used.
export const SdJwtSection = lazyPanel(
  async () => (await import('../features/sd-jwt/sd-jwt-ui')).SdJwtSection,
);
