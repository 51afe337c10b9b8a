// The SD-JWT panel and maker load on demand: neither is in the first-verdict bundle.
import { lazy, memo, Suspense } from 'react';
import type { SdJwtMakerProps } from './sd-jwt-maker';
import type { SdJwtState } from './use-sd-jwt';

const Panel = lazy(async () => ({ default: (await import('./sd-jwt-panel')).SdJwtPanel }));
const Maker = lazy(async () => ({ default: (await import('./sd-jwt-maker')).SdJwtMaker }));

export const LazySdJwtPanel = memo(function LazySdJwtPanel({ state }: { state: SdJwtState }) {
  return (
    <Suspense fallback={<p className="muted">Loading the SD-JWT reader…</p>}>
      <Panel state={state} />
    </Suspense>
  );
});

export const LazySdJwtMaker = memo(function LazySdJwtMaker(props: SdJwtMakerProps) {
  return (
    <Suspense fallback={null}>
      <Maker {...props} />
    </Suspense>
  );
});
