// Lazy entry for the "how this token is built" panel: teaching text is not needed before the first verdict.
import { lazy, Suspense } from 'react';
import type { DecodedToken } from '../../core/token';

const HowItIsBuilt = lazy(() => import('./how-it-is-built').then((m) => ({ default: m.HowItIsBuilt })));

export function LazyHowItIsBuilt({ decoded }: { decoded: DecodedToken }) {
  return (
    <Suspense fallback={null}>
      <HowItIsBuilt decoded={decoded} />
    </Suspense>
  );
}
