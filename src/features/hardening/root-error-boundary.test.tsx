import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { RootErrorBoundary } from './root-error-boundary';
import RootFallback from './root-fallback';

describe('RootErrorBoundary', () => {
  it('renders the app while nothing has failed', () => {
    const html = renderToStaticMarkup(<RootErrorBoundary render={() => <p>the app</p>} />);
    expect(html).toContain('the app');
  });
  it('after an error shows the error and a usable token box', () => {
    expect(RootErrorBoundary.getDerivedStateFromError(new Error('boom'))).toEqual({
      error: new Error('boom'),
    });
    const html = renderToStaticMarkup(<RootFallback message="boom" onRestart={() => undefined} />);
    expect(html).toContain('data-testid="app-error"');
    expect(html).toContain('boom');
    expect(html).toMatch(/<textarea[^>]*data-testid="token-input"/);
  });
});
