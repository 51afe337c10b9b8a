// Mounts the app and, in the built site, registers the service worker that makes it work offline.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { RootErrorBoundary } from './features/hardening/root-error-boundary';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  // index.html paints a shell (header, empty token box) before this script runs: what was typed or pasted into
  // its box meanwhile is carried over, and React replaces the shell on its first render.
  const early = root.querySelector('textarea')?.value || undefined;
  createRoot(root).render(
    <StrictMode>
      <RootErrorBoundary render={(token) => <App initialToken={token ?? early} />} />
    </StrictMode>,
  );
}

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register('/sw.js')
      .catch((e: unknown) => console.warn('offline mode unavailable', e));
  });
}
