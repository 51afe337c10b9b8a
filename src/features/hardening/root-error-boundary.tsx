// The last line of defence: a bug anywhere in the app (outside every panel's boundary) would make React
// unmount the whole page. This keeps a token box on screen instead; pasting a token starts the app afresh.
import { Component, Suspense, lazy } from 'react';
import type { ReactNode } from 'react';

// The fallback is loaded only when something failed: it adds nothing to the first page load.
const RootFallback = lazy(() => import('./root-fallback'));

interface Props {
  /** Renders the app, starting from `token` when the user pasted one into the fallback. */
  render: (token: string | undefined) => ReactNode;
}

interface State {
  error?: Error;
  token?: string;
}

export class RootErrorBoundary extends Component<Props, State> {
  override state: State = {};

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  private restart(token: string | undefined) {
    this.setState({ error: undefined, token });
  }

  override render() {
    if (!this.state.error) {
      return this.props.render(this.state.token);
    }
    return (
      <Suspense fallback={null}>
        <RootFallback message={this.state.error.message} onRestart={(token) => this.restart(token)} />
      </Suspense>
    );
  }
}
