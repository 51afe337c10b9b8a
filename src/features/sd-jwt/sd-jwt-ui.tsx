// The SD-JWT feature's lazily loaded UI in one chunk: the reader (when an SD-JWT is pasted) and the maker, each in
// its error boundary. Kept here rather than in app.tsx: every byte there is in the first-verdict bundle.
import { ErrorBoundary } from '../../shared/error-boundary';
import { SdJwtPanel } from './sd-jwt-panel';
import type { SdJwtPanelProps } from './sd-jwt-panel';
import { SdJwtMaker } from './sd-jwt-maker';
import type { SdJwtMakerProps } from './sd-jwt-maker';

export function SdJwtSection(props: SdJwtPanelProps & SdJwtMakerProps) {
  return (
    <>
      {props.decoded.sdJwt && (
        <ErrorBoundary name="sd-jwt">
          <SdJwtPanel {...props} />
        </ErrorBoundary>
      )}
      <ErrorBoundary name="sd-jwt-maker">
        <SdJwtMaker {...props} />
      </ErrorBoundary>
    </>
  );
}
