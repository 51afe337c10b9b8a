// Mounts the React app over index.html's shell and, in the built site, registers the service worker that makes
// it work offline. main.tsx loads this module (after painting a link's first verdict, when there is one).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { RootErrorBoundary } from '../features/hardening/root-error-boundary';

export function mount(root: HTMLElement): void {
  // What was typed or pasted into the shell's token box meanwhile is carried over; React replaces the shell on
  // its first render.
  const early = root.querySelector('textarea')?.value || undefined;
  createRoot(root).render(
    <StrictMode>
      <RootErrorBoundary render={(token) => <App initialToken={token ?? early} />} />
    </StrictMode>,
  );
  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    const register = () =>
      navigator.serviceWorker
        .register('/sw.js')
        .catch((e: unknown) => console.warn('offline mode unavailable', e));
    // The page may have finished loading while this chunk was evaluated.
    if (document.readyState === 'complete') void register();
    else window.addEventListener('load', () => void register());
  }
}
