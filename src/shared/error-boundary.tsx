// Keeps a bug in one panel inside that panel: it shows a message there and the rest keeps working.
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { sharedMessages } from '../i18n/en/shared';

interface Props {
  name: string;
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { error?: Error }> {
  override state: { error?: Error } = {};

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(`panel ${this.props.name} failed`, error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      // A class cannot subscribe with a hook: the words are read in the current language when the panel fails.
      const t = sharedMessages.get();
      return (
        <div className="panel panel-crashed" role="alert" data-testid="panel-error">
          {t.panelCrashed({ message: this.state.error.message || t.unknownError })}{' '}
          <button type="button" onClick={() => this.setState({ error: undefined })}>
            {t.tryAgain}
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}
